"""The retrying transport: request ids, idempotency keys, body limits, retries and errors.

These are unit tests of the transport itself, so the server side is an httpx.MockTransport.
"""

from __future__ import annotations

import logging

import httpx
import pytest

from strait_sdk import APIConnectionError, APITimeoutError, RequestBodyTooLargeError, RetryPolicy
from strait_sdk._transport import AsyncRetryTransport, RetryTransport

FAST = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)


class Recorder:
    """Answers with the given statuses in order and keeps every request it saw."""

    def __init__(self, *answers: int | Exception, headers: dict[str, str] | None = None) -> None:
        self.answers = list(answers)
        self.headers = headers or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, headers=self.headers, json={"ok": answer < 400})


def client_for(recorder: Recorder, policy: RetryPolicy = FAST) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(httpx.MockTransport(recorder), policy, sleep=sleeps.append)
    return httpx.Client(transport=transport, base_url="http://127.0.0.1:9"), sleeps


def operation(name: str) -> dict[str, str]:
    """The request extension that generated operations set."""
    return {"strait_operation": name}


def test_request_id_added_and_kept() -> None:
    recorder = Recorder(503, 200)
    client, _ = client_for(recorder)

    client.get("/v1/runs/r1", extensions=operation("get_run"))

    ids = {request.headers["X-Request-Id"] for request in recorder.requests}
    assert len(recorder.requests) == 2
    assert len(ids) == 1
    assert ids.pop().startswith("req_")


def test_caller_request_id_wins() -> None:
    recorder = Recorder(200)
    client, _ = client_for(recorder)

    client.get("/health", headers={"X-Request-Id": "mine"})

    assert recorder.requests[0].headers["X-Request-Id"] == "mine"


def test_idempotency_key_reused_on_retry() -> None:
    recorder = Recorder(502, 503, 201)
    client, sleeps = client_for(recorder)

    response = client.post("/v1/jobs/j/trigger", json={}, extensions=operation("trigger_job"))

    keys = [request.headers["Idempotency-Key"] for request in recorder.requests]
    assert response.status_code == 201
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert len(sleeps) == 2


def test_caller_idempotency_key_kept() -> None:
    recorder = Recorder(201)
    client, _ = client_for(recorder)

    client.post(
        "/v1/jobs",
        json={},
        headers={"Idempotency-Key": "order-7"},
        extensions=operation("create_job"),
    )

    assert recorder.requests[0].headers["Idempotency-Key"] == "order-7"


def test_no_idempotency_key_on_run_plane() -> None:
    recorder = Recorder(201)
    client, _ = client_for(recorder)

    client.post("/sdk/v1/runs/r/log", json={"message": "x"}, extensions=operation("sdk_log"))

    assert "Idempotency-Key" not in recorder.requests[0].headers


def test_unsafe_call_not_retried_on_503() -> None:
    recorder = Recorder(503, 201)
    client, sleeps = client_for(recorder)

    response = client.post(
        "/sdk/v1/runs/r/log", json={"message": "x"}, extensions=operation("sdk_log")
    )

    assert response.status_code == 503
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_unsafe_call_retried_on_429() -> None:
    recorder = Recorder(429, 201, headers={"Retry-After": "0"})
    client, sleeps = client_for(recorder)

    response = client.post(
        "/sdk/v1/runs/r/log", json={"message": "x"}, extensions=operation("sdk_log")
    )

    assert response.status_code == 201
    assert sleeps == [0.0]


def test_retry_after_above_ceiling_returns_429() -> None:
    recorder = Recorder(429, headers={"Retry-After": "3600"})
    client, sleeps = client_for(recorder)

    response = client.get("/v1/runs", extensions=operation("list_runs"))

    assert response.status_code == 429
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_budget_is_respected() -> None:
    recorder = Recorder(500)
    client, sleeps = client_for(recorder)

    response = client.get("/v1/runs", extensions=operation("list_runs"))

    assert response.status_code == 500
    assert len(recorder.requests) == FAST.max_retries + 1
    assert len(sleeps) == FAST.max_retries
    assert all(0 < delay <= FAST.max_delay for delay in sleeps)


def test_connect_error_becomes_sdk_error() -> None:
    recorder = Recorder(httpx.ConnectError("connection refused"))
    client, sleeps = client_for(recorder)

    with pytest.raises(APIConnectionError) as caught:
        client.post("/sdk/v1/runs/r/complete", json={}, extensions=operation("sdk_complete"))

    # The request never left, so even a non-repeatable call was tried again.
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert caught.value.request_id == recorder.requests[0].headers["X-Request-Id"]
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_read_timeout_not_repeated_for_unsafe() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    client, _ = client_for(recorder)

    with pytest.raises(APITimeoutError):
        client.post("/sdk/v1/runs/r/complete", json={}, extensions=operation("sdk_complete"))

    assert len(recorder.requests) == 1


def test_body_over_limit_never_sent() -> None:
    recorder = Recorder(200)
    client, _ = client_for(recorder)

    with pytest.raises(RequestBodyTooLargeError) as caught:
        client.post(
            "/sdk/v1/runs/r/checkpoint",
            content=b"x" * 1_048_577,
            extensions=operation("sdk_checkpoint"),
        )

    assert recorder.requests == []
    assert caught.value.size == 1_048_577


def test_retries_logged_with_request_id(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(503, 200)
    client, _ = client_for(recorder)

    with caplog.at_level(logging.INFO, logger="strait_sdk"):
        client.get(
            "/v1/runs/r", headers={"X-Request-Id": "req_abc"}, extensions=operation("get_run")
        )

    retry_lines = [
        record.getMessage() for record in caplog.records if "retrying" in record.getMessage()
    ]
    assert len(retry_lines) == 1
    assert "req_abc" in retry_lines[0]
    assert "attempt 2 of 3" in retry_lines[0]


async def test_async_transport_retries() -> None:
    recorder = Recorder(503, 503, 200)
    sleeps: list[float] = []

    async def record_sleep(delay: float) -> None:
        sleeps.append(delay)

    transport = AsyncRetryTransport(httpx.MockTransport(recorder), FAST, sleep=record_sleep)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:9") as client:
        response = await client.get("/v1/runs", extensions={"strait_operation": "list_runs"})

    assert response.status_code == 200
    assert len(sleeps) == 2
    assert len({request.headers["X-Request-Id"] for request in recorder.requests}) == 1
