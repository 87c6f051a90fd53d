"""The NOT_GIVEN marker: an argument the caller left out, as opposed to one set to None.

Run-plane values are arbitrary JSON, where `None` is a real value (`null`), so "left out"
needs a marker of its own.
"""

from __future__ import annotations

import enum
from typing import Final, Literal


class NotGiven(enum.Enum):
    """The type of NOT_GIVEN."""

    NOT_GIVEN = "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
