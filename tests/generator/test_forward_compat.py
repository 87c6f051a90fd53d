"""Every model reads what a newer or different server may send: nulls, new fields, new values.

Each object schema of the document is turned into a minimal body: required fields get a
value of their type (an enum field gets a value no SDK knows yet), every optional field is
`null`, and one unknown field is added. Each generated model must parse it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import strait_sdk.models as models
from generator.spec_checks import load_spec

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
DOCUMENT = load_spec(OPENAPI)
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
OBJECTS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
NEW_ENUM_VALUE = "value_from_a_newer_server"


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    reference = schema.get("$ref")
    if reference is None:
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return _resolve(next(v for v in variants if v.get("type") != "null"))
        return schema
    return _resolve(SCHEMAS[reference.rsplit("/", 1)[-1]])


def _sample(schema: dict[str, Any], depth: int = 0) -> Any:
    schema = _resolve(schema)
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]

    if "enum" in schema:
        return NEW_ENUM_VALUE
    if "string" in kinds:
        return "2026-12-04T10:00:00.123456789Z" if schema.get("format") == "date-time" else "text"
    if "integer" in kinds:
        return 1
    if "number" in kinds:
        return 1.5
    if "boolean" in kinds:
        return True
    if "array" in kinds:
        return []
    if "object" in kinds:
        return _minimal_object(schema, depth + 1) if depth < 5 else {}
    return {"any": "json"}


def _minimal_object(schema: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    required = set(schema.get("required", []))
    body: dict[str, Any] = {}
    for name, property_schema in schema.get("properties", {}).items():
        body[name] = _sample(property_schema, depth) if name in required else None
    body["field_added_later"] = {"nested": [1, 2]}
    return body


@pytest.mark.parametrize("name", OBJECTS)
def test_model_reads_newer_body(name: str) -> None:
    model = getattr(models, name)
    body = _minimal_object(SCHEMAS[name])

    parsed = model.from_dict(body)

    assert parsed.additional_properties["field_added_later"] == {"nested": [1, 2]}
    required = set(SCHEMAS[name].get("required", []))
    for property_name in SCHEMAS[name].get("properties", {}):
        if property_name not in required:
            attribute = property_name if hasattr(parsed, property_name) else f"{property_name}_"
            assert getattr(parsed, attribute) is None, property_name


def test_unknown_enum_value_kept() -> None:
    status = models.RunStatus(NEW_ENUM_VALUE)

    assert status.value == NEW_ENUM_VALUE
    assert str(status) == NEW_ENUM_VALUE
    assert models.RunStatus("completed") is models.RunStatus.COMPLETED


def test_covers_every_object_schema() -> None:
    assert len(OBJECTS) >= 40
