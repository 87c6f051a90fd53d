"""Specification of strait_sdk._client: construction, configuration and what goes on the wire.

The server side is a real HTTP server on 127.0.0.1 that records requests.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from strait_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncStrait,
    AuthType,
    ConfigError,
    NotFoundError,
    RetryPolicy,
    Strait,
)
from strait_sdk.models import HealthStatus
from tests.support.echo_server import EchoServer

API_KEY = "strait_" + "ab" * 32


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    with EchoServer(body={"status": "ok", "version": "test"}) as server:
        yield server


def test_sends_identity_and_auth(echo: EchoServer) -> None:
    with Strait(base_url=echo.url, api_key=API_KEY) as client:
        health = client.health.check()

    sent = echo.requests[0].headers
    assert isinstance(health, HealthStatus)
    assert health.version == "test"
    assert sent["authorization"] == f"Bearer {API_KEY}"
    assert sent["user-agent"].startswith("strait-sdk-python/")
    assert sent["accept"] == "application/json"
    assert sent["x-request-id"].startswith("req_")
    assert "x-project-id" not in sent


def test_bearer_sends_project(echo: EchoServer) -> None:
    with Strait(
        base_url=echo.url, api_key="oidc-token", auth_type="bearer", project="p-1"
    ) as client:
        client.health.check()

    assert echo.requests[0].headers["x-project-id"] == "p-1"
    assert echo.requests[0].headers["authorization"] == "Bearer oidc-token"


def test_path_prefix_is_kept(echo: EchoServer) -> None:
    client = Strait(base_url=f"{echo.url}/strait/", api_key=API_KEY)

    # The echo body is not a run, which also shows how a body off the document is reported.
    with client, pytest.raises(APIResponseValidationError, match="does not match the API document"):
        client.runs.get("run/../x?y#z")

    assert echo.requests[0].path == "/strait/v1/runs/run%2F..%2Fx%3Fy%23z"


def test_secret_not_in_repr(echo: EchoServer) -> None:
    client = Strait(base_url=echo.url, api_key=API_KEY)

    assert API_KEY not in repr(client)
    assert API_KEY not in repr(client.config)
    assert API_KEY not in repr(client.get_httpx_client().auth)
    assert API_KEY not in str(dict(client.get_httpx_client().headers))
    client.close()


def test_from_env(echo: EchoServer) -> None:
    env = {"STRAIT_BASE_URL": echo.url, "STRAIT_API_KEY": API_KEY, "STRAIT_TIMEOUT_MS": "1500"}

    with Strait.from_env(env=env) as client:
        assert client.config.timeout_ms == 1500
        assert client.get_httpx_client().timeout.read == 1.5
        client.health.check()

    assert echo.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_from_file_with_env_on_top(tmp_path: Path, echo: EchoServer) -> None:
    config = tmp_path / "strait.json"
    config.write_text(json.dumps({"sdk": {"base_url": "http://127.0.0.1:1", "timeout_ms": 2000}}))
    env = {"STRAIT_BASE_URL": echo.url, "STRAIT_API_KEY": API_KEY}

    with Strait.from_file(config, env=env) as client:
        assert client.base_url == echo.url
        assert client.config.timeout_ms == 2000
        client.health.check()


def test_inline_ignores_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)

    with pytest.raises(ConfigError, match="base URL"):
        Strait()


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        ({"base_url": "127.0.0.1:8080", "api_key": API_KEY}, "base_url"),
        ({"base_url": "ftp://127.0.0.1", "api_key": API_KEY}, "base_url"),
        ({"base_url": "http://127.0.0.1"}, "STRAIT_API_KEY"),
        ({"base_url": "http://127.0.0.1", "api_key": "sk-123"}, "strait_"),
        ({"base_url": "http://127.0.0.1", "api_key": API_KEY, "auth_type": "token"}, "auth"),
        ({"base_url": "http://127.0.0.1", "api_key": API_KEY, "timeout_ms": 0}, "timeout_ms"),
    ],
)
def test_bad_arguments(arguments: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment) as caught:
        Strait(**arguments)  # type: ignore[arg-type]

    assert "sk-123" not in str(caught.value)


def test_with_options_shares_pool(echo: EchoServer) -> None:
    client = Strait(base_url=echo.url, api_key=API_KEY)
    quick = client.with_options(timeout_ms=500, max_retries=0)

    quick.health.check()
    quick.close()
    client.health.check()

    assert quick.retry_policy.max_retries == 0
    assert client.retry_policy.max_retries == 2
    assert quick.get_httpx_client().timeout.read == 0.5
    assert len(echo.requests) == 2
    client.close()


def test_status_becomes_typed_error() -> None:
    envelope = {"error": {"code": "not_found", "message": "run not found"}, "request_id": "req_srv"}
    with (
        EchoServer(status=404, body=envelope) as server,
        Strait(base_url=server.url, api_key=API_KEY) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        client.runs.get("missing")

    error = caught.value
    assert error.status_code == 404
    assert error.code == "not_found"
    assert error.message == "run not found"
    assert error.request_id == "req_srv"
    assert "run not found" in str(error)
    assert isinstance(pickle.loads(pickle.dumps(error)), NotFoundError)


def test_refused_connection_is_typed() -> None:
    with EchoServer() as server:
        url = server.url
    policy = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.01)

    client = Strait(base_url=url, api_key=API_KEY, retry_policy=policy)

    with client, pytest.raises(APIConnectionError) as caught:
        client.health.check()

    assert caught.value.request_id is not None
    assert url.split("//")[1] in str(caught.value)


async def test_async_client(echo: EchoServer) -> None:
    async with AsyncStrait(
        base_url=echo.url, api_key=API_KEY, auth_type=AuthType.API_KEY
    ) as client:
        health = await client.health.check()

    assert health.status == "ok"
    assert echo.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
