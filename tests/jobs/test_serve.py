"""JobServer and serve(): the standard-library server that the local server dispatches to."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from strait_sdk import Strait
from strait_sdk.jobs import AsyncRunContext, JobServer, RunContext
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job

from .conftest import (
    UNUSED_BASE_URL,
    Calls,
    dispatch_headers,
    error_of,
    new_signing_secret,
    post,
    run_to_end,
    trigger,
    wait_for_heartbeats,
    wait_until,
)

MakeJob = Callable[..., Job]


def test_sync_handler_completes_run(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def resize(payload: Any, ctx: RunContext) -> dict[str, Any]:
        calls.record(attempt=ctx.attempt, job_id=ctx.job_id)
        return {"width": payload["width"] // 2}

    with JobServer(resize, port=0, base_url=strait_server.base_url) as server:
        job = make_job(server.url)
        run = run_to_end(client, job, {"width": 640})

    assert run.status == "completed"
    assert run.result == {"width": 320}
    assert calls.items == [{"attempt": 1, "job_id": job.id}]


def test_async_handler_completes_run(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    async def wait_and_answer(payload: Any, ctx: AsyncRunContext) -> str:
        await asyncio.sleep(0.05)
        calls.record(ctx=type(ctx))
        return "answered"

    with JobServer(wait_and_answer, port=0, base_url=strait_server.base_url) as server:
        run = run_to_end(client, make_job(server.url), {})

    assert run.status == "completed"
    assert run.result == "answered"
    assert calls.items == [{"ctx": AsyncRunContext}]


def test_concurrent_runs_share_server(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    inside = threading.Semaphore(0)
    release = threading.Event()

    def wait_for_release(payload: Any, ctx: RunContext) -> int:
        inside.release()
        release.wait(15)
        return int(payload["n"])

    with JobServer(wait_for_release, port=0, base_url=strait_server.base_url) as server:
        job = make_job(server.url)
        run_ids = [trigger(client, job, {"n": n}) for n in range(3)]
        try:
            # All three handlers are inside at once, so each request has a thread of its own.
            for _ in run_ids:
                assert inside.acquire(timeout=10)
        finally:
            release.set()
        runs = [client.runs.wait(run_id, timeout=20) for run_id in run_ids]

    assert [run.result for run in runs] == [0, 1, 2]


def test_async_callable_object_awaited() -> None:
    class Doubler:
        async def __call__(self, payload: Any, ctx: AsyncRunContext) -> int:
            await asyncio.sleep(0)
            return int(payload["n"]) * 2

    with JobServer(Doubler(), port=0, base_url=UNUSED_BASE_URL) as server:
        response = post(server.url, b'{"n": 4}', dispatch_headers())

    assert response.status_code == 200
    assert response.json() == 8


def test_sync_handler_returning_coroutine() -> None:
    async def compute(payload: Any) -> int:
        return 1

    def forgot_async(payload: Any, ctx: RunContext) -> Any:
        return compute(payload)

    with JobServer(forgot_async, port=0, base_url=UNUSED_BASE_URL) as server:
        response = post(server.url, b"{}", dispatch_headers())

    assert response.status_code == 500
    assert "returned an awaitable" in error_of(response)
    assert "async def" in error_of(response)


def test_wrong_signature_rejected(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def handle(payload: Any, ctx: RunContext) -> str:
        calls.record(payload=payload)
        return "must not run"

    server = JobServer(
        handle, port=0, signing_secret=new_signing_secret(), base_url=strait_server.base_url
    )
    with server:
        run = run_to_end(client, make_job(server.url, signing_secret=new_signing_secret()), {})

    assert run.status == "failed"
    assert run.error
    assert "HTTP 401" in run.error
    assert len(calls) == 0


def test_retry_resumes_from_checkpoint(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, calls: Calls
) -> None:
    def count_to_five(payload: Any, ctx: RunContext) -> int:
        value = ctx.last_checkpoint["value"] if ctx.has_last_checkpoint else 0
        unit = ctx.last_checkpoint["unit"] if ctx.has_last_checkpoint else None
        calls.record(attempt=ctx.attempt, start=value, unit=unit)
        while value < 5:
            value += 1
            ctx.checkpoint({"value": value, "unit": "°C"})
            if ctx.attempt == 1 and value == 2:
                raise ArithmeticError("lost count at 2")
        return value

    with JobServer(count_to_five, port=0, base_url=strait_server.base_url) as server:
        run = run_to_end(client, make_job(server.url, max_attempts=2), {})

    assert run.status == "completed"
    assert run.result == 5
    assert calls.items == [
        {"attempt": 1, "start": 0, "unit": None},
        {"attempt": 2, "start": 2, "unit": "°C"},
    ]


def test_heartbeats_while_handler_runs(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob
) -> None:
    release = threading.Event()

    async def slow(payload: Any, ctx: AsyncRunContext) -> str:
        await asyncio.to_thread(release.wait, 15)
        return "done"

    server = JobServer(slow, port=0, base_url=strait_server.base_url, heartbeat_interval_s=0.2)
    with server:
        run_id = trigger(client, make_job(server.url), {})
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

    with (
        JobServer(handle, port=0, max_body_bytes=64, base_url=UNUSED_BASE_URL) as server,
        httpx.Client(trust_env=False, timeout=10) as http,
    ):
        wrong_method = http.delete(server.url)
        too_large = http.post(server.url, content=b"[" + b"0," * 40 + b"0]", headers={})
        chunked = http.post(server.url, content=iter([b"{}"]), headers=dispatch_headers())
        wrong_attempt = post(server.url, b"{}", dispatch_headers() | {"X-Attempt": "2"})

    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert too_large.status_code == 413
    assert chunked.status_code == 411
    assert "Content-Length" in error_of(chunked)
    assert wrong_attempt.status_code == 401
    assert "attempt" in error_of(wrong_attempt)
    assert len(calls) == 0


def test_close_releases_port() -> None:
    def handle(payload: Any, ctx: RunContext) -> None:
        return None

    server = JobServer(handle, port=0, base_url=UNUSED_BASE_URL).start()
    port = int(server.url.rsplit(":", 1)[1].rstrip("/"))
    server.close()
    server.close()

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_close_without_start_returns() -> None:
    def handle(payload: Any, ctx: RunContext) -> None:
        return None

    server = JobServer(handle, port=0, base_url=UNUSED_BASE_URL)
    started = time.monotonic()
    server.close()

    assert time.monotonic() - started < 5


_SERVE_SCRIPT = textwrap.dedent(
    """
    import sys
    from strait_sdk.jobs import serve

    def double(payload, ctx):
        return payload["n"] * 2

    serve(double, host="127.0.0.1", port=int(sys.argv[1]), base_url=sys.argv[2])
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to the child process")
def test_serve_runs_until_interrupted(
    strait_server: LocalStrait, client: Strait, make_job: MakeJob, tmp_path: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    script = tmp_path / "serve_double.py"
    script.write_text(_SERVE_SCRIPT)

    child = subprocess.Popen(
        [sys.executable, str(script), str(port), strait_server.base_url],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until(lambda: _accepts_connections(port), timeout_s=20)
        run = run_to_end(client, make_job(f"http://127.0.0.1:{port}/"), {"n": 21})
        child.send_signal(signal.SIGINT)
        returncode = child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    stderr = child.stderr.read().decode() if child.stderr else ""

    assert run.status == "completed"
    assert run.result == 42
    assert returncode == 0, stderr
    assert not _accepts_connections(port)


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False
