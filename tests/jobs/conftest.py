"""Fixtures and helpers for the job endpoint tests: real servers on 127.0.0.1 for the adapters,
and jobs on the session's local Strait server that dispatch runs to them."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as stdlib_secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from werkzeug.serving import make_server

from strait_sdk import Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest, Job, JobRun, RunEvent, TriggeredRun, TriggerRequest
from tests.support import secrets
from tests.support.tokens import make_claims, make_token

RUN_TIMEOUT_S = 20.0
# The run-plane URL for handlers that make no run-plane call: nothing listens on port 9.
UNUSED_BASE_URL = "http://127.0.0.1:9"


class Calls:
    """What a test handler saw on each call, recorded from whichever thread runs it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[dict[str, Any]] = []

    def record(self, **facts: Any) -> None:
        with self._lock:
            self.items.append(facts)

    def __len__(self) -> int:
        with self._lock:
            return len(self.items)


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def make_job(client: Strait, strait_server: LocalStrait) -> Callable[..., Job]:
    """Return a function that creates a job dispatching to an endpoint URL."""

    def create(
        endpoint_url: str,
        *,
        max_attempts: int = 1,
        signing_secret: str | None = None,
        timeout_secs: int = 60,
    ) -> Job:
        slug = f"jobs-{uuid.uuid4().hex[:12]}"
        body = CreateJobRequest(
            project_id=strait_server.project_id,
            name=f"Job endpoint test {slug}",
            slug=slug,
            endpoint_url=endpoint_url,
            max_attempts=max_attempts,
            timeout_secs=timeout_secs,
        )
        if signing_secret is not None:
            body.endpoint_signing_secret = signing_secret
        return client.jobs.create(body=body)

    return create


def trigger(client: Strait, job: Job, payload: Any) -> str:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest(payload=payload))
    assert isinstance(triggered, TriggeredRun)
    return triggered.id


def run_to_end(client: Strait, job: Job, payload: Any) -> JobRun:
    """Trigger a run of `job` and wait until it reaches a terminal status."""
    return client.runs.wait(trigger(client, job, payload), timeout=RUN_TIMEOUT_S)


def run_events(client: Strait, run_id: str, event_type: str) -> list[RunEvent]:
    """Return the run's events of one type, oldest first."""
    events = client.runs.list_events(run_id, type_=event_type, limit=100).data
    return sorted(events, key=lambda event: event.created_at)


def new_signing_secret() -> str:
    secret = f"whsec_{stdlib_secrets.token_hex(24)}"
    secrets.register(secret)
    return secret


def signature_headers(secret: str, body: bytes, timestamp: int) -> dict[str, str]:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Strait-Timestamp": str(timestamp), "X-Strait-Signature": f"v1={digest}"}


def dispatch_headers(run_id: str = "run_direct_0001", attempt: int = 1) -> dict[str, str]:
    """Headers of a dispatch sent by the test itself, with a well-formed, fresh run token.

    The token is not signed with the local server's key, so run-plane calls with it fail.
    The tests that use it make no run-plane calls.
    """
    now = int(time.time())
    token = make_token(make_claims(sub=run_id, attempt=attempt, iat=now, exp=now + 600))
    secrets.register(token)
    return {
        "Content-Type": "application/json",
        "X-Run-ID": run_id,
        "X-Job-ID": "job_direct",
        "X-Attempt": str(attempt),
        "X-Run-Token": token,
    }


def post(url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    with httpx.Client(trust_env=False, timeout=10) as http:
        return http.post(url, content=body, headers=headers)


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout_s} s")
        time.sleep(0.02)


@contextmanager
def uvicorn_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        wait_until(lambda: server.started)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def wsgi_server(app: Any) -> Iterator[str]:
    """Serve a WSGI app with werkzeug's threaded server on a free loopback port."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def error_of(response: httpx.Response) -> str:
    body = response.json()
    assert isinstance(body, dict)
    error = body["error"]
    assert isinstance(error, str)
    return error


def decoded(body: bytes) -> Any:
    return json.loads(body)


def wait_for_heartbeats(client: Strait, run_id: str, count: int = 2) -> list[Any]:
    """Poll the executing run until its heartbeat_at has taken `count` distinct values."""
    seen: list[Any] = []

    def advanced() -> bool:
        run = client.runs.get(run_id)
        value = run.heartbeat_at
        if value and str(run.status) == "executing" and value not in seen:
            seen.append(value)
        return len(seen) >= count

    wait_until(advanced)
    return seen
