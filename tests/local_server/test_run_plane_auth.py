"""Run-token checks on /sdk/v1/runs/{runID}: each rejection with its status and message."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, create_job, make_token, run_claims, sdk, trigger


@pytest.fixture
def queued_run(api: httpx.Client, local: LocalStrait) -> str:
    """A run of a worker-mode job: the local server never dispatches it, so it stays queued."""
    job = create_job(api, local, "", slug="worker-job", execution_mode="worker")
    run_id: str = trigger(api, job["id"])["id"]
    return run_id


def _error(response: httpx.Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    return error


def test_missing_bearer_prefix_is_401(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, token = executing_run
    response = httpx.get(
        f"{local.base_url}/sdk/v1/runs/{run_id}/payload",
        headers={"Authorization": token},
        trust_env=False,
    )

    assert response.status_code == 401
    assert _error(response) == {
        "code": "authentication_required",
        "message": "missing or invalid authorization header",
    }


@pytest.mark.parametrize(
    ("key_suffix", "claim_overrides"),
    [
        ("-wrong-key", {}),
        ("", {"iss": "strait:sse"}),
        ("", {"exp": int(time.time()) - 5}),
        ("", {"exp": None}),
    ],
    ids=["bad-signature", "wrong-issuer", "expired", "no-expiry"],
)
def test_invalid_token_is_401(
    local: LocalStrait,
    executing_run: tuple[str, str],
    key_suffix: str,
    claim_overrides: dict[str, Any],
) -> None:
    run_id, _ = executing_run
    claims = {k: v for k, v in run_claims(run_id, **claim_overrides).items() if v is not None}
    token = make_token(local.signing_key + key_suffix, claims)

    with sdk(local, token) as run_plane:
        response = run_plane.post(f"/sdk/v1/runs/{run_id}/heartbeat")

    assert response.status_code == 401
    assert _error(response)["message"] == "invalid run token"


def test_hs512_token_is_accepted(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, _ = executing_run
    token = make_token(local.signing_key, run_claims(run_id), alg="HS512")

    with sdk(local, token) as run_plane:
        assert run_plane.post(f"/sdk/v1/runs/{run_id}/heartbeat").status_code == 200


def test_token_without_subject_is_401(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, _ = executing_run
    claims = run_claims(run_id)
    del claims["sub"]

    with sdk(local, make_token(local.signing_key, claims)) as run_plane:
        response = run_plane.post(f"/sdk/v1/runs/{run_id}/heartbeat")

    assert response.status_code == 401
    assert _error(response)["message"] == "missing run ID in token"


def test_token_without_attempt_is_401(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, _ = executing_run
    token = make_token(local.signing_key, run_claims(run_id, attempt=0))

    with sdk(local, token) as run_plane:
        response = run_plane.post(f"/sdk/v1/runs/{run_id}/heartbeat")

    assert response.status_code == 401
    assert _error(response)["message"] == "missing run attempt in token"


def test_token_for_other_run_is_403(
    local: LocalStrait, executing_run: tuple[str, str], queued_run: str
) -> None:
    _, token = executing_run

    with sdk(local, token) as run_plane:
        response = run_plane.post(f"/sdk/v1/runs/{queued_run}/heartbeat")

    assert response.status_code == 403
    assert _error(response) == {"code": "forbidden", "message": "token does not match run ID"}


def test_unknown_run_is_404(local: LocalStrait) -> None:
    run_id = "00000000-0000-7000-8000-000000000001"

    with sdk(local, make_token(local.signing_key, run_claims(run_id))) as run_plane:
        response = run_plane.get(f"/sdk/v1/runs/{run_id}/payload")

    assert response.status_code == 404
    assert _error(response)["message"] == "run not found"


def test_terminal_run_is_410(
    local: LocalStrait, api: httpx.Client, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    run_id = trigger(api, registered_job["id"])["id"]
    local.wait_for_run(run_id, timeout=5)
    token = endpoint.wait_for_dispatches(1)[0].token

    with sdk(local, token) as run_plane:
        response = run_plane.get(f"/sdk/v1/runs/{run_id}/payload")

    assert response.status_code == 410
    assert _error(response) == {
        "code": "internal_error",
        "message": "run has reached a terminal state",
    }


def test_stale_attempt_is_401(local: LocalStrait, queued_run: str) -> None:
    token = make_token(local.signing_key, run_claims(queued_run, attempt=2))

    with sdk(local, token) as run_plane:
        response = run_plane.get(f"/sdk/v1/runs/{queued_run}/payload")

    assert response.status_code == 401
    assert _error(response)["message"] == "run token attempt is stale"


def test_write_to_queued_run_is_409(local: LocalStrait, queued_run: str) -> None:
    with sdk(local, make_token(local.signing_key, run_claims(queued_run))) as run_plane:
        log = run_plane.post(f"/sdk/v1/runs/{queued_run}/log", json={"message": "hi"})
        state = run_plane.get(f"/sdk/v1/runs/{queued_run}/state")
        payload = run_plane.get(f"/sdk/v1/runs/{queued_run}/payload")

    assert log.status_code == 409
    assert _error(log) == {"code": "conflict", "message": "run is not active for this SDK token"}
    assert state.status_code == 409
    assert payload.status_code == 200


def test_unknown_sdk_path_checks_token_first(
    local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run

    with sdk(local, token) as run_plane:
        valid = run_plane.post(f"/sdk/v1/runs/{run_id}/usage", json={})
    with sdk(local, "not-a-jwt") as run_plane:
        invalid = run_plane.post(f"/sdk/v1/runs/{run_id}/usage", json={})

    assert valid.status_code == 404
    assert valid.text == "404 page not found\n"
    assert invalid.status_code == 401


def test_sdk_version_headers(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, token = executing_run

    with sdk(local, token) as run_plane:
        legacy = run_plane.post(f"/sdk/v1/runs/{run_id}/heartbeat")
        modern = run_plane.post(
            f"/sdk/v1/runs/{run_id}/heartbeat", headers={"X-SDK-Version": "2.1.0"}
        )

    assert legacy.headers["x-sdk-version-accepted"] == "legacy"
    assert legacy.headers["x-sdk-capabilities"] == "none"
    assert modern.headers["x-sdk-version-accepted"] == "2.1.0"
    assert modern.headers["x-sdk-capabilities"] == "progress,checkpoint"
