"""Every operation of the document is a method of a resource on both clients."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from openapi_python_client.strings import snake_case

from generator.spec_checks import load_spec, operations
from strait_sdk import AsyncStrait, Strait

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
DOCUMENT = load_spec(OPENAPI)
OPERATIONS = [
    (
        snake_case(operation["tags"][0]),
        operation["x-strait-method"],
        operation.get("x-strait-stream", False),
    )
    for _, _, operation in operations(DOCUMENT)
]


@pytest.fixture(scope="module")
def clients() -> tuple[Strait, AsyncStrait]:
    key = "strait_" + "0" * 64
    return Strait(base_url="http://127.0.0.1:9", api_key=key), AsyncStrait(
        base_url="http://127.0.0.1:9", api_key=key
    )


@pytest.mark.parametrize(("resource", "method", "is_stream"), OPERATIONS)
def test_method_exists_on_both_clients(
    clients: tuple[Strait, AsyncStrait], resource: str, method: str, is_stream: bool
) -> None:
    sync_client, async_client = clients

    sync_method = getattr(getattr(sync_client, resource), method)
    async_method = getattr(getattr(async_client, resource), method)

    assert callable(sync_method)
    # Streams return async iterators; every other async method is a coroutine function.
    assert inspect.iscoroutinefunction(async_method) != is_stream
