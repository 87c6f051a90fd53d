"""GET /v1/runs/{runID}/stream: status changes, run events, keepalives and the duration cut."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, Reply, SseFrame, create_job, iter_sse, sdk, trigger


def _messages(frames: Iterator[SseFrame], until_status: str) -> list[dict[str, Any]]:
    """Collect data frames up to and including the status change to ``until_status``."""
    messages: list[dict[str, Any]] = []
    for frame in frames:
        if frame.comment is not None:
            continue
        message: dict[str, Any] = frame.json()
        messages.append(message)
        if message["type"] == "status_change" and message["to"] == until_status:
            return messages
    raise AssertionError(f"the stream ended before a status change to {until_status}")


@pytest.mark.local_server(sse_keepalive_secs=0.2)
def test_stream_sends_events_and_status_changes(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    job_id = api.get(f"/v1/runs/{run_id}").json()["job_id"]

    with api.stream(
        "GET", f"/v1/runs/{run_id}/stream", headers={"Accept": "text/event-stream"}
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream"
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        with sdk(local, token) as run_plane:
            logged = run_plane.post(
                f"/sdk/v1/runs/{run_id}/log",
                json={"message": "charging card", "level": "warn", "data": {"cents": 990}},
            )
            assert logged.status_code == 201
        endpoint.release_all()
        frames = iter_sse(response)
        log_event, completed = _messages(frames, until_status="completed")
        # The stream stays open after the run finished: keepalives keep coming.
        assert next(frames).comment == "keepalive"

    assert list(log_event) == [
        "type",
        "event_type",
        "run_id",
        "level",
        "message",
        "data",
        "timestamp",
    ]
    assert log_event["type"] == "event"
    assert log_event["event_type"] == "log"
    assert log_event["run_id"] == run_id
    assert log_event["level"] == "warn"
    assert log_event["message"] == "charging card"
    assert log_event["data"] == {"cents": 990}

    assert list(completed) == ["type", "run_id", "from", "to", "timestamp", "job_id", "project_id"]
    assert completed["from"] == "executing"
    assert completed["job_id"] == job_id
    assert completed["project_id"] == local.project_id


def test_stream_reports_retries_and_final_error(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url, max_attempts=2)
    release = endpoint.hold_next(Reply(status=500, body=b"down"))
    endpoint.replies.append(Reply(status=500, body=b"still down"))
    run_id = trigger(api, job["id"])["id"]
    endpoint.wait_for_dispatches(1)

    with api.stream("GET", f"/v1/runs/{run_id}/stream") as response:
        release.set()
        messages = _messages(iter_sse(response), until_status="failed")

    changes = [(m["from"], m["to"]) for m in messages if m["type"] == "status_change"]
    assert changes == [("executing", "queued"), ("queued", "executing"), ("executing", "failed")]
    errors = [m for m in messages if m["type"] == "event"]
    assert [m["event_type"] for m in errors] == ["error", "error"]
    assert "error" not in messages[1]
    assert messages[-1]["error"] == "endpoint returned HTTP 500: still down"


def test_stream_of_finished_run_is_410(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, Any]
) -> None:
    run_id = trigger(api, registered_job["id"])["id"]
    local.wait_for_run(run_id, timeout=5)

    response = api.get(f"/v1/runs/{run_id}/stream")

    assert response.status_code == 410
    assert response.json()["error"] == {
        "code": "internal_error",
        "message": "run has reached a terminal state",
    }


def test_stream_of_unknown_run_is_404(api: httpx.Client) -> None:
    response = api.get("/v1/runs/0190c8e4-0000-7000-8000-000000000000/stream")

    assert response.status_code == 404


def test_stream_ignores_token_query(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, _ = executing_run

    response = httpx.get(
        f"{local.base_url}/v1/runs/{run_id}/stream",
        # Any query credential, even one that looks valid, is ignored on this route.
        params={"token": "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJzdHJhaXQ6c3NlIn0.c2lnbmF0dXJl"},
        trust_env=False,
    )

    assert response.status_code == 401
    assert response.json()["error"]["message"] == "invalid or missing api key"


@pytest.mark.local_server(sse_max_duration_secs=0.5, sse_keepalive_secs=0.1)
def test_stream_is_cut_at_max_duration(api: httpx.Client, executing_run: tuple[str, str]) -> None:
    run_id, _ = executing_run
    frames: list[SseFrame] = []

    with api.stream("GET", f"/v1/runs/{run_id}/stream") as response:
        started = time.monotonic()
        with pytest.raises(httpx.RemoteProtocolError):
            frames.extend(iter_sse(response))
        elapsed = time.monotonic() - started

    assert 0.4 <= elapsed < 3
    assert len(frames) >= 2
    assert all(frame.comment == "keepalive" for frame in frames)
    with api.stream("GET", f"/v1/runs/{run_id}/stream") as reconnected:
        assert reconnected.status_code == 200


def test_stop_ends_open_streams(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str], endpoint: JobEndpoint
) -> None:
    run_id, _ = executing_run

    with api.stream("GET", f"/v1/runs/{run_id}/stream") as response:
        endpoint.release_all()
        started = time.monotonic()
        local.stop()
        stop_secs = time.monotonic() - started
        with pytest.raises(httpx.HTTPError):
            list(iter_sse(response))

    assert stop_secs < 3
