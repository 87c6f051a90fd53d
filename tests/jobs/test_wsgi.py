"""wsgi_app: werkzeug's threaded server serves it, alone or mounted beside a Flask app."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from strait_sdk import InvalidArgumentError, Strait
from strait_sdk.jobs import AsyncRunContext, RunContext, wsgi_app
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job

from .conftest import (
    UNUSED_BASE_URL,
    Calls,
    dispatch_headers,
    error_of,
    new_signing_secret,
    post,
    run_events,
    run_to_end,
    signature_headers,
    trigger,
    wait_for_heartbeats,
    wsgi_server,
)

MakeJob = Callable[..., Job]


def flask_with_jobs(jobs_app: Any) -> Any:
    """A Flask app with its own route, and the job endpoint mounted under /strait."""
    flask_app = Flask(__name__)

    @flask_app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return DispatcherMiddleware(flask_app.wsgi_app, {"/strait": jobs_app})


def test_flask_mount_completes_run(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def summarise(payload: Any, ctx: RunContext) -> dict[str, Any]:
        calls.record(thread=threading.current_thread().name, ctx=type(ctx))
        ctx.progress(50, "half way")
        return {"count": len(payload["orders"]), "max": max(payload["orders"])}

    app = flask_with_jobs(wsgi_app(summarise, base_url=strait_server.base_url))
    with wsgi_server(app) as url:
        health = httpx.get(f"{url}/health", trust_env=False)
        run = run_to_end(client, make_job(f"{url}/strait"), {"orders": [5, 9, 2]})

    assert health.json() == {"status": "ok"}
    assert run.status == "completed"
    assert run.result == {"count": 3, "max": 9}
    assert len(calls) == 1
    assert calls.items[0]["ctx"] is RunContext
    assert [event.message for event in run_events(client, run.id, "progress")] == ["half way"]


def test_async_handler_runs_under_asyncio_run(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    async def fetch_twice(payload: Any, ctx: AsyncRunContext) -> list[str]:
        calls.record(ctx=type(ctx))
        results = await asyncio.gather(ctx.set_state("a", 1), ctx.set_state("b", 2))
        return sorted(state.state_key for state in results)

    with wsgi_server(wsgi_app(fetch_twice, base_url=strait_server.base_url)) as url:
        first = run_to_end(client, make_job(url), {})
        second = run_to_end(client, make_job(url), {})

    assert first.status == "completed"
    assert first.result == ["a", "b"]
    assert second.result == ["a", "b"]
    assert calls.items == [{"ctx": AsyncRunContext}, {"ctx": AsyncRunContext}]


def test_wrong_signature_rejected(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    app = wsgi_app(handle, signing_secret=new_signing_secret(), base_url=strait_server.base_url)
    with wsgi_server(app) as url:
        job = make_job(url, signing_secret=new_signing_secret(), max_attempts=2)
        run = run_to_end(client, job, {})

    assert run.status == "failed"
    assert run.attempt == 2
    assert run.error
    assert "HTTP 401" in run.error
    assert len(calls) == 0


def test_signed_dispatch_completes(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    secret = new_signing_secret()

    def handle(payload: Any, ctx: RunContext) -> Any:
        return payload

    app = wsgi_app(handle, signing_secret=secret, base_url=strait_server.base_url)
    with wsgi_server(app) as url:
        run = run_to_end(client, make_job(url, signing_secret=secret), {"echo": [1, "two"]})

    assert run.status == "completed"
    assert run.result == {"echo": [1, "two"]}


def test_future_timestamp_rejected(calls: Calls) -> None:
    secret = new_signing_secret()

    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    body = b"{}"
    future = int(time.time()) + 3_600
    headers = {**dispatch_headers(), **signature_headers(secret, body, future)}
    app = wsgi_app(handle, signing_secret=secret, base_url=UNUSED_BASE_URL)
    with wsgi_server(app) as url:
        response = post(url, body, headers)

    assert response.status_code == 401
    assert "in the future" in error_of(response)
    assert len(calls) == 0


def test_retry_resumes_from_checkpoint(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def send_emails(payload: Any, ctx: RunContext) -> dict[str, Any]:
        sent = list(ctx.last_checkpoint["sent"]) if ctx.has_last_checkpoint else []
        calls.record(attempt=ctx.attempt, already_sent=list(sent))
        for address in payload["to"]:
            if address in sent:
                continue
            if ctx.attempt == 1 and len(sent) == 2:
                raise TimeoutError("the mail server timed out")
            sent.append(address)
            ctx.checkpoint({"sent": sent})
        return {"sent": sent}

    # Non-ASCII text travels as UTF-8 in the X-Last-Checkpoint header.
    addresses = ["a@example.com", "jürgen@example.com", "c@example.com"]
    with wsgi_server(wsgi_app(send_emails, base_url=strait_server.base_url)) as url:
        run = run_to_end(client, make_job(url, max_attempts=2), {"to": addresses})

    assert run.status == "completed"
    assert run.result == {"sent": addresses}
    assert calls.items == [
        {"attempt": 1, "already_sent": []},
        {"attempt": 2, "already_sent": addresses[:2]},
    ]
    errors = run_events(client, run.id, "error")
    assert len(errors) == 1
    assert "TimeoutError: the mail server timed out" in errors[0].message


def test_heartbeats_while_handler_runs(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    release = threading.Event()

    def slow(payload: Any, ctx: RunContext) -> str:
        release.wait(15)
        return "done"

    app = wsgi_app(slow, base_url=strait_server.base_url, heartbeat_interval_s=0.2)
    with wsgi_server(app) as url:
        run_id = trigger(client, make_job(url), {})
        try:
            # Ten heartbeats 0.2 s apart keep the job running for about two seconds.
            beats = wait_for_heartbeats(client, run_id, count=10)
        finally:
            release.set()
        run = client.runs.wait(run_id, timeout=20)

    assert beats == sorted(beats)
    assert (beats[-1] - beats[0]).total_seconds() >= 1.5
    assert run.status == "completed"


def test_bad_requests_rejected(calls: Calls) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    app = wsgi_app(handle, max_body_bytes=100, base_url=UNUSED_BASE_URL)
    with wsgi_server(app) as url, httpx.Client(trust_env=False, timeout=10) as http:
        wrong_method = http.put(url, content=b"{}")
        too_large = http.post(url, content=b"[" + b"1," * 100 + b"1]", headers=dispatch_headers())
        chunked = http.post(url, content=iter([b"{", b"}"]), headers=dispatch_headers())
        not_utf8 = http.post(url, content=b'"\xff\xfe"', headers=dispatch_headers())

    assert wrong_method.status_code == 405
    assert too_large.status_code == 413
    assert chunked.status_code == 200
    assert not_utf8.status_code == 400
    assert "not UTF-8" in error_of(not_utf8)
    assert calls.items == [{"payload": {}}]


def test_handler_must_be_callable() -> None:
    with pytest.raises(InvalidArgumentError, match="handler must be a function"):
        wsgi_app("not a function")  # type: ignore[arg-type]


def test_signing_secret_must_not_be_empty() -> None:
    def handle(payload: Any, ctx: RunContext) -> None:
        return None

    with pytest.raises(InvalidArgumentError, match="signing_secret"):
        wsgi_app(handle, signing_secret="  ")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_clock_skew_s", 0),
        ("max_clock_skew_s", float("inf")),
        ("heartbeat_interval_s", -1),
        ("heartbeat_interval_s", float("nan")),
        ("max_body_bytes", 0),
        ("max_body_bytes", 1.5),
        ("capture_logs", ""),
        ("capture_logs", 1),
    ],
)
def test_invalid_options_rejected(option: str, value: Any) -> None:
    def handle(payload: Any, ctx: RunContext) -> None:
        return None

    with pytest.raises(InvalidArgumentError, match=option):
        wsgi_app(handle, **{option: value})
