"""Request-body decoding and field validation with Strait's statuses and messages.

Decoding errors (bad JSON, wrong JSON type) are 400 ``invalid request body: ...``.
Rule failures are one 422 ``validation failed`` whose details read
``<json_field>: failed on '<rule>'``, one per failing field, like go-playground/validator.
"""

from __future__ import annotations

import enum
import json
from typing import Any
from urllib.parse import urlsplit

from attrs import frozen

from ._request import Request
from ._response import ApiError
from ._timestamps import parse_rfc3339
from ._wire import loads_finite

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


class Kind(enum.Enum):
    """A Go field type; the value is the type name used in decoder messages."""

    STRING = "string"
    INT = "int"
    INT64 = "int64"
    FLOAT = "float64"
    BOOL = "bool"
    RAW = "json.RawMessage"
    STRING_MAP = "map[string]string"
    INT_LIST = "[]int"
    STRING_LIST = "[]string"
    OBJECT_LIST = "[]struct"
    TIME = "time.Time"


@frozen
class FieldSpec:
    """One request field and its validate tag.

    ``omitempty`` skips the other rules for a zero value. ``pointer`` marks a Go
    pointer, whose rules run on any present value, zero included. ``items`` is the
    element struct of an OBJECT_LIST field. Its fields are decoded, but no rules run on
    them, because Strait's validate tags on these lists do not ``dive``.
    """

    name: str
    kind: Kind
    required: bool = False
    omitempty: bool = False
    pointer: bool = False
    minimum: float | None = None
    maximum: float | None = None
    one_of: tuple[str, ...] = ()
    url: bool = False
    items: BodySpec | None = None


@frozen
class BodySpec:
    """A Go request struct: its package and type name, used in decoder messages, and fields."""

    go_name: str
    fields: tuple[FieldSpec, ...]
    package: str = "api"

    @property
    def qualified_name(self) -> str:
        return f"{self.package}.{self.go_name}"


_COLLECTION_KINDS = frozenset({Kind.STRING_MAP, Kind.INT_LIST, Kind.STRING_LIST, Kind.OBJECT_LIST})


def decode_body(request: Request, spec: BodySpec) -> dict[str, Any]:
    """Decode and validate a JSON body and return its known, non-null fields by JSON name.

    Unknown fields are ignored and an empty body counts as all fields zero. A JSON
    null is kept (as None) only for raw JSON fields, as Go's json.RawMessage does.
    """
    if request.body.truncated:
        raise _invalid_body("unexpected EOF")

    document = _parse_document(request.body.data)
    if document is None:
        document = {}
    if not isinstance(document, dict):
        kind = _json_kind(document)
        raise _invalid_body(
            f"json: cannot unmarshal {kind} into Go value of type {spec.qualified_name}"
        )

    fields = _convert_fields(document, spec, spec.go_name)
    details = [detail for field in spec.fields if (detail := _check_rules(field, fields))]
    if details:
        raise ApiError(422, "validation failed", details)
    return fields


def _parse_document(data: bytes) -> object:
    # Strait turns raw NUL bytes in a body into spaces before decoding it.
    text = data.replace(b"\x00", b" ").decode("utf-8", errors="replace")
    if not text.strip():
        return None

    try:
        return loads_finite(text)
    except json.JSONDecodeError as error:
        raise _invalid_body(_go_syntax_message(error)) from None
    except ValueError as error:
        raise _invalid_body(str(error)) from None
    except RecursionError:
        raise _invalid_body("exceeded max depth") from None


def _convert_fields(document: dict[str, Any], spec: BodySpec, struct_path: str) -> dict[str, Any]:
    """Convert a JSON object's known fields. ``struct_path`` names it in type errors,
    such as ``createWorkflowRequest.steps`` for the elements of a list field."""
    by_name = {field.name: field for field in spec.fields}
    by_folded_name = {field.name.casefold(): field for field in spec.fields}
    fields: dict[str, Any] = {}
    for key, value in document.items():
        # Go matches JSON keys to struct fields exactly first, then case-insensitively.
        field = by_name.get(key) or by_folded_name.get(key.casefold())
        if field is None:
            continue
        if value is None:
            if field.kind is Kind.RAW:
                fields[field.name] = None
            continue
        fields[field.name] = _convert_value(field, value, struct_path)
    return fields


def _convert_value(field: FieldSpec, value: Any, go_name: str) -> Any:
    kind = field.kind
    if kind is Kind.RAW:
        return value
    if kind is Kind.STRING and isinstance(value, str):
        return value.replace("\x00", "")
    if kind in (Kind.INT, Kind.INT64) and _is_int(value) and _INT64_MIN <= value <= _INT64_MAX:
        return value
    if kind is Kind.FLOAT and _is_number(value):
        return float(value)
    if kind is Kind.BOOL and isinstance(value, bool):
        return value
    if kind is Kind.STRING_MAP and isinstance(value, dict):
        return _convert_string_map(field, value, go_name)
    if kind is Kind.INT_LIST and isinstance(value, list):
        if all(_is_int(item) for item in value):
            return list(value)
        bad = next(item for item in value if not _is_int(item))
        raise _type_error(bad, go_name, field.name, "int")
    if kind is Kind.STRING_LIST and isinstance(value, list):
        return _convert_string_list(field, value, go_name)
    if kind is Kind.OBJECT_LIST and field.items is not None and isinstance(value, list):
        return _convert_object_list(field, field.items, value, go_name)
    if kind is Kind.TIME and isinstance(value, str):
        parsed = parse_rfc3339(value)
        if parsed is None:
            raise _invalid_body(
                f'parsing time "{value}" as "2006-01-02T15:04:05Z07:00": not an RFC 3339 time'
            )
        return parsed
    raise _type_error(value, go_name, field.name, _go_type(field))


def _go_type(field: FieldSpec) -> str:
    if field.kind is Kind.OBJECT_LIST and field.items is not None:
        return f"[]{field.items.qualified_name}"
    return field.kind.value


def _convert_string_list(field: FieldSpec, value: list[Any], go_name: str) -> list[str]:
    converted: list[str] = []
    for item in value:
        if item is None:
            converted.append("")
        elif isinstance(item, str):
            converted.append(item.replace("\x00", ""))
        else:
            raise _type_error(item, go_name, field.name, "string")
    return converted


def _convert_object_list(
    field: FieldSpec, items: BodySpec, value: list[Any], go_name: str
) -> list[dict[str, Any]]:
    """Convert each element like a nested struct. A null element is a zero struct, as in Go."""
    converted: list[dict[str, Any]] = []
    for item in value:
        if item is None:
            item = {}
        if not isinstance(item, dict):
            raise _type_error(item, go_name, field.name, items.qualified_name)
        converted.append(_convert_fields(item, items, f"{go_name}.{field.name}"))
    return converted


def _convert_string_map(field: FieldSpec, value: dict[str, Any], go_name: str) -> dict[str, str]:
    converted: dict[str, str] = {}
    for key, item in value.items():
        if item is None:
            converted[key] = ""
        elif isinstance(item, str):
            converted[key] = item.replace("\x00", "")
        else:
            raise _type_error(item, go_name, field.name, "string")
    return converted


def _check_rules(field: FieldSpec, fields: dict[str, Any]) -> str | None:
    """Return the first rule the field fails, formatted as a detail, or None."""
    present = field.name in fields
    value = fields.get(field.name)
    missing = _is_missing(field, present, value)

    if field.required and missing:
        return f"{field.name}: failed on 'required'"
    if missing and (field.omitempty or not present):
        return None

    if field.minimum is not None and _measure(field, value) < field.minimum:
        return f"{field.name}: failed on 'min'"
    if field.maximum is not None and _measure(field, value) > field.maximum:
        return f"{field.name}: failed on 'max'"
    if field.one_of and value not in field.one_of:
        return f"{field.name}: failed on 'oneof'"
    if field.url and not _is_url(str(value or "")):
        return f"{field.name}: failed on 'url'"
    return None


def _is_missing(field: FieldSpec, present: bool, value: Any) -> bool:
    """Return whether the validator treats the field as absent: a zero scalar, or nil."""
    if not present:
        return True
    if field.pointer or field.kind in _COLLECTION_KINDS or field.kind is Kind.RAW:
        return False
    return _is_zero(value)


def _measure(field: FieldSpec, value: Any) -> float:
    """Return what min and max compare: the length of strings and collections, else the number."""
    if field.kind is Kind.STRING:
        return len(value or "")
    if field.kind in _COLLECTION_KINDS:
        return len(value or ())
    return float(value or 0)


def _is_zero(value: Any) -> bool:
    return value is None or value == "" or value is False or value == 0


def _is_url(text: str) -> bool:
    """Apply go-playground's ``url`` rule: a scheme, and a host, fragment or opaque part."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    opaque = bool(parts.path) and not parts.path.startswith("/") and not parts.netloc
    return bool(parts.scheme) and bool(parts.netloc or parts.fragment or opaque)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _type_error(value: object, go_name: str, field_name: str, go_type: str) -> ApiError:
    kind = _json_kind(value)
    if kind == "number" and go_type in ("int", "int64"):
        # Go names the literal when a number does not fit an integer field.
        kind = f"number {json.dumps(value)}"
    target = f"Go struct field {go_name}.{field_name} of type {go_type}"
    return _invalid_body(f"json: cannot unmarshal {kind} into {target}")


def _invalid_body(detail: str) -> ApiError:
    return ApiError(400, f"invalid request body: {detail}")


# Python's JSON error messages mapped to the wording of Go's encoding/json.
# NOTE: the character and context match Go for common cases only.
_GO_SYNTAX_CONTEXT = {
    "Expecting value": "looking for beginning of value",
    "Expecting property name enclosed in double quotes": (
        "looking for beginning of object key string"
    ),
    "Expecting ':' delimiter": "after object key",
    "Expecting ',' delimiter": "after object key:value pair",
    "Extra data": "after top-level value",
    "Invalid control character at": "in string literal",
    "Invalid \\escape": "in string escape code",
}


def _go_syntax_message(error: json.JSONDecodeError) -> str:
    if error.pos >= len(error.doc.rstrip()) or error.msg.startswith("Unterminated string"):
        return "unexpected EOF"

    character = error.doc[error.pos]
    quoted = "'\\''" if character == "'" else "'" + json.dumps(character)[1:-1] + "'"
    context = _GO_SYNTAX_CONTEXT.get(error.msg)
    return f"invalid character {quoted} {context}" if context else f"invalid character {quoted}"
