"""Waiting for a run to finish by polling it, with backoff and a hard deadline.

Strait has no "wait" route, so the SDK polls `GET /v1/runs/{runID}`. The delay between polls
grows from `initial_interval` by half each time up to `max_interval`, and the last sleep is cut
short so that the wait never runs past its timeout.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from typing import Final

import attrs

from ._errors import InvalidArgumentError, RunWaitTimeoutError
from ._generated.models import JobRun, RunStatus

TERMINAL_STATUSES: Final = frozenset(
    {
        RunStatus.COMPLETED,
        RunStatus.FAILED,
        RunStatus.TIMED_OUT,
        RunStatus.CRASHED,
        RunStatus.SYSTEM_FAILED,
        RunStatus.CANCELED,
        RunStatus.EXPIRED,
        RunStatus.DEAD_LETTER,
    }
)

DEFAULT_WAIT_TIMEOUT_S: Final = 300.0
INITIAL_POLL_INTERVAL_S: Final = 0.25
MAX_POLL_INTERVAL_S: Final = 5.0
POLL_GROWTH: Final = 1.5


def is_terminal(status: RunStatus | str) -> bool:
    """Return whether a run in `status` is finished. A status this SDK does not know is not."""
    return status in TERMINAL_STATUSES


@attrs.define
class _Schedule:
    run_id: str
    timeout: float
    interval: float
    max_interval: float
    started: float = attrs.field(factory=time.monotonic)

    def __attrs_post_init__(self) -> None:
        for name in ("timeout", "interval", "max_interval"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value <= 0
            ):
                raise InvalidArgumentError(
                    f"{name} must be a positive number of seconds, got {value!r}"
                )

    def next_sleep(self, run: JobRun) -> float:
        """Return how long to sleep before the next poll, or raise when time is up."""
        waited = time.monotonic() - self.started
        remaining = self.timeout - waited
        if remaining <= 0:
            raise RunWaitTimeoutError(self.run_id, waited, str(run.status))

        sleep = min(self.interval, remaining)
        self.interval = min(self.interval * POLL_GROWTH, self.max_interval)
        return sleep


def wait_for_run(
    get: Callable[[str], JobRun],
    run_id: str,
    *,
    timeout: float = DEFAULT_WAIT_TIMEOUT_S,
    poll_interval: float = INITIAL_POLL_INTERVAL_S,
    max_poll_interval: float = MAX_POLL_INTERVAL_S,
) -> JobRun:
    """Poll `get(run_id)` until the run is terminal and return it."""
    schedule = _Schedule(run_id, timeout, poll_interval, max_poll_interval)
    while True:
        run = get(run_id)
        if is_terminal(run.status):
            return run
        time.sleep(schedule.next_sleep(run))


async def await_run(
    get: Callable[[str], Awaitable[JobRun]],
    run_id: str,
    *,
    timeout: float = DEFAULT_WAIT_TIMEOUT_S,
    poll_interval: float = INITIAL_POLL_INTERVAL_S,
    max_poll_interval: float = MAX_POLL_INTERVAL_S,
) -> JobRun:
    """Poll `await get(run_id)` until the run is terminal and return it."""
    schedule = _Schedule(run_id, timeout, poll_interval, max_poll_interval)
    while True:
        run = await get(run_id)
        if is_terminal(run.status):
            return run
        await asyncio.sleep(schedule.next_sleep(run))
