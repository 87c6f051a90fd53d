"""JSON request bodies, encoded once per call and checked on the way.

Generated operations pass the encoded bytes to httpx as `content=` instead of `json=`, so a
body is encoded here and nowhere else. The settings match httpx 0.28's own JSON encoder
(`httpx._content.encode_json`): compact separators, `ensure_ascii=False`, `allow_nan=False`,
UTF-8. The body is therefore byte for byte what `json=` would send, and the transport's size
check reads its length without encoding it again.
"""

from __future__ import annotations

import json
import math
from typing import Any

from ._errors import InvalidArgumentError

JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_JSON_SCALARS = (str, int, float, bool, type(None))
_FIX = (
    "Pass only dicts with string keys, lists, str, int, float, bool and None, without NaN or "
    "infinity; convert other values first, such as a datetime with isoformat() or a set "
    "with list()"
)


def encode_json_body(body: Any, operation: str) -> bytes:
    """Encode a request body as httpx's `json=` would, or raise InvalidArgumentError."""
    try:
        return JSON_ENCODER.encode(body).encode()
    except (TypeError, ValueError, RecursionError) as error:
        subject = f"The request body of {operation}"
        if isinstance(error, RecursionError):
            message = (
                f"{subject} is nested too deeply to encode as JSON ({error}). Flatten the "
                "value, for example by storing nested parts under their own keys"
            )
        else:
            problem = _locate_problem(body) or str(error)
            message = f"{subject} is not a JSON value: {problem}. {_FIX}"
        raise InvalidArgumentError(message) from None


def _locate_problem(body: Any) -> str | None:
    try:
        return _describe_invalid(body, "", set())
    except RecursionError:
        # The search recurses as deep as the body, so the encoder's own error is reported.
        return None


def _describe_invalid(value: Any, path: str, open_containers: set[int]) -> str | None:
    """Return where and why `value` is not JSON, such as "state['when'] has type datetime"."""
    where = path or "the body"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{where} is {value!r}"
    if isinstance(value, _JSON_SCALARS):
        if isinstance(value, str):
            return _describe_invalid_text(value, where)
        return None
    if not isinstance(value, dict | list | tuple):
        return f"{where} has type {type(value).__name__}"

    if id(value) in open_containers:
        return f"{where} refers back to a container that holds it"
    open_containers.add(id(value))
    try:
        if isinstance(value, dict):
            return _describe_invalid_mapping(value, path, open_containers)
        for index, item in enumerate(value):
            found = _describe_invalid(item, f"{path}[{index}]", open_containers)
            if found:
                return found
        return None
    finally:
        open_containers.discard(id(value))


def _describe_invalid_mapping(
    mapping: dict[Any, Any], path: str, open_containers: set[int]
) -> str | None:
    for key, item in mapping.items():
        # The body's own top level is named by its field names, as in "state['when']".
        item_path = f"{path}[{key!r}]" if path else str(key)
        if not isinstance(key, _JSON_SCALARS):
            return f"{path or 'the body'} has a key of type {type(key).__name__}: {key!r:.80}"
        if isinstance(key, str) and _describe_invalid_text(key, "a key"):
            return f"{path or 'the body'} has a key {key!r:.80} with a lone surrogate"
        found = _describe_invalid(item, item_path, open_containers)
        if found:
            return found
    return None


def _describe_invalid_text(text: str, where: str) -> str | None:
    try:
        text.encode()
    except UnicodeEncodeError:
        return f"{where} is a string with a lone surrogate, which UTF-8 cannot encode"
    return None
