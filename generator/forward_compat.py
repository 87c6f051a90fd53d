"""Loosen the document before generation so that newer servers cannot break older SDKs.

The server leaves empty optional fields out, but a proxy, an older server or a future change
may send `null` instead. The generator turns `null` in a field not marked nullable into a
TypeError, so every optional property is made nullable in the copy that is generated from.
The document itself stays exact, and `x-strait-*` tables are read from it unchanged.
Unknown enum values and unknown fields are handled by the templates (see str_enum.py.jinja)
and by the models' `additional_properties`.
"""

from __future__ import annotations

import copy
from typing import Any

NULL = "null"


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """Return `schema` widened to accept null."""
    if "$ref" in schema:
        rest = {key: value for key, value in schema.items() if key != "$ref"}
        return {**rest, "oneOf": [{"$ref": schema["$ref"]}, {"type": NULL}]}

    if "oneOf" in schema or "anyOf" in schema:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        variants = schema[key]
        if any(variant.get("type") == NULL for variant in variants):
            return schema
        return {**schema, key: [*variants, {"type": NULL}]}

    kind = schema.get("type")
    if kind is None:
        # No type means any JSON value, null included.
        return schema
    kinds = kind if isinstance(kind, list) else [kind]
    if NULL in kinds:
        return schema

    if "enum" in schema:
        # A null inside `enum` makes the generator split the enum into several classes; a
        # union with null keeps one enum class.
        if None in schema["enum"]:
            return schema
        described = {key: schema[key] for key in ("description",) if key in schema}
        inner = {key: value for key, value in schema.items() if key != "description"}
        return {**described, "oneOf": [inner, {"type": NULL}]}
    return {**schema, "type": [*kinds, NULL]}


def _loosen_object(schema: dict[str, Any]) -> None:
    required = set(schema.get("required", []))
    properties = schema.get("properties", {})
    for name, property_schema in properties.items():
        if name not in required and isinstance(property_schema, dict):
            properties[name] = _nullable(property_schema)


def loosen(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of `document` in which every optional object property accepts null."""
    loosened = copy.deepcopy(document)
    for schema in loosened.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and schema.get("type") == "object":
            _loosen_object(schema)
    return loosened
