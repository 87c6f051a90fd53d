"""Following server-sent-event streams over real HTTP, sync and async, with reconnects."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator

import pytest

from strait_sdk import AsyncStrait, GoneError, RunContext, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import (
    CreateJobRequest,
    EventTrigger,
    EventTriggerStatusChange,
    Job,
    RunEventFrame,
    RunStatusChangeFrame,
    SendEventRequest,
    TriggeredRun,
    TriggerRequest,
)
from tests.support.job_endpoint import JobEndpoint


@pytest.fixture(scope="module")
def short_lived_streams() -> Iterator[LocalStrait]:
    """A server that cuts every stream after 1 s, as the real one does after about 90 s."""
    with LocalStrait(
        retry_delay_secs=0.05, sse_max_duration_secs=1.0, sse_keepalive_secs=0.2
    ) as server:
        yield server


def make_job(client: Strait, server: LocalStrait, endpoint: JobEndpoint) -> Job:
    return client.jobs.create(
        body=CreateJobRequest(
            project_id=server.project_id,
            name="streamed",
            slug=f"streamed-{time.monotonic_ns()}",
            endpoint_url=endpoint.url,
            max_attempts=1,
        )
    )


def run_job_slowly(endpoint: JobEndpoint, base_url: str, long_pause_s: float) -> threading.Thread:
    """Answer the next dispatch after logging twice, `long_pause_s` apart, through the run plane.

    The reader's connection is cut once a second; the lines are timed to fall well inside a
    connection, because frames sent while the reader reconnects are lost by design.
    """

    def work() -> None:
        dispatch = endpoint.next_dispatch()
        with RunContext.from_headers(dispatch.headers, base_url=base_url) as ctx:
            time.sleep(0.3)
            ctx.log("first line")
            time.sleep(long_pause_s)
            ctx.log("second line")
        dispatch.answer(200, {"done": True})

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_run_stream_until_finished(
    short_lived_streams: LocalStrait, job_endpoint: JobEndpoint, caplog: pytest.LogCaptureFixture
) -> None:
    server = short_lived_streams
    caplog.set_level(logging.INFO, logger="strait_sdk")
    with Strait(base_url=server.base_url, api_key=server.api_key) as client:
        job = make_job(client, server, job_endpoint)
        triggered = client.jobs.trigger(job.id, body=TriggerRequest())
        assert isinstance(triggered, TriggeredRun)
        # The job runs longer than a connection lives, so the reader must reconnect.
        worker = run_job_slowly(job_endpoint, server.base_url, long_pause_s=1.2)

        frames = list(client.runs.stream(triggered.id, reconnect_delay=0.05))

    worker.join(timeout=10)
    messages = [frame.message for frame in frames if isinstance(frame, RunEventFrame)]
    changes = [frame for frame in frames if isinstance(frame, RunStatusChangeFrame)]
    assert "first line" in messages
    assert "second line" in messages
    assert changes[-1].to == "completed"
    assert any("reconnect" in r.getMessage() for r in caplog.records)


def test_stream_of_finished_run_is_gone(
    client: Strait, job: Job, job_endpoint: JobEndpoint
) -> None:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest())
    assert isinstance(triggered, TriggeredRun)
    job_endpoint.next_dispatch().answer(200)
    client.runs.wait(triggered.id, timeout=10)

    with pytest.raises(GoneError):
        next(client.runs.stream(triggered.id))


async def test_async_run_stream(
    short_lived_streams: LocalStrait, job_endpoint: JobEndpoint
) -> None:
    server = short_lived_streams
    with Strait(base_url=server.base_url, api_key=server.api_key) as sync_client:
        job = make_job(sync_client, server, job_endpoint)

    async with AsyncStrait(base_url=server.base_url, api_key=server.api_key) as client:
        triggered = await client.jobs.trigger(job.id, body=TriggerRequest())
        assert isinstance(triggered, TriggeredRun)
        worker = run_job_slowly(job_endpoint, server.base_url, long_pause_s=0.2)
        frames = [frame async for frame in client.runs.stream(triggered.id, reconnect_delay=0.05)]

    await asyncio.to_thread(worker.join, 10)
    assert any(isinstance(f, RunEventFrame) and f.message == "second line" for f in frames)
    assert isinstance(frames[-1], RunStatusChangeFrame)
    assert frames[-1].to == "completed"


def test_event_trigger_stream_ends_on_send(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest())
    assert isinstance(triggered, TriggeredRun)
    dispatch = job_endpoint.next_dispatch()
    key = f"stream-{triggered.id}"
    with RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url) as ctx:
        ctx.wait_for_event(key)
    dispatch.answer(200)

    def send_later() -> None:
        time.sleep(0.3)
        client.event_triggers.send(key, body=SendEventRequest(payload={"ok": True}))

    sender = threading.Thread(target=send_later, daemon=True)
    sender.start()
    frames = list(client.event_triggers.stream(key))
    sender.join(timeout=5)
    job_endpoint.next_dispatch().answer(200)

    assert isinstance(frames[0], EventTrigger)
    assert frames[0].status == "waiting"
    assert str(frames[-1].status) == "received"
    assert isinstance(frames[-1], EventTrigger | EventTriggerStatusChange)


async def test_async_event_trigger_stream(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest())
    assert isinstance(triggered, TriggeredRun)
    dispatch = await asyncio.to_thread(job_endpoint.next_dispatch)
    key = f"async-stream-{triggered.id}"
    with RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url) as ctx:
        ctx.wait_for_event(key)
    dispatch.answer(200)

    async with AsyncStrait(base_url=strait_server.base_url, api_key=strait_server.api_key) as api:

        async def send_later() -> None:
            await asyncio.sleep(0.3)
            await api.event_triggers.send(key, body=SendEventRequest(payload={"go": True}))

        sender = asyncio.create_task(send_later())
        frames = [frame async for frame in api.event_triggers.stream(key)]
        await sender
    (await asyncio.to_thread(job_endpoint.next_dispatch)).answer(200)

    assert isinstance(frames[0], EventTrigger)
    assert str(frames[-1].status) == "received"
