"""Dispatch to job endpoints: body, headers, run token, signatures, retries and results."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import socket
import time
from collections.abc import Callable
from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import (
    JobEndpoint,
    Reply,
    b64url,
    b64url_json,
    create_job,
    loopback_client,
    sdk,
    trigger,
)


def test_body_is_raw_canonical_payload(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    run_id = trigger(api, registered_job["id"], {"zeta": 1, "alpha": {"y": 2, "x": "é"}})["id"]
    local.wait_for_run(run_id, timeout=5)

    dispatch = endpoint.wait_for_dispatches(1)[0]
    assert dispatch.body == '{"alpha":{"x":"é","y":2},"zeta":1}'.encode()


def test_empty_payload_is_sent_as_empty_object(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    local.wait_for_run(trigger(api, registered_job["id"])["id"], timeout=5)

    assert endpoint.wait_for_dispatches(1)[0].body == b"{}"


def test_dispatch_headers(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    run_id = trigger(api, registered_job["id"], {"n": 1})["id"]
    local.wait_for_run(run_id, timeout=5)

    headers = endpoint.wait_for_dispatches(1)[0].headers
    assert headers["content-type"] == "application/json"
    assert headers["x-run-id"] == run_id
    assert headers["x-job-id"] == registered_job["id"]
    assert headers["x-attempt"] == "1"
    assert "x-strait-signature" not in headers
    assert "x-last-checkpoint" not in headers
    assert "x-sdk-token" not in headers


def test_run_token_claims_and_signature(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    before = int(time.time())
    run_id = trigger(api, registered_job["id"])["id"]
    run = local.wait_for_run(run_id, timeout=5)

    header_segment, claims_segment, signature = endpoint.wait_for_dispatches(1)[0].token.split(".")
    assert b64url_json(header_segment) == {"alg": "HS256", "typ": "JWT"}
    expected = hmac.new(
        local.signing_key.encode(), f"{header_segment}.{claims_segment}".encode(), hashlib.sha256
    ).digest()
    assert signature == b64url(expected)

    claims = b64url_json(claims_segment)
    assert claims["iss"] == "strait:run-token"
    assert claims["sub"] == run_id
    assert claims["attempt"] == 1
    assert before <= claims["iat"] <= int(time.time())
    # exp is the run's expires_at: trigger time plus timeout_secs (300) plus 60 s.
    assert claims["exp"] - claims["iat"] in range(359, 362)
    assert "expires_at" in run


def test_signing_secret_adds_signature_headers(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    secret = "endpoint-secret-0123456789"
    job = create_job(api, local, endpoint.url, slug="signed", endpoint_signing_secret=secret)
    local.wait_for_run(trigger(api, job["id"], {"a": 1})["id"], timeout=5)

    dispatch = endpoint.wait_for_dispatches(1)[0]
    timestamp = dispatch.headers["x-strait-timestamp"]
    assert abs(int(timestamp) - time.time()) < 10
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + dispatch.body, hashlib.sha256)
    assert dispatch.headers["x-strait-signature"] == "v1=" + digest.hexdigest()


def test_2xx_reply_completes_run_with_json_result(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    endpoint.replies.append(Reply(body=b'{"rows": 12}'))

    run = local.wait_for_run(trigger(api, registered_job["id"])["id"], timeout=5)

    assert run["status"] == "completed"
    assert run["result"] == {"rows": 12}
    assert "finished_at" in run
    assert "started_at" in run


def test_non_json_reply_is_stored_as_string(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    endpoint.replies.append(Reply(body=b"done", content_type="text/plain"))

    run = local.wait_for_run(trigger(api, registered_job["id"])["id"], timeout=5)

    assert run["result"] == "done"


def test_retry_after_500_sends_checkpoint_headers(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    release = endpoint.hold_next(Reply(status=500, body=b"database unavailable"))
    run_id = trigger(api, registered_job["id"], {"step": 0})["id"]
    first = endpoint.wait_for_dispatches(1)[0]
    with sdk(local, first.token) as run_plane:
        saved = run_plane.post(f"/sdk/v1/runs/{run_id}/checkpoint", json={"state": {"cursor": 41}})
        assert saved.status_code == 201

    release.set()
    run = local.wait_for_run(run_id, timeout=5)

    second = endpoint.wait_for_dispatches(2)[1]
    assert run["status"] == "completed"
    assert second.headers["x-attempt"] == "2"
    assert json.loads(second.headers["x-last-checkpoint"]) == {"cursor": 41}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", second.headers["x-checkpoint-at"])
    assert second.headers["x-previous-error"] == "endpoint returned HTTP 500: database unavailable"


def test_failed_attempt_is_retried_with_previous_error(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    endpoint.replies.extend([Reply(status=500, body=b"database unavailable"), Reply()])
    run_id = trigger(api, registered_job["id"], {"step": 0})["id"]

    run = local.wait_for_run(run_id, timeout=5)

    first, second = endpoint.wait_for_dispatches(2)
    assert run["status"] == "completed"
    assert run["attempt"] == 2
    assert second.headers["x-attempt"] == "2"
    assert second.token != first.token
    assert b64url_json(second.token.split(".")[1])["attempt"] == 2
    assert second.headers["x-previous-error"] == "endpoint returned HTTP 500: database unavailable"
    assert second.body == first.body


def test_retry_sets_next_retry_at_and_records_error(endpoint: JobEndpoint) -> None:
    # A slower retry delay than the fixture's keeps the run queued long enough to see it.
    with LocalStrait(retry_delay_secs=0.5) as slow, loopback_client(slow, slow.api_key) as api:
        job = create_job(api, slow, endpoint.url)
        endpoint.replies.append(Reply(status=503, body=b"busy"))
        run_id = trigger(api, job["id"])["id"]

        retrying = _poll_run(api, run_id, lambda run: run["attempt"] == 2)
        assert retrying["status"] == "queued"
        assert retrying["error"] == "endpoint returned HTTP 503: busy"
        assert retrying["error_class"] == "server"
        assert "next_retry_at" in retrying

        final = slow.wait_for_run(run_id, timeout=5)
        assert final["status"] == "completed"
        assert "next_retry_at" not in final
        errors = api.get(f"/v1/runs/{run_id}/events", params={"type": "error"}).json()["data"]
        assert [event["message"] for event in errors] == ["endpoint returned HTTP 503: busy"]


def test_run_fails_after_max_attempts(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url, max_attempts=2)
    endpoint.replies.extend([Reply(status=500, body=b"one"), Reply(status=500, body=b"two")])

    run = local.wait_for_run(trigger(api, job["id"])["id"], timeout=5)

    assert run["status"] == "failed"
    assert run["attempt"] == 2
    assert run["error"] == "endpoint returned HTTP 500: two"
    assert "finished_at" in run
    assert len(endpoint.dispatches) == 2


def test_slow_endpoint_times_out(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url, timeout_secs=1, max_attempts=1)
    endpoint.replies.append(Reply(delay_secs=1.5))

    run = local.wait_for_run(trigger(api, job["id"])["id"], timeout=5)

    assert run["status"] == "timed_out"
    assert run["error_class"] == "timeout"


def test_unreachable_endpoint_fails_attempt(api: httpx.Client, local: LocalStrait) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    job = create_job(api, local, f"http://127.0.0.1:{closed_port}/run", max_attempts=1)

    run = local.wait_for_run(trigger(api, job["id"])["id"], timeout=5)

    assert run["status"] == "failed"
    assert run["error"].startswith("endpoint request failed")
    assert run["error_class"] == "connection"


def test_run_plane_completion_beats_endpoint_reply(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    release = endpoint.hold_next(Reply(status=500, body=b"late failure"))
    run_id = trigger(api, registered_job["id"])["id"]
    token = endpoint.wait_for_dispatches(1)[0].token
    with sdk(local, token) as run_plane:
        completed = run_plane.post(
            f"/sdk/v1/runs/{run_id}/complete", json={"result": {"by": "sdk"}}
        )
        assert completed.status_code == 200

    release.set()
    endpoint.wait_for_replies(1)
    time.sleep(0.2)

    run = api.get(f"/v1/runs/{run_id}").json()
    assert run["status"] == "completed"
    assert run["result"] == {"by": "sdk"}
    assert run["attempt"] == 1
    assert len(endpoint.dispatches) == 1


def test_run_events_tell_the_story(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    endpoint.replies.append(Reply(status=500, body=b"flaky"))
    run_id = trigger(api, registered_job["id"])["id"]
    local.wait_for_run(run_id, timeout=5)

    events = api.get(f"/v1/runs/{run_id}/events", params={"type": "state_change"}).json()["data"]
    transitions = [(event["data"].get("from"), event["data"]["to"]) for event in reversed(events)]
    assert transitions == [
        (None, "queued"),
        ("queued", "executing"),
        ("executing", "queued"),
        ("queued", "executing"),
        ("executing", "completed"),
    ]


def _poll_run(
    api: httpx.Client, run_id: str, condition: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        run: dict[str, Any] = api.get(f"/v1/runs/{run_id}").json()
        if condition(run):
            return run
        time.sleep(0.01)
    raise AssertionError(f"run {run_id} never matched the condition")
