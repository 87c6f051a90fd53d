"""JSON encoding rules shared by every response and stored value.

Go's encoder writes compact JSON, keeps non-ASCII characters as UTF-8 and leaves out
``omitempty`` fields whose value is the zero value of their Go type.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from typing import Any

# A decoded JSON value: dict, list, str, int, float, bool or None.
JsonValue = Any


def dumps_compact(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads_finite(text: str) -> JsonValue:
    """Decode JSON like Go does: NaN, Infinity and out-of-range numbers raise ValueError."""
    return json.loads(text, parse_constant=_reject_constant, parse_float=_parse_finite_float)


def _reject_constant(name: str) -> JsonValue:
    raise ValueError(f"{name} is not valid JSON")


def _parse_finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def dumps_canonical(value: JsonValue) -> str:
    """Serialize with sorted keys and no whitespace, the form Strait stores payloads in.

    NOTE: Python keeps ``1.0`` as ``1.0``. If the Go server decodes payload numbers
    into float64 before sorting, it writes ``1``, and the payload hash would differ.
    """
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    )


def json_size(value: JsonValue) -> int:
    """Return the size in bytes of the value's compact JSON encoding."""
    return len(dumps_compact(value).encode("utf-8"))


def payload_hash(canonical_payload: str) -> str:
    return hashlib.sha256(canonical_payload.encode("utf-8")).hexdigest()


def go_float(value: float) -> int | float:
    """Return an integral float as an int, so it serializes like Go's float64.

    Go writes ``50`` where Python would write ``50.0``.
    """
    if value.is_integer() and abs(value) < 1e21:
        return int(value)
    return value


def is_go_zero(value: object) -> bool:
    """Return whether ``omitempty`` would drop the value in Go."""
    if value is None or value is False or value == "":
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == 0
    if isinstance(value, dict | list):
        return not value
    return False


def wire_object(
    fields: Iterable[tuple[str, object]],
    *,
    omit_empty: Iterable[str],
    omit_none: Iterable[str] = (),
) -> dict[str, JsonValue]:
    """Build a response object in field order, dropping empty optional fields.

    Fields named in ``omit_empty`` are dropped when their value is Go's zero value. Fields
    named in ``omit_none`` are pointers or raw JSON in Go, so only a missing value
    (None) drops them, and a present ``0``, ``false`` or ``{}`` stays.
    """
    zero_omitted = frozenset(omit_empty)
    none_omitted = frozenset(omit_none)
    body: dict[str, JsonValue] = {}
    for name, value in fields:
        if name in none_omitted:
            if value is None:
                continue
        elif name in zero_omitted and is_go_zero(value):
            continue
        body[name] = value
    return body
