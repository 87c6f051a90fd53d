"""Heartbeater, AsyncHeartbeater and heartbeat_interval, over real HTTP against the local server."""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from strait_sdk import (
    AsyncRunContext,
    Dispatch,
    InvalidArgumentError,
    RunContext,
    RunTokenClaims,
    Strait,
    dispatch_from_headers,
)
from strait_sdk.jobs._heartbeat import AsyncHeartbeater, Heartbeater, heartbeat_interval
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest, Job
from tests.e2e.run_plane_helpers import start_run
from tests.support.job_endpoint import Dispatch as HeldDispatch
from tests.support.job_endpoint import JobEndpoint

INTERVAL_S = 0.2


def wait_until(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def running(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> Iterator[tuple[str, HeldDispatch, RunContext]]:
    run_id, dispatch = start_run(client, job, job_endpoint, {"rows": 3})
    ctx = RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    yield run_id, dispatch, ctx
    ctx.close()
    dispatch.answer(200, {"done": True})


def heartbeat_times(client: Strait, run_id: str, duration_s: float) -> set[datetime]:
    """Read the run's heartbeat_at every 50 ms for `duration_s` and return the distinct values."""
    seen: set[datetime] = set()
    deadline = time.monotonic() + duration_s
    while time.monotonic() < deadline:
        heartbeat_at = client.runs.get(run_id).heartbeat_at
        if isinstance(heartbeat_at, datetime):
            seen.add(heartbeat_at)
        time.sleep(0.05)
    return seen


def test_heartbeats_advance_heartbeat_at(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    assert not isinstance(client.runs.get(run_id).heartbeat_at, datetime)

    with Heartbeater(ctx, interval_s=INTERVAL_S) as heartbeater:
        seen = heartbeat_times(client, run_id, duration_s=2.0)
        assert heartbeater.running

    assert len(seen) >= 4
    assert heartbeater.sent >= len(seen)
    assert heartbeater.failed == 0
    assert not heartbeater.running


def test_stop_ends_heartbeats(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    heartbeater = Heartbeater(ctx, interval_s=INTERVAL_S).start()
    assert wait_until(lambda: heartbeater.sent >= 2)

    heartbeater.stop()
    sent = heartbeater.sent
    last = client.runs.get(run_id).heartbeat_at
    time.sleep(4 * INTERVAL_S)

    assert heartbeater.sent == sent
    assert client.runs.get(run_id).heartbeat_at == last


def test_stop_is_prompt_with_long_interval(running: Any) -> None:
    _, _, ctx = running
    heartbeater = Heartbeater(ctx, interval_s=60.0).start()
    time.sleep(0.1)

    started = time.monotonic()
    heartbeater.stop()
    elapsed_s = time.monotonic() - started

    # Generous bound for a shared machine; waiting out the interval would take 60 s.
    assert elapsed_s < 2.0
    assert not heartbeater.running
    assert heartbeater.sent == 0


def test_completed_run_stops_heartbeats(running: Any, caplog: pytest.LogCaptureFixture) -> None:
    _, _, ctx = running
    ctx.complete({"early": True})

    with caplog.at_level(logging.INFO, logger="strait_sdk.jobs"):
        heartbeater = Heartbeater(ctx, interval_s=0.05).start()
        assert wait_until(lambda: not heartbeater.running)

    assert heartbeater.sent == 0
    assert heartbeater.failed == 1
    assert heartbeater.stop_reason is not None
    assert "410" in heartbeater.stop_reason
    stops = [r for r in caplog.records if r.name == "strait_sdk.jobs" and "stopping" in r.message]
    assert len(stops) == 1
    assert "terminal state" in stops[0].getMessage()


def test_stale_token_stops_heartbeats(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    _, first = start_run(client, job, job_endpoint, {})
    stale_ctx = RunContext.from_headers(first.headers, base_url=strait_server.base_url)

    # The first attempt fails, so the server retries; attempt 1's token is then stale.
    first.answer(500, {"error": "boom"})
    second = job_endpoint.next_dispatch()
    try:
        assert second.headers["X-Attempt"] == "2"
        heartbeater = Heartbeater(stale_ctx, interval_s=0.05).start()
        assert wait_until(lambda: not heartbeater.running)

        assert heartbeater.sent == 0
        assert heartbeater.stop_reason is not None
        assert "401" in heartbeater.stop_reason
    finally:
        stale_ctx.close()
        second.answer(200, {})


def test_unreachable_server_is_retried(
    job_endpoint: JobEndpoint, caplog: pytest.LogCaptureFixture
) -> None:
    server = LocalStrait(retry_delay_secs=0.05).start()
    dispatch: HeldDispatch | None = None
    try:
        with Strait(base_url=server.base_url, api_key=server.api_key) as management:
            job = management.jobs.create(body=_job_request(server, job_endpoint))
            _, dispatch = start_run(management, job, job_endpoint, {})
        ctx = RunContext.from_headers(
            dispatch.headers, base_url=server.base_url, max_retries=0, timeout_ms=1000
        )
        heartbeater = Heartbeater(ctx, interval_s=INTERVAL_S).start()
        assert wait_until(lambda: heartbeater.sent >= 1)

        # stop() waits for the held dispatch, so it runs in a thread until the test answers
        # the dispatch in `finally`.
        stopper = threading.Thread(target=server.stop)
        with caplog.at_level(logging.DEBUG, logger="strait_sdk.jobs"):
            stopper.start()
            assert wait_until(lambda: heartbeater.failed >= 2)
            assert heartbeater.running
            heartbeater.stop()

        assert heartbeater.stop_reason is None
        warnings = [
            r
            for r in caplog.records
            if r.name == "strait_sdk.jobs" and r.levelno == logging.WARNING
        ]
        assert warnings
        assert "APIConnectionError" in warnings[0].getMessage()
        assert "retrying in" in warnings[0].getMessage()
        ctx.close()
    finally:
        if dispatch is not None:
            dispatch.answer(200, {})
        server.stop()


def _job_request(server: LocalStrait, endpoint: JobEndpoint) -> CreateJobRequest:
    slug = f"heartbeat-{uuid.uuid4().hex[:12]}"
    return CreateJobRequest(
        project_id=server.project_id,
        name=f"Heartbeat job {slug}",
        slug=slug,
        endpoint_url=endpoint.url,
        max_attempts=1,
        timeout_secs=60,
    )


@pytest.mark.parametrize("value", [0, -1.0, math.nan, math.inf, True, "5", None])
def test_bad_interval_rejected(running: Any, value: Any) -> None:
    _, _, ctx = running
    with pytest.raises(InvalidArgumentError, match="interval_s must be a finite number"):
        Heartbeater(ctx, interval_s=value)


def test_wrong_context_type_rejected(running: Any, strait_server: LocalStrait) -> None:
    _, dispatch, ctx = running
    actx = AsyncRunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)

    with pytest.raises(InvalidArgumentError, match="use AsyncHeartbeater"):
        Heartbeater(actx, interval_s=1.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="use Heartbeater"):
        AsyncHeartbeater(ctx, interval_s=1.0)


def _dispatch_with_lifetime(lifetime: timedelta) -> Dispatch:
    issued = datetime.now(UTC)
    claims = RunTokenClaims(
        run_id="run-1", attempt=1, expires_at=issued + lifetime, issued_at=issued
    )
    return Dispatch(run_id="run-1", attempt=1, token="unused-token-value", claims=claims)


@pytest.mark.parametrize(
    ("lifetime_s", "expected_s"),
    [
        (60 + 60, 6.0),  # a 60 s job timeout
        (300 + 60, 30.0),
        (3600 + 60, 60.0),  # capped
        (20 + 60, 5.0),  # floored
        (30, 5.0),  # a token shorter than the margin
    ],
)
def test_interval_from_token_lifetime(lifetime_s: int, expected_s: float) -> None:
    dispatch = _dispatch_with_lifetime(timedelta(seconds=lifetime_s))
    assert heartbeat_interval(dispatch) == pytest.approx(expected_s)


def test_explicit_interval_wins() -> None:
    dispatch = _dispatch_with_lifetime(timedelta(seconds=120))
    assert heartbeat_interval(dispatch, 0.5) == 0.5
    assert heartbeat_interval(dispatch, 90) == 90.0


@pytest.mark.parametrize("value", [0, -2, math.nan, math.inf, False, "1"])
def test_bad_explicit_interval_rejected(value: Any) -> None:
    dispatch = _dispatch_with_lifetime(timedelta(seconds=120))
    with pytest.raises(InvalidArgumentError, match="explicit_s must be a finite number"):
        heartbeat_interval(dispatch, value)


def test_interval_of_real_dispatch(running: Any, job: Job, strait_server: LocalStrait) -> None:
    _, dispatch, ctx = running
    # The job's timeout is 60 s, so the token lives about 120 s: 6 s between heartbeats.
    from_dispatch = heartbeat_interval(dispatch_from_headers(dispatch.headers))
    assert 5.0 <= from_dispatch <= 6.0
    assert heartbeat_interval(ctx) == pytest.approx(from_dispatch, abs=0.01)

    actx = AsyncRunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    assert heartbeat_interval(actx) == pytest.approx(from_dispatch, abs=0.01)


def test_interval_of_wrong_source_rejected() -> None:
    with pytest.raises(InvalidArgumentError, match="got str"):
        heartbeat_interval("run-1")  # type: ignore[arg-type]


async def test_async_heartbeats_advance(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})
    try:
        async with (
            AsyncRunContext.from_headers(dispatch.headers, base_url=strait_server.base_url) as ctx,
            AsyncHeartbeater(ctx, interval_s=INTERVAL_S) as heartbeater,
        ):
            seen = await asyncio.to_thread(heartbeat_times, client, run_id, 2.0)
            assert heartbeater.running

        assert len(seen) >= 4
        assert heartbeater.sent >= len(seen)
        assert heartbeater.failed == 0
        assert not heartbeater.running
    finally:
        dispatch.answer(200, {})


def _heartbeat_tasks() -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if t.get_name().startswith("strait-heartbeat-")]


async def test_async_cancellation_stops_heartbeats(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    _, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})
    started = asyncio.Event()
    holder: list[AsyncHeartbeater] = []

    async def handler(ctx: AsyncRunContext) -> None:
        async with AsyncHeartbeater(ctx, interval_s=0.05) as heartbeater:
            holder.append(heartbeater)
            started.set()
            await asyncio.sleep(30)

    try:
        async with AsyncRunContext.from_headers(
            dispatch.headers, base_url=strait_server.base_url
        ) as ctx:
            task = asyncio.create_task(handler(ctx))
            await started.wait()
            await asyncio.sleep(0.3)
            assert len(_heartbeat_tasks()) == 1

            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

            heartbeater = holder[0]
            assert not heartbeater.running
            assert _heartbeat_tasks() == []
            sent = heartbeater.sent
            assert sent >= 1
            await asyncio.sleep(0.3)
            assert heartbeater.sent == sent
    finally:
        dispatch.answer(200, {})


async def test_async_stop_is_prompt(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    _, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})
    try:
        async with AsyncRunContext.from_headers(
            dispatch.headers, base_url=strait_server.base_url
        ) as ctx:
            heartbeater = AsyncHeartbeater(ctx, interval_s=60.0).start()
            await asyncio.sleep(0.05)

            started = time.monotonic()
            await heartbeater.stop()
            assert time.monotonic() - started < 1.0
            assert _heartbeat_tasks() == []
            await heartbeater.stop()  # a second stop does nothing
    finally:
        dispatch.answer(200, {})


async def test_async_completed_run_stops_heartbeats(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    _, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})
    try:
        async with AsyncRunContext.from_headers(
            dispatch.headers, base_url=strait_server.base_url
        ) as ctx:
            await ctx.complete({})
            heartbeater = AsyncHeartbeater(ctx, interval_s=0.05).start()
            for _ in range(200):
                if not heartbeater.running:
                    break
                await asyncio.sleep(0.02)

            assert not heartbeater.running
            assert heartbeater.sent == 0
            assert heartbeater.failed == 1
            assert heartbeater.stop_reason is not None
            assert "410" in heartbeater.stop_reason
            await heartbeater.stop()
    finally:
        dispatch.answer(200, {})
