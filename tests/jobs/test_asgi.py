"""asgi_app served by uvicorn, alone or inside FastAPI, with runs dispatched by the local server."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from starlette.routing import Route

from strait_sdk import Strait
from strait_sdk.jobs import AsyncRunContext, RunContext, asgi_app, resume
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job
from tests.support import secrets

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
    uvicorn_server,
    wait_for_heartbeats,
)

MakeJob = Callable[..., Job]


def test_fastapi_mount_completes_run(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def add_numbers(payload: Any, ctx: RunContext) -> dict[str, Any]:
        calls.record(payload=payload, run_id=ctx.run_id, attempt=ctx.attempt, ctx=type(ctx))
        return {"total": sum(payload["numbers"])}

    app = FastAPI()
    app.mount("/strait", asgi_app(add_numbers, base_url=strait_server.base_url))

    with uvicorn_server(app) as url:
        job = make_job(f"{url}/strait/")
        run = run_to_end(client, job, {"numbers": [1, 2, 3]})

    assert run.status == "completed"
    assert run.result == {"total": 6}
    assert calls.items == [
        {"payload": {"numbers": [1, 2, 3]}, "run_id": run.id, "attempt": 1, "ctx": RunContext}
    ]


def test_fastapi_route_endpoint_runs_async_handler(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    async def count_words(payload: Any, ctx: AsyncRunContext) -> dict[str, Any]:
        await ctx.log("counting words")
        calls.record(ctx=type(ctx), loop_running=asyncio.get_running_loop().is_running())
        return {"words": len(payload["text"].split())}

    app = FastAPI()
    endpoint = asgi_app(count_words, base_url=strait_server.base_url)
    app.router.routes.append(Route("/jobs/count-words", endpoint, methods=["POST"]))

    with uvicorn_server(app) as url:
        job = make_job(f"{url}/jobs/count-words")
        run = run_to_end(client, job, {"text": "one two three four"})

    assert run.status == "completed"
    assert run.result == {"words": 4}
    assert calls.items == [{"ctx": AsyncRunContext, "loop_running": True}]
    assert [event.message for event in run_events(client, run.id, "log")] == ["counting words"]


def test_bare_app_null_result(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    async def returns_nothing(payload: Any, ctx: AsyncRunContext) -> None:
        calls.record(payload=payload)

    with uvicorn_server(asgi_app(returns_nothing, base_url=strait_server.base_url)) as url:
        response = post(url, b"{}", dispatch_headers())
        job = make_job(url)
        run = run_to_end(client, job, {"x": 1})

    assert response.status_code == 200
    assert response.content == b"null"
    assert run.status == "completed"
    assert calls.items == [{"payload": {}}, {"payload": {"x": 1}}]


def test_signed_dispatch_completes(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    secret = new_signing_secret()

    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "signed and accepted"

    app = asgi_app(handle, signing_secret=secret, base_url=strait_server.base_url)
    with uvicorn_server(app) as url:
        run = run_to_end(client, make_job(url, signing_secret=secret), {"a": 1})

    assert run.status == "completed"
    assert run.result == "signed and accepted"
    assert calls.items == [{"payload": {"a": 1}}]


def test_wrong_signature_rejected(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    app = asgi_app(handle, signing_secret=new_signing_secret(), base_url=strait_server.base_url)
    with uvicorn_server(app) as url:
        job = make_job(url, signing_secret=new_signing_secret())
        run = run_to_end(client, job, {"a": 1})

    assert run.status == "failed"
    assert run.error
    assert "HTTP 401" in run.error
    assert "does not match" in run.error
    assert len(calls) == 0


def test_missing_signature_rejected(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    app = asgi_app(handle, signing_secret=new_signing_secret(), base_url=strait_server.base_url)
    with uvicorn_server(app) as url:
        run = run_to_end(client, make_job(url), {"a": 1})

    assert run.status == "failed"
    assert run.error
    assert "HTTP 401" in run.error
    assert "no X-Strait-Timestamp header" in run.error
    assert len(calls) == 0


def test_signing_secret_from_environment(
    strait_server: LocalStrait,
    client: Strait,
    make_job: MakeJob,
    calls: Calls,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = new_signing_secret()
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", secret)

    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "ok"

    app = asgi_app(handle, base_url=strait_server.base_url)
    with uvicorn_server(app) as url:
        unsigned = run_to_end(client, make_job(url), {"a": 1})
        signed = run_to_end(client, make_job(url, signing_secret=secret), {"a": 2})

    assert unsigned.status == "failed"
    assert signed.status == "completed"
    assert calls.items == [{"payload": {"a": 2}}]


def test_stale_timestamp_rejected(calls: Calls) -> None:
    secret = new_signing_secret()

    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    body = b'{"a":1}'
    stale = int(time.time()) - 600
    headers = {**dispatch_headers(), **signature_headers(secret, body, stale)}
    with uvicorn_server(asgi_app(handle, signing_secret=secret, heartbeat_interval_s=0)) as url:
        response = post(url, body, headers)

    assert response.status_code == 401
    assert "old" in error_of(response)
    assert "max_clock_skew_s" in error_of(response)
    assert len(calls) == 0


def test_handler_error_retried_attempt_runs(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def flaky(payload: Any, ctx: RunContext) -> dict[str, Any]:
        calls.record(attempt=ctx.attempt, previous_error=ctx.previous_error)
        if ctx.attempt == 1:
            token = ctx.client.config.api_key
            raise RuntimeError(f"upstream refused token {token} " + "x" * 3000)
        return {"attempt": ctx.attempt}

    with uvicorn_server(asgi_app(flaky, base_url=strait_server.base_url)) as url:
        run = run_to_end(client, make_job(url, max_attempts=2), {})

    assert run.status == "completed"
    assert run.result == {"attempt": 2}
    assert [call["attempt"] for call in calls.items] == [1, 2]

    previous_error = calls.items[1]["previous_error"]
    assert previous_error.startswith("endpoint returned HTTP 500")
    assert "RuntimeError: upstream refused token [redacted]" in previous_error

    errors = run_events(client, run.id, "error")
    assert len(errors) == 1
    assert "[redacted]" in errors[0].message


def test_handler_error_reply_bounded_and_redacted(caplog: pytest.LogCaptureFixture) -> None:
    signing_secret = new_signing_secret()
    job_secret = "job-secret-value-0123456789"
    secrets.register(job_secret)

    def leaky(payload: Any, ctx: RunContext) -> None:
        token = ctx.client.config.api_key
        raise ValueError(f"token={token} signing={signing_secret} db={job_secret} " + "y" * 5000)

    body = b'{"rows":[1,2]}'
    headers = {
        **dispatch_headers(),
        **signature_headers(signing_secret, body, int(time.time())),
        "X-Secret-Database-Password": job_secret,
    }
    app = asgi_app(
        leaky, signing_secret=signing_secret, heartbeat_interval_s=0, base_url=UNUSED_BASE_URL
    )
    with caplog.at_level(logging.ERROR, logger="strait_sdk.jobs"), uvicorn_server(app) as url:
        response = post(url, body, headers)

    error = error_of(response)
    assert response.status_code == 500
    assert error.startswith("ValueError: token=[redacted] signing=[redacted] db=[redacted] yyy")
    assert len(error) <= 1_000
    assert error.endswith("…")
    assert headers["X-Run-Token"] not in response.text
    assert signing_secret not in response.text
    assert job_secret not in response.text

    logged = [record.getMessage() for record in caplog.records if record.name == "strait_sdk.jobs"]
    assert len(logged) == 1
    assert "Traceback (most recent call last)" in logged[0]
    assert "in leaky" in logged[0]
    assert headers["X-Run-Token"] not in logged[0]
    assert job_secret not in logged[0]
    assert all(record.exc_info is None for record in caplog.records)


def test_retry_resumes_from_checkpoint(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    async def import_rows(payload: Any, ctx: AsyncRunContext) -> dict[str, Any]:
        start = ctx.last_checkpoint["next"] if ctx.has_last_checkpoint else 0
        calls.record(attempt=ctx.attempt, start=start, checkpoint=ctx.last_checkpoint)
        imported = []
        for index in range(start, len(payload["rows"])):
            imported.append(payload["rows"][index])
            await ctx.checkpoint({"next": index + 1, "note": "Zürich ✓"})
            if ctx.attempt == 1 and index == 2:
                raise ConnectionError("the database went away after row 3")
        return {"imported_by_last_attempt": imported}

    with uvicorn_server(asgi_app(import_rows, base_url=strait_server.base_url)) as url:
        job = make_job(url, max_attempts=2)
        run = run_to_end(client, job, {"rows": ["a", "b", "c", "d", "e"]})

    assert run.status == "completed"
    assert run.result == {"imported_by_last_attempt": ["d", "e"]}
    assert calls.items == [
        {"attempt": 1, "start": 0, "checkpoint": None},
        {"attempt": 2, "start": 3, "checkpoint": {"next": 3, "note": "Zürich ✓"}},
    ]


def test_resume_helper_skips_done_items(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def process(payload: Any, ctx: RunContext) -> int:
        for item in resume(payload["items"], ctx, every=1):
            calls.record(attempt=ctx.attempt, item=item)
            if ctx.attempt == 1 and item == 4:
                raise RuntimeError("crashed on item 4")
        return ctx.attempt

    with uvicorn_server(asgi_app(process, base_url=strait_server.base_url)) as url:
        run = run_to_end(client, make_job(url, max_attempts=2), {"items": [1, 2, 3, 4, 5]})

    assert run.status == "completed"
    assert run.result == 2
    handled = [(call["attempt"], call["item"]) for call in calls.items]
    assert handled == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 4), (2, 5)]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_heartbeats_while_handler_runs(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, kind: str
) -> None:
    release = threading.Event()

    def slow_sync(payload: Any, ctx: RunContext) -> str:
        release.wait(15)
        return "done"

    async def slow_async(payload: Any, ctx: AsyncRunContext) -> str:
        await asyncio.to_thread(release.wait, 15)
        return "done"

    handler = slow_sync if kind == "sync" else slow_async
    app = asgi_app(handler, base_url=strait_server.base_url, heartbeat_interval_s=0.2)
    with uvicorn_server(app) as url:
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
    assert run.result == "done"


@pytest.mark.parametrize("outcome", ["return", "raise"])
def test_heartbeats_stop_with_handler(outcome: str) -> None:
    run_id = f"run_heartbeat_stop_{outcome}"

    def quick(payload: Any, ctx: RunContext) -> str:
        time.sleep(0.5)
        if outcome == "raise":
            raise RuntimeError("failed after some heartbeats")
        return "done"

    def heartbeat_threads() -> list[str]:
        names = [thread.name for thread in threading.enumerate()]
        return [name for name in names if name == f"strait-heartbeat-{run_id}"]

    # Nothing listens at UNUSED_BASE_URL, so every heartbeat fails and is retried: only the
    # adapter stopping the heartbeater ends its thread.
    app = asgi_app(quick, base_url=UNUSED_BASE_URL, heartbeat_interval_s=0.1)
    with uvicorn_server(app) as url:
        response = post(url, b"{}", dispatch_headers(run_id=run_id))
        threads_after_reply = heartbeat_threads()

    assert response.status_code == (200 if outcome == "return" else 500)
    assert threads_after_reply == []


def test_unencodable_result_fails_attempt(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    def returns_set(payload: Any, ctx: RunContext) -> Any:
        return {"ids": {1, 2}}

    with uvicorn_server(asgi_app(returns_set, base_url=strait_server.base_url)) as url:
        run = run_to_end(client, make_job(url), {})

    assert run.status == "failed"
    assert run.error
    assert "HTTP 500" in run.error
    assert "cannot be encoded as JSON" in run.error


def test_ctx_complete_result_stands(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    def completes_itself(payload: Any, ctx: RunContext) -> dict[str, str]:
        ctx.complete({"by": "ctx.complete"})
        return {"by": "reply"}

    with uvicorn_server(asgi_app(completes_itself, base_url=strait_server.base_url)) as url:
        run = run_to_end(client, make_job(url), {})

    assert run.status == "completed"
    assert run.result == {"by": "ctx.complete"}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_capture_logs_sends_records(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, kind: str
) -> None:
    job_logger = logging.getLogger(f"tests.jobs.capture.{kind}")
    job_logger.setLevel(logging.INFO)

    def sync_handler(payload: Any, ctx: RunContext) -> None:
        job_logger.info("imported %d rows", payload["rows"])

    async def async_handler(payload: Any, ctx: AsyncRunContext) -> None:
        job_logger.warning("imported %d rows", payload["rows"])

    handler = sync_handler if kind == "sync" else async_handler
    app = asgi_app(handler, base_url=strait_server.base_url, capture_logs=job_logger.name)
    with uvicorn_server(app) as url:
        run = run_to_end(client, make_job(url), {"rows": 12})
    job_logger.info("logged after the run, so not captured")

    logs = run_events(client, run.id, "log")
    assert run.status == "completed"
    assert [event.message for event in logs] == ["imported 12 rows"]
    assert logs[0].data == {
        "logger": job_logger.name,
        "level_name": logging.getLevelName(logging.INFO if kind == "sync" else logging.WARNING),
    }


def test_bad_requests_rejected(calls: Calls) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    app = asgi_app(handle, max_body_bytes=1_000, heartbeat_interval_s=0)
    with uvicorn_server(app) as url:
        missing_token = post(url, b"{}", {"Content-Type": "application/json"})
        bad_json = post(url, b"{not json", dispatch_headers())
        too_large = post(url, json.dumps({"pad": "z" * 2_000}).encode(), dispatch_headers())
        with httpx.Client(trust_env=False, timeout=10) as http:
            wrong_method = http.get(url)

    assert missing_token.status_code == 401
    assert "no X-Run-Token header" in error_of(missing_token)
    assert bad_json.status_code == 400
    assert "not valid JSON" in error_of(bad_json)
    assert too_large.status_code == 413
    assert "1000 bytes" in error_of(too_large)
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert len(calls) == 0
