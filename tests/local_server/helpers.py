"""A recording job endpoint and run-token helpers for the local server tests."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import ssl
import threading
import time
from collections.abc import Iterator
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
