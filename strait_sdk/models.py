"""The typed request and response models of the Strait API, generated from the OpenAPI document.

Each model is imported the first time it is read, as in `strait_sdk._generated.models`.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated.models import __all__ as __all__
from ._generated.types import UNSET as UNSET
from ._generated.types import Response as Response
from ._generated.types import Unset as Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
