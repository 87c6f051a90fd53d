"""LocalStrait as an object: generated credentials, argument checks, repr, stop and waiting."""

from __future__ import annotations

import re
import threading

import httpx
import pytest

from strait_sdk.local_server import LocalStrait


def test_generated_credentials_have_strait_formats() -> None:
    server = LocalStrait()

    assert re.fullmatch(r"strait_[0-9a-f]{64}", server.api_key)
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", server.project_id
    )
    assert len(server.signing_key) >= 32


def test_given_credentials_are_kept() -> None:
    api_key = "strait_" + "ab" * 32
    project_id = "0192f0c4-3c6e-7b8a-9f10-1234567890ab"
    server = LocalStrait(api_key=api_key, signing_key="k" * 32, project_id=project_id)

    assert server.api_key == api_key
    assert server.signing_key == "k" * 32
    assert server.project_id == project_id


@pytest.mark.parametrize(
    "arguments",
    [
        {"api_key": "sk_live_123"},
        {"api_key": "strait_" + "AB" * 32},
        {"signing_key": "short"},
        {"project_id": "project-1"},
        {"retry_delay_secs": -1},
    ],
)
def test_invalid_arguments_raise(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LocalStrait(**arguments)  # type: ignore[arg-type]


def test_repr_hides_secrets() -> None:
    with LocalStrait() as server:
        text = repr(server)

    assert server.api_key not in text
    assert server.signing_key not in text
    assert server.base_url in text


def test_base_url_needs_start() -> None:
    with pytest.raises(RuntimeError):
        _ = LocalStrait().base_url


def test_stop_is_idempotent_and_closes_port() -> None:
    server = LocalStrait().start()
    url = server.base_url
    assert httpx.get(url + "/health", trust_env=False).status_code == 200

    server.stop()
    server.stop()

    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health", trust_env=False)


def test_stop_closes_kept_alive_connections() -> None:
    server = LocalStrait().start()
    with httpx.Client(base_url=server.base_url, trust_env=False) as client:
        assert client.get("/health").status_code == 200

        server.stop()

        with pytest.raises(httpx.TransportError):
            client.get("/health")


def test_start_twice_raises() -> None:
    with LocalStrait() as server, pytest.raises(RuntimeError):
        server.start()


def test_wait_for_run_times_out() -> None:
    with LocalStrait() as server, pytest.raises(TimeoutError, match="not found"):
        server.wait_for_run("00000000-0000-7000-8000-000000000000", timeout=0.05)


def test_wait_for_run_returns_once_status_matches(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, object]
) -> None:
    results: list[dict[str, object]] = []
    run_id = api.post(f"/v1/jobs/{registered_job['id']}/trigger", json={}).json()["id"]
    waiter = threading.Thread(target=lambda: results.append(local.wait_for_run(run_id, timeout=5)))
    waiter.start()
    waiter.join(6)

    assert results[0]["id"] == run_id
    assert results[0]["status"] == "completed"
