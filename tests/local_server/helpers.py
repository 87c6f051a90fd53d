"""Helpers for the local server tests: a recording job endpoint, run tokens, workflows
and event streams."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import ssl
import threading
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

# Tests talk plain HTTP to loopback. One shared context saves loading CA certificates
# for every client.
_TLS_CONTEXT = ssl.create_default_context()


@dataclass
class Reply:
    """How the endpoint replies to one dispatch. ``hold`` delays the reply until it is set."""

    status: int = 200
    body: bytes = b'{"ok":true}'
    content_type: str = "application/json"
    delay_secs: float = 0.0
    hold: threading.Event | None = None


@dataclass
class Dispatch:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def token(self) -> str:
        return self.headers["x-run-token"]


@dataclass
class JobEndpoint:
    """An HTTP job endpoint on 127.0.0.1 that records each dispatch it receives.

    Replies are taken from ``replies`` in order; once it is empty, every dispatch gets
    200 with ``{"ok":true}``.
    """

    replies: list[Reply] = field(default_factory=list)
    dispatches: list[Dispatch] = field(default_factory=list)
    _condition: threading.Condition = field(default_factory=threading.Condition)
    _release_events: list[threading.Event] = field(default_factory=list)
    _reply_count: int = 0

    def __post_init__(self) -> None:
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                reply = endpoint._record(
                    Dispatch(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                if reply.hold is not None:
                    reply.hold.wait(10)
                time.sleep(reply.delay_secs)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    return
                endpoint._count_reply()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/run"

    def hold_next(self, reply: Reply | None = None) -> threading.Event:
        """Queue a reply that waits until the returned event is set (or 10 s pass)."""
        release = threading.Event()
        held_reply = reply or Reply()
        held_reply.hold = release
        self._release_events.append(release)
        self.replies.append(held_reply)
        return release

    def wait_for_dispatches(self, count: int, timeout: float = 5.0) -> list[Dispatch]:
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self.dispatches) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"expected {count} dispatches, got {len(self.dispatches)}")
                self._condition.wait(remaining)
            return list(self.dispatches)

    def wait_for_replies(self, count: int, timeout: float = 5.0) -> None:
        """Wait until the endpoint has written ``count`` replies."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._reply_count < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"expected {count} replies, got {self._reply_count}")
                self._condition.wait(remaining)

    def release_all(self) -> None:
        for release in self._release_events:
            release.set()

    def close(self) -> None:
        self.release_all()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _count_reply(self) -> None:
        with self._condition:
            self._reply_count += 1
            self._condition.notify_all()

    def _record(self, dispatch: Dispatch) -> Reply:
        with self._condition:
            self.dispatches.append(dispatch)
            self._condition.notify_all()
            return self.replies.pop(0) if self.replies else Reply()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_json(segment: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def make_token(key: str, claims: dict[str, Any], *, alg: str = "HS256") -> str:
    """Sign claims as a JWT, independently of the server's own token code."""
    digests = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}
    signing_input = b64url(json.dumps({"alg": alg, "typ": "JWT"}).encode()) + "."
    signing_input += b64url(json.dumps(claims).encode())
    signature = hmac.new(key.encode(), signing_input.encode(), digests[alg]).digest()
    return signing_input + "." + b64url(signature)


def run_claims(run_id: str, attempt: int = 1, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {
        "iss": "strait:run-token",
        "sub": run_id,
        "attempt": attempt,
        "iat": now,
        "exp": now + 300,
    }
    claims.update(overrides)
    return claims


def loopback_client(server: LocalStrait, bearer: str) -> httpx.Client:
    """Return a client for the server that sends ``bearer`` in the Authorization header."""
    return httpx.Client(
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {bearer}"},
        trust_env=False,
        timeout=10,
        verify=_TLS_CONTEXT,
    )


def sdk(server: LocalStrait, token: str) -> httpx.Client:
    """Return a client for the run plane that sends ``token`` as the bearer."""
    return loopback_client(server, token)


def create_job(
    api: httpx.Client, server: LocalStrait, endpoint_url: str, **settings: Any
) -> dict[str, Any]:
    body = {
        "project_id": server.project_id,
        "name": settings.pop("name", "Test job"),
        "slug": settings.pop("slug", "test-job"),
        "endpoint_url": endpoint_url,
        **settings,
    }
    response = api.post("/v1/jobs", json=body)
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


def trigger(api: httpx.Client, job_id: str, payload: Any = None, **fields: Any) -> dict[str, Any]:
    body = dict(fields)
    if payload is not None:
        body["payload"] = payload
    response = api.post(f"/v1/jobs/{job_id}/trigger", json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def iter_pages(api: httpx.Client, path: str, limit: int) -> Iterator[dict[str, Any]]:
    """Yield each page envelope of a paginated list, following next_cursor."""
    params: dict[str, Any] = {"limit": limit}
    while True:
        response = api.get(path, params=params)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        yield page
        if not page["has_more"]:
            return
        params["cursor"] = page["next_cursor"]


def create_workflow(
    api: httpx.Client, server: LocalStrait, steps: list[dict[str, Any]], **fields: Any
) -> dict[str, Any]:
    body = {
        "project_id": server.project_id,
        "name": fields.pop("name", "Test workflow"),
        "slug": fields.pop("slug", "test-workflow"),
        "steps": steps,
        **fields,
    }
    response = api.post("/v1/workflows", json=body)
    assert response.status_code == 201, response.text
    workflow: dict[str, Any] = response.json()
    return workflow


def trigger_workflow(api: httpx.Client, workflow_id: str, **fields: Any) -> dict[str, Any]:
    response = api.post(f"/v1/workflows/{workflow_id}/trigger", json=fields)
    assert response.status_code == 201, response.text
    run: dict[str, Any] = response.json()
    return run


def step_runs_by_ref(api: httpx.Client, workflow_run_id: str) -> dict[str, dict[str, Any]]:
    response = api.get(f"/v1/workflow-runs/{workflow_run_id}/steps", params={"limit": 100})
    assert response.status_code == 200, response.text
    return {step["step_ref"]: step for step in response.json()["data"]}


def wait_for_workflow_run(
    api: httpx.Client,
    workflow_run_id: str,
    statuses: Collection[str] = ("completed", "failed", "timed_out", "canceled"),
    timeout: float = 5.0,
) -> dict[str, Any]:
    """Poll the workflow run until its status is in ``statuses`` and return it."""
    deadline = time.monotonic() + timeout
    while True:
        run: dict[str, Any] = api.get(f"/v1/workflow-runs/{workflow_run_id}").json()
        if run["status"] in statuses:
            return run
        if time.monotonic() > deadline:
            raise TimeoutError(f"workflow run is {run['status']}, expected one of {statuses}")
        time.sleep(0.02)


def wait_for_step_status(
    api: httpx.Client, workflow_run_id: str, step_ref: str, status: str, timeout: float = 5.0
) -> dict[str, Any]:
    """Poll the run's step runs until ``step_ref`` has ``status`` and return that step run."""
    deadline = time.monotonic() + timeout
    while True:
        step = step_runs_by_ref(api, workflow_run_id)[step_ref]
        if step["status"] == status:
            return step
        if time.monotonic() > deadline:
            raise TimeoutError(f"step {step_ref} is {step['status']}, expected {status}")
        time.sleep(0.02)


@dataclass
class SseFrame:
    """One server-sent event frame. A keepalive is a frame with only ``comment`` set."""

    event: str | None = None
    data: str = ""
    comment: str | None = None

    def json(self) -> Any:
        return json.loads(self.data)


def iter_sse(response: httpx.Response) -> Iterator[SseFrame]:
    """Yield the frames of an open event-stream response until the server ends it."""
    frame = SseFrame()
    for line in response.iter_lines():
        if not line:
            if frame != SseFrame():
                yield frame
            frame = SseFrame()
        elif line.startswith(":"):
            frame.comment = line[1:].strip()
        elif line.startswith("event:"):
            frame.event = line[len("event:") :].strip()
        elif line.startswith("data:"):
            data = line[len("data:") :].removeprefix(" ")
            frame.data = f"{frame.data}\n{data}" if frame.data else data
