"""resume and aresume: skipping finished items on a retried attempt, against the local server."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from strait_sdk import AsyncRunContext, InvalidArgumentError, RunContext, Strait
from strait_sdk.jobs._resume import aresume, resume
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job
from tests.e2e.run_plane_helpers import start_run
from tests.support.job_endpoint import Dispatch as HeldDispatch
from tests.support.job_endpoint import JobEndpoint

ITEMS = list(range(25))


class RowFailed(Exception):
    pass


@pytest.fixture
def running(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> Iterator[tuple[str, HeldDispatch, RunContext]]:
    run_id, dispatch = start_run(client, job, job_endpoint, {})
    ctx = RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    yield run_id, dispatch, ctx
    ctx.close()
    dispatch.answer(200, {"done": True})


def saved_counts(client: Strait, run_id: str) -> list[int]:
    """Return the `done` counts of the run's checkpoints, oldest first."""
    checkpoints = reversed(list(client.runs.iter_checkpoints(run_id)))
    return [c.state["resume"]["done"] for c in checkpoints]


def context_with_checkpoint(
    dispatch: HeldDispatch, server: LocalStrait, checkpoint: Any
) -> RunContext:
    return RunContext(
        run_id=dispatch.headers["X-Run-ID"],
        token=dispatch.headers["X-Run-Token"],
        last_checkpoint=checkpoint,
        base_url=server.base_url,
    )


def test_retried_attempt_skips_done_items(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, first = start_run(client, job, job_endpoint, {})
    handled: list[int] = []

    first_ctx = RunContext.from_headers(first.headers, base_url=strait_server.base_url)
    with first_ctx as ctx, pytest.raises(RowFailed):
        for item in resume(ITEMS, ctx, every=5):
            if item == 12:
                raise RowFailed("row 12 is malformed")
            handled.append(item)
    assert handled == list(range(12))
    # Items 0 to 11 finished, but only the counts due every 5 items were saved.
    assert saved_counts(client, run_id) == [5, 10]

    first.answer(500, {"error": "row 12 is malformed"})
    second = job_endpoint.next_dispatch()
    try:
        assert second.headers["X-Attempt"] == "2"
        with RunContext.from_headers(second.headers, base_url=strait_server.base_url) as ctx:
            assert ctx.last_checkpoint == {"resume": {"done": 10}}
            resumed = list(resume(ITEMS, ctx, every=5))

        assert resumed == list(range(10, 25))
        assert saved_counts(client, run_id) == [5, 10, 15, 20, 25]
    finally:
        second.answer(200, {})


def test_failed_item_is_not_done(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    with pytest.raises(RowFailed):
        for item in resume(ITEMS, ctx, every=1):
            if item == 3:
                raise RowFailed(item)

    assert saved_counts(client, run_id) == [1, 2, 3]


def test_checkpoint_from_context_skips(running: Any, strait_server: LocalStrait) -> None:
    _, dispatch, _ = running
    with context_with_checkpoint(dispatch, strait_server, {"resume": {"done": 7}}) as ctx:
        assert list(resume(ITEMS, ctx)) == list(range(7, 25))


def test_custom_key(running: Any, client: Strait, strait_server: LocalStrait) -> None:
    run_id, dispatch, _ = running
    with context_with_checkpoint(dispatch, strait_server, {"rows": {"done": 20}}) as ctx:
        assert list(resume(ITEMS, ctx, key="rows")) == [20, 21, 22, 23, 24]

    (checkpoint,) = client.runs.list_checkpoints(run_id).data
    assert checkpoint.state == {"rows": {"done": 25}}


def test_final_checkpoint_not_repeated(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    assert list(resume(range(10), ctx, every=5)) == list(range(10))
    assert saved_counts(client, run_id) == [5, 10]


def test_final_checkpoint_after_remainder(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    assert list(resume(range(12), ctx, every=5)) == list(range(12))
    assert saved_counts(client, run_id) == [5, 10, 12]


def test_every_s_saves_by_time(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    def slow_rows() -> Iterator[int]:
        for number in range(10):
            time.sleep(0.06)
            yield number

    assert list(resume(slow_rows(), ctx, every=1000, every_s=0.1)) == list(range(10))

    counts = saved_counts(client, run_id)
    # About one save per two items; the bounds leave room for a slow machine.
    assert 3 <= len(counts) <= 10
    assert counts == sorted(set(counts))
    assert counts[-1] == 10


def test_break_saves_nothing_more(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    for item in resume(ITEMS, ctx, every=4):
        if item == 9:
            break

    assert saved_counts(client, run_id) == [4, 8]


def test_more_done_than_items(
    running: Any,
    client: Strait,
    strait_server: LocalStrait,
    caplog: pytest.LogCaptureFixture,
) -> None:
    run_id, dispatch, _ = running
    with (
        caplog.at_level(logging.WARNING, logger="strait_sdk.jobs"),
        context_with_checkpoint(dispatch, strait_server, {"resume": {"done": 50}}) as ctx,
    ):
        assert list(resume(range(10), ctx)) == []

    assert any("ended after 10" in r.getMessage() for r in caplog.records)
    assert client.runs.list_checkpoints(run_id).data == []


def test_failed_checkpoint_does_not_stop_loop(
    running: Any, caplog: pytest.LogCaptureFixture
) -> None:
    _, _, ctx = running
    ctx.complete({})

    with caplog.at_level(logging.WARNING, logger="strait_sdk.jobs"):
        assert list(resume(range(6), ctx, every=2)) == list(range(6))

    failures = [r.getMessage() for r in caplog.records if "resume checkpoint" in r.getMessage()]
    assert len(failures) == 1
    assert "at 2 item(s) failed" in failures[0]
    assert "no further checkpoints are saved" in failures[0]
    assert "terminal state (410)" in failures[0]


@pytest.mark.parametrize(
    "checkpoint",
    [
        {"offset": 5},
        {"resume": 5},
        {"resume": {"done": -1}},
        {"resume": {"done": True}},
        {"resume": {"done": "3"}},
        "page 3",
        None,
    ],
)
def test_checkpoint_of_other_shape_rejected(
    running: Any, strait_server: LocalStrait, checkpoint: Any
) -> None:
    _, dispatch, _ = running
    # The headers Strait would send on a retry with `checkpoint` as the newest checkpoint.
    headers = {**dispatch.headers, "X-Last-Checkpoint": json.dumps(checkpoint)}
    ctx = RunContext.from_headers(headers, base_url=strait_server.base_url)
    with (
        ctx,
        pytest.raises(InvalidArgumentError, match=re.escape('not {"resume": {"done": <count>}}')),
    ):
        resume(ITEMS, ctx)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"every": 0}, "every must be a whole number"),
        ({"every": -3}, "every must be a whole number"),
        ({"every": True}, "every must be a whole number"),
        ({"every": 2.5}, "every must be a whole number"),
        ({"every_s": 0}, "every_s must be None or a finite number"),
        ({"every_s": -1.0}, "every_s must be None or a finite number"),
        ({"every_s": math.nan}, "every_s must be None or a finite number"),
        ({"every_s": math.inf}, "every_s must be None or a finite number"),
        ({"every_s": True}, "every_s must be None or a finite number"),
        ({"key": ""}, "key must be a non-empty string"),
        ({"key": "  "}, "key must be a non-empty string"),
        ({"key": 5}, "key must be a non-empty string"),
    ],
)
def test_bad_arguments_rejected(running: Any, options: dict[str, Any], message: str) -> None:
    _, _, ctx = running
    with pytest.raises(InvalidArgumentError, match=message):
        resume(ITEMS, ctx, **options)


def test_bad_items_and_context_rejected(running: Any, strait_server: LocalStrait) -> None:
    _, dispatch, ctx = running
    actx = AsyncRunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)

    with pytest.raises(InvalidArgumentError, match="items must be iterable, got int"):
        resume(5, ctx)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="use aresume"):
        resume(ITEMS, actx)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="use resume"):
        aresume(ITEMS, ctx)


async def test_async_retried_attempt_skips_done_items(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, first = await asyncio.to_thread(start_run, client, job, job_endpoint, {})

    async def rows() -> AsyncIterator[int]:
        for number in ITEMS:
            await asyncio.sleep(0)
            yield number

    handled: list[int] = []
    async with AsyncRunContext.from_headers(first.headers, base_url=strait_server.base_url) as ctx:
        with pytest.raises(RowFailed):
            async for item in aresume(rows(), ctx, every=4):
                if item == 9:
                    raise RowFailed(item)
                handled.append(item)
    assert handled == list(range(9))
    assert await asyncio.to_thread(saved_counts, client, run_id) == [4, 8]

    first.answer(500, {"error": "row 9"})
    second = await asyncio.to_thread(job_endpoint.next_dispatch)
    try:
        async with AsyncRunContext.from_headers(
            second.headers, base_url=strait_server.base_url
        ) as ctx:
            resumed = [item async for item in aresume(ITEMS, ctx, every=4)]

        assert resumed == list(range(8, 25))
        counts = await asyncio.to_thread(saved_counts, client, run_id)
        assert counts == [4, 8, 12, 16, 20, 24, 25]
    finally:
        second.answer(200, {})


async def test_async_bad_arguments_rejected(running: Any, strait_server: LocalStrait) -> None:
    _, dispatch, _ = running
    async with AsyncRunContext.from_headers(
        dispatch.headers, base_url=strait_server.base_url
    ) as ctx:
        with pytest.raises(InvalidArgumentError, match="every must be a whole number"):
            aresume(ITEMS, ctx, every=0)
        with pytest.raises(InvalidArgumentError, match="items must be iterable or async"):
            aresume(3, ctx)  # type: ignore[arg-type]
