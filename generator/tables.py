"""Tables built from the document's own extensions, for the templates and the SDK.

Each operation carries `x-strait-method` (its method name on the resource client of its tag)
and `x-strait-retry` (whether it may be repeated after a failure that hides its outcome:
`safe`, `idempotency_key` or `unsafe`). openapi-python-client does not pass operation-level
extensions to templates, so these tables are written here instead.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_python_client.strings import snake_case

from generator.spec_checks import operations


def _python_name(operation_id: str) -> str:
    return operation_id.replace("-", "_")


def method_names(document: dict[str, Any]) -> dict[str, str]:
    return {
        _python_name(operation["operationId"]): operation["x-strait-method"]
        for _, _, operation in operations(document)
    }


def retry_classes(document: dict[str, Any]) -> dict[str, str]:
    return {
        _python_name(operation["operationId"]): operation["x-strait-retry"]
        for _, _, operation in operations(document)
    }


def _schema(document: dict[str, Any], reference: str) -> tuple[str, dict[str, Any]]:
    name = reference.removeprefix("#/components/schemas/")
    schema: dict[str, Any] = document["components"]["schemas"][name]
    return name, schema


def paginated_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Return the operations that answer the `{data, next_cursor, has_more}` envelope.

    Each maps to the item class, its module and whether the list runs oldest first.
    """
    found: dict[str, dict[str, Any]] = {}
    for _, _, operation in operations(document):
        names = {
            parameter.get("$ref", "").rsplit("/", 1)[-1]
            for parameter in operation.get("parameters", [])
        }
        if "Cursor" not in names:
            continue

        success: dict[str, Any] = next(
            (
                body
                for status, body in operation["responses"].items()
                if str(status).startswith("2")
            ),
            {},
        )
        reference = (
            success.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
        )
        if reference is None:
            continue
        _, envelope = _schema(document, reference)
        item_reference = envelope.get("properties", {}).get("data", {}).get("items", {}).get("$ref")
        if item_reference is None or "has_more" not in envelope.get("properties", {}):
            continue

        item, _ = _schema(document, item_reference)
        found[_python_name(operation["operationId"])] = {
            "item": item,
            "item_module": snake_case(item),
            "oldest_first": operation.get("x-strait-order") == "oldest-first",
        }
    return found


def stream_operations(document: dict[str, Any]) -> list[str]:
    """Return the server-sent-event operations, which the hand-written stream readers serve."""
    return sorted(
        _python_name(operation["operationId"])
        for _, _, operation in operations(document)
        if operation.get("x-strait-stream")
    )


def idempotency_key_operations(document: dict[str, Any]) -> list[str]:
    """Return the operations the server deduplicates by their `Idempotency-Key` header."""
    return sorted(
        name for name, retry in retry_classes(document).items() if retry == "idempotency_key"
    )


def replayable_models(document: dict[str, Any]) -> list[str]:
    """Return the schemas of the success responses of idempotency-key operations.

    Their models carry `idempotency_replayed`, which the operation fills from the response's
    `Idempotency-Replayed` header. A `oneOf` response contributes each of its variants.
    """
    names: set[str] = set()
    for _, _, operation in operations(document):
        if operation.get("x-strait-retry") != "idempotency_key":
            continue
        for status, response in operation["responses"].items():
            if not str(status).startswith("2"):
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            for variant in [schema, *schema.get("oneOf", []), *schema.get("anyOf", [])]:
                reference = variant.get("$ref")
                if reference is not None:
                    names.add(reference.removeprefix("#/components/schemas/"))
    return sorted(names)


def tables_template(document: dict[str, Any]) -> str:
    """Return a Jinja file that defines the tables the resource template reads."""
    tables = {
        "method_names": method_names(document),
        "paginated": paginated_operations(document),
        "streams": stream_operations(document),
        "idempotency_key_operations": idempotency_key_operations(document),
        "replayable_models": replayable_models(document),
    }
    return "".join(
        "{% set " + name + " = " + json.dumps(value, sort_keys=True) + " %}\n"
        for name, value in tables.items()
    )


def operations_module(document: dict[str, Any]) -> str:
    """Return the source of `_generated/operations.py`: the retry class of each operation."""
    rows = "\n".join(
        f"    {name!r}: {retry!r}," for name, retry in sorted(retry_classes(document).items())
    )
    return (
        '"""The retry class of every operation, from the x-strait-retry of each in the document.\n'
        "\n"
        "Generated by `nox -s generate`; do not edit by hand. strait_sdk/_operations.py explains\n"
        'the classes.\n"""\n\n'
        f"RETRY_CLASSES: dict[str, str] = {{\n{rows}\n}}\n"
    )
