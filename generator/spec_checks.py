"""Rules the OpenAPI document must follow before code is generated from it.

The OpenAPI validator checks the document against the OpenAPI 3.1 schema; the rules here are
our own house rules, each one a bug that the generator or a client would otherwise inherit.
"""

from __future__ import annotations

import keyword
from collections import Counter
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.bundle import BundleError, bundle

HTTP_METHODS = ("get", "put", "post", "patch", "delete")
RUN_PLANE_PREFIX = "/sdk/v1/runs/{runID}/"
RETRY_CLASSES = {"safe", "idempotency_key", "unsafe"}
ERROR_SCHEMAS = {
    "#/components/schemas/ErrorResponse",
    "#/components/schemas/QuotaError",
    "#/components/schemas/CloudEditionRequired",
}


class SpecError(Exception):
    """The document breaks the OpenAPI schema or one of our rules."""


def load_spec(folder: Path) -> dict[str, Any]:
    """Return the merged document of the openapi/ folder."""
    try:
        return bundle(folder)
    except BundleError as error:
        raise SpecError(str(error)) from error


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Return (method, path, operation) for every operation, in document order."""
    found = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((method, path, item[method]))
    return found


def check_spec(document: dict[str, Any]) -> str:
    try:
        validate(document)
    except OpenAPIValidationError as error:
        raise SpecError(f"not a valid OpenAPI document: {error.message}") from error

    problems: list[str] = []
    all_operations = operations(document)

    ids = Counter(operation.get("operationId") for _, _, operation in all_operations)
    for method, path, operation in all_operations:
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{where}: no operationId")
        elif ids[operation_id] > 1:
            problems.append(f"{where}: operationId {operation_id} is used more than once")
        if not operation.get("summary"):
            problems.append(f"{where}: no summary, which becomes the method's docstring")
        problems.extend(_check_security(where, path, operation))
        problems.extend(_check_extensions(where, operation))
        problems.extend(_check_responses(where, document, operation))

    problems.extend(_check_method_names(all_operations))

    if problems:
        raise SpecError("\n  ".join(["the document breaks these rules:", *problems]))

    run_plane = sum(1 for _, path, _ in all_operations if path.startswith(RUN_PLANE_PREFIX))
    return f"{len(all_operations)} operations, {run_plane} on the run plane"


def _check_extensions(where: str, operation: dict[str, Any]) -> list[str]:
    problems = []

    method = operation.get("x-strait-method")
    if not isinstance(method, str) or not method.isidentifier() or keyword.iskeyword(method):
        problems.append(f"{where}: x-strait-method must be a Python identifier, got {method!r}")

    order = operation.get("x-strait-order", "newest-first")
    if order not in ("newest-first", "oldest-first"):
        problems.append(f"{where}: x-strait-order must be newest-first or oldest-first")

    retry = operation.get("x-strait-retry")
    if retry not in RETRY_CLASSES:
        problems.append(f"{where}: x-strait-retry must be one of {sorted(RETRY_CLASSES)}")

    # The SDK sends an Idempotency-Key exactly where the server honours one.
    declares_key = any(
        parameter.get("$ref", "").endswith("/IdempotencyKey")
        for parameter in operation.get("parameters", [])
    )
    if declares_key != (retry == "idempotency_key"):
        problems.append(
            f"{where}: the IdempotencyKey parameter goes with x-strait-retry idempotency_key"
        )
    return problems


def _check_method_names(all_operations: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    # Each tag becomes one resource class, so a method name may appear once per tag.
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for _, _, operation in all_operations:
        tag = (operation.get("tags") or ["untagged"])[0]
        key = (tag, str(operation.get("x-strait-method")))
        if key in seen:
            problems.append(
                f"{operation.get('operationId')}: method {key[1]} of tag {tag} is already "
                f"used by {seen[key]}"
            )
        seen[key] = str(operation.get("operationId"))
    return problems


def _check_security(where: str, path: str, operation: dict[str, Any]) -> list[str]:
    # The generator ignores document-level security, so every operation states its own.
    if "security" not in operation:
        return [f"{where}: no operation-level security"]

    schemes = {name for requirement in operation["security"] for name in requirement}
    if path.startswith("/sdk/"):
        expected = {"runToken"}
    elif path.startswith("/v1/"):
        expected = {"apiKey"}
    else:
        expected = set()

    if schemes != expected:
        return [f"{where}: security {sorted(schemes)} where {sorted(expected)} is expected"]
    return []


def _check_responses(where: str, document: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    problems = []
    responses = operation.get("responses", {})

    if not any(str(status).startswith("2") for status in responses):
        problems.append(f"{where}: no 2xx response")

    for status, response in responses.items():
        status_text = str(status)
        if status_text.startswith("2"):
            if status_text == "204" and "content" in response:
                problems.append(f"{where}: 204 must not declare content")
            continue
        resolved = _resolve(document, response)
        json_schema = resolved.get("content", {}).get("application/json", {}).get("schema", {})
        if json_schema.get("$ref") not in ERROR_SCHEMAS:
            problems.append(f"{where}: {status_text} does not answer the error envelope")
    return problems


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    reference = node.get("$ref")
    if reference is None:
        return node

    target: Any = document
    for part in reference.removeprefix("#/").split("/"):
        target = target[part]
    return _resolve(document, target)
