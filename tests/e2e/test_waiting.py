"""Waiting for runs over real HTTP: runs.wait and jobs.trigger_and_wait, sync and async."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from strait_sdk import AsyncStrait, RunWaitTimeoutError, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job, RunStatus, TriggeredRun, TriggerRequest
from tests.support.job_endpoint import JobEndpoint


def answer_next(
    endpoint: JobEndpoint, status: int, body: object, delay_s: float = 0.0
) -> threading.Thread:
    """Answer the next dispatch from a thread, after `delay_s`."""

    def work() -> None:
        dispatch = endpoint.next_dispatch()
        time.sleep(delay_s)
        dispatch.answer(status, body)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def test_trigger_and_wait_returns_result(
    client: Strait, job: Job, job_endpoint: JobEndpoint
) -> None:
    answering = answer_next(job_endpoint, 200, {"sum": 6}, delay_s=0.3)

    run = client.jobs.trigger_and_wait(
        job.id, body=TriggerRequest(payload={"n": [1, 2, 3]}), timeout=10
    )

    answering.join(timeout=5)
    assert run.status == RunStatus.COMPLETED
    assert run.result == {"sum": 6}
    assert run.finished_at is not None


def test_wait_sees_failure(client: Strait, job: Job, job_endpoint: JobEndpoint) -> None:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest())
    assert isinstance(triggered, TriggeredRun)
    # The job allows two attempts; both fail.
    answer_next(job_endpoint, 500, {"error": "boom"})
    second = answer_next(job_endpoint, 500, {"error": "boom again"})

    run = client.runs.wait(triggered.id, timeout=10, poll_interval=0.05)

    second.join(timeout=5)
    assert run.status == RunStatus.FAILED
    assert run.attempt == 2


def test_wait_times_out_on_time(client: Strait, job: Job, job_endpoint: JobEndpoint) -> None:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest())
    assert isinstance(triggered, TriggeredRun)
    dispatch = job_endpoint.next_dispatch()

    started = time.monotonic()
    with pytest.raises(RunWaitTimeoutError) as caught:
        client.runs.wait(triggered.id, timeout=0.6, poll_interval=0.2)
    waited = time.monotonic() - started

    dispatch.answer(200)
    assert caught.value.run_id == triggered.id
    assert caught.value.last_status == "executing"
    assert isinstance(caught.value, TimeoutError)
    assert 0.6 <= waited < 1.5


async def test_async_trigger_and_wait(
    strait_server: LocalStrait, job: Job, job_endpoint: JobEndpoint
) -> None:
    answering = answer_next(job_endpoint, 200, {"ok": True}, delay_s=0.2)

    async with AsyncStrait(
        base_url=strait_server.base_url, api_key=strait_server.api_key
    ) as client:
        run = await client.jobs.trigger_and_wait(job.id, timeout=10)
        again = await client.runs.wait(run.id, timeout=1)

    await asyncio.to_thread(answering.join, 5)
    assert run.status == RunStatus.COMPLETED
    assert again.id == run.id
