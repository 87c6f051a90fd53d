"""Automatic heartbeats: tell Strait at a steady interval that a running attempt is alive.

    with Heartbeater(ctx, interval_s=heartbeat_interval(ctx)):
        process(rows)

    async with AsyncHeartbeater(actx, interval_s=10.0):
        await process(rows)

A heartbeat sets the run's `heartbeat_at`. A failed heartbeat is logged under `strait_sdk.jobs`
and retried; it never raises into the job code. Heartbeats stop for good when the server
responds that the run is over (410), that the run token is no longer valid (401), or that the
run does not exist (404).
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
from datetime import UTC, datetime
from types import TracebackType
from typing import Final, Self

from .._dispatch import Dispatch
from .._errors import AuthenticationError, GoneError, InvalidArgumentError, NotFoundError
from .._run_context import AsyncRunContext, RunContext
from .._run_token import RunTokenClaims, decode_run_token

__all__ = ["AsyncHeartbeater", "Heartbeater", "heartbeat_interval"]

logger = logging.getLogger("strait_sdk.jobs")

# For a run without a TTL of its own, the server sets the run token's expiry to the trigger (or
# dispatch) time plus the job's timeout plus 60 s. The token's lifetime minus this margin is
# therefore about the job's timeout, less any time the run waited in the queue.
TOKEN_EXPIRY_MARGIN_S: Final = 60.0
# Ten heartbeats per timeout keep `heartbeat_at` fresh for anyone watching the run, and a few
# lost heartbeats do not leave a long gap.
HEARTBEATS_PER_TIMEOUT: Final = 10
# The server's per-IP limiter (100 requests per minute by default) covers the run plane too,
# so the floor keeps one run at no more than 12 heartbeats a minute.
MIN_DERIVED_INTERVAL_S: Final = 5.0
MAX_DERIVED_INTERVAL_S: Final = 60.0
# After a failure the next heartbeat comes sooner than a full interval: 1 s, then doubling up
# to the interval.
FIRST_RETRY_DELAY_S: Final = 1.0
DEFAULT_STOP_TIMEOUT_S: Final = 5.0
# A failure streak is logged as a warning on its first failure and on every Nth after it.
WARN_EVERY_N_FAILURES: Final = 10


def heartbeat_interval(
    source: RunContext | AsyncRunContext | Dispatch, explicit_s: float | None = None
) -> float:
    """Return the number of seconds between heartbeats for the attempt of `source`.

    An `explicit_s` wins; it must be a finite number above 0. Otherwise the interval is
    derived from the run token: its lifetime (expiry minus issue time) minus the 60 s the
    server adds to the job's timeout, divided by 10, and clamped to [5 s, 60 s]. A job with a
    60 s timeout gets 6 s, one with 10 minutes or more gets 60 s. The token of a run with its
    own TTL lives as long as the TTL, not the timeout, and the clamp bounds that case too.

    The interval is a trade-off between a fresh `heartbeat_at` and the requests it costs
    under the server's per-IP rate limit.

    NOTE: the server's documented heartbeat handling only records `heartbeat_at`; no action on
    a run whose heartbeats stop is documented. If the server fails such runs after a threshold,
    the interval must stay well below it.
    """
    if explicit_s is not None:
        return _checked_interval(explicit_s, "explicit_s")

    claims = _claims_of(source)
    issued_at = claims.issued_at or datetime.now(UTC)
    lifetime_s = (claims.expires_at - issued_at).total_seconds()
    timeout_s = lifetime_s - TOKEN_EXPIRY_MARGIN_S
    interval_s = timeout_s / HEARTBEATS_PER_TIMEOUT
    return min(max(interval_s, MIN_DERIVED_INTERVAL_S), MAX_DERIVED_INTERVAL_S)


def _claims_of(source: RunContext | AsyncRunContext | Dispatch) -> RunTokenClaims:
    if isinstance(source, Dispatch):
        return source.claims
    if isinstance(source, RunContext | AsyncRunContext):
        token = source.client.config.api_key
        if token:
            return decode_run_token(token, source="the run context's run token")
    raise InvalidArgumentError(
        f"source must be a RunContext, AsyncRunContext or Dispatch, got {type(source).__name__}; "
        "pass the context of the running attempt"
    )


def _checked_interval(value: object, name: str) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidArgumentError(
            f"{name} must be a finite number of seconds above 0, got {value!r:.80}; "
            "pass for example 10.0, or leave it out to derive it from the run token"
        )
    return float(value)


class _HeartbeatBook:
    """The counters and the failure policy that the sync and async heartbeaters share."""

    def __init__(self, run_id: str, attempt: int, interval_s: float) -> None:
        self.run_id = run_id
        self.attempt = attempt
        self.interval_s = interval_s
        self.sent = 0
        self.failed = 0
        self.stop_reason: str | None = None
        self._failure_streak = 0

    def succeeded(self) -> float:
        """Count a sent heartbeat and return the delay before the next one."""
        self.sent += 1
        if self._failure_streak:
            logger.info(
                "heartbeats for run %s attempt %d work again after %d failure(s)",
                self.run_id,
                self.attempt,
                self._failure_streak,
            )
        self._failure_streak = 0
        return self.interval_s

    def failed_with(self, error: Exception) -> float | None:
        """Count and log a failed heartbeat; return the retry delay, or None to stop for good."""
        self.failed += 1
        request_id = getattr(error, "request_id", None)

        reason = run_over_reason(error)
        if reason is not None:
            self.stop_reason = reason
            logger.info(
                "stopping heartbeats for run %s attempt %d (request id %s): %s",
                self.run_id,
                self.attempt,
                request_id,
                reason,
            )
            return None

        self._failure_streak += 1
        delay = min(self.interval_s, FIRST_RETRY_DELAY_S * 2.0 ** (self._failure_streak - 1))
        level = logging.DEBUG
        if self._failure_streak % WARN_EVERY_N_FAILURES == 1:
            level = logging.WARNING
        logger.log(
            level,
            "heartbeat for run %s attempt %d failed (failure %d in a row, request id %s): "
            "%s: %s; retrying in %.1f s",
            self.run_id,
            self.attempt,
            self._failure_streak,
            request_id,
            type(error).__name__,
            error,
            delay,
        )
        return delay


def run_over_reason(error: Exception) -> str | None:
    """Return why `error` means the attempt can no longer use the run plane, or None."""
    if isinstance(error, GoneError):
        return "the run has reached a terminal state (410)"
    if isinstance(error, AuthenticationError):
        return "the run token was rejected (401): it expired or a newer attempt replaced it"
    if isinstance(error, NotFoundError):
        return "the server has no such run (404)"
    return None


class Heartbeater:
    """Sends `ctx.heartbeat()` every `interval_s` seconds from a daemon thread.

        with Heartbeater(ctx, interval_s=10.0) as heartbeater:
            process(rows)
        print(heartbeater.sent, heartbeater.failed)

    The first heartbeat goes out one interval after `start()`. `stop()` wakes the thread at
    once, and waits at most `timeout_s` for a heartbeat request that is already in flight.
    """

    def __init__(self, ctx: RunContext, *, interval_s: float) -> None:
        if not isinstance(ctx, RunContext):
            raise InvalidArgumentError(
                f"ctx must be a RunContext, got {type(ctx).__name__}; "
                "use AsyncHeartbeater with an AsyncRunContext"
            )
        self._ctx = ctx
        self._book = _HeartbeatBook(
            ctx.run_id, ctx.attempt, _checked_interval(interval_s, "interval_s")
        )
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def interval_s(self) -> float:
        return self._book.interval_s

    @property
    def sent(self) -> int:
        """Heartbeats the server accepted."""
        return self._book.sent

    @property
    def failed(self) -> int:
        """Heartbeats that raised, the one that stopped the heartbeater included."""
        return self._book.failed

    @property
    def stop_reason(self) -> str | None:
        """Why the server's response stopped heartbeats for good, or None."""
        return self._book.stop_reason

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Self:
        """Start the heartbeat thread. Calling it while the thread runs does nothing."""
        if self.running:
            return self
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"strait-heartbeat-{self._ctx.run_id}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout_s: float = DEFAULT_STOP_TIMEOUT_S) -> None:
        """Stop sending heartbeats and wait up to `timeout_s` seconds for the thread to end."""
        self._stopping.set()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return
        thread.join(timeout_s)
        if thread.is_alive():
            logger.warning(
                "the heartbeat thread of run %s attempt %d did not end within %.1f s; a "
                "heartbeat request is probably still waiting for the server",
                self._ctx.run_id,
                self._ctx.attempt,
                timeout_s,
            )

    def _run(self) -> None:
        delay: float | None = self._book.interval_s
        while delay is not None and not self._stopping.wait(delay):
            try:
                self._ctx.heartbeat()
            except Exception as error:  # a heartbeat failure must never reach the job code
                delay = self._book.failed_with(error)
            else:
                delay = self._book.succeeded()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return (
            f"Heartbeater(run_id={self._ctx.run_id!r}, interval_s={self.interval_s}, "
            f"sent={self.sent}, failed={self.failed})"
        )


class AsyncHeartbeater:
    """Sends `await ctx.heartbeat()` every `interval_s` seconds from an asyncio task.

        async with AsyncHeartbeater(actx, interval_s=10.0):
            await process(rows)

    `start()` needs a running event loop. When the surrounding task is cancelled inside the
    `async with` block, leaving the block cancels and awaits the heartbeat task. Without the
    block, call `await stop()` before the event loop closes.
    """

    def __init__(self, ctx: AsyncRunContext, *, interval_s: float) -> None:
        if not isinstance(ctx, AsyncRunContext):
            raise InvalidArgumentError(
                f"ctx must be an AsyncRunContext, got {type(ctx).__name__}; "
                "use Heartbeater with a RunContext"
            )
        self._ctx = ctx
        self._book = _HeartbeatBook(
            ctx.run_id, ctx.attempt, _checked_interval(interval_s, "interval_s")
        )
        self._task: asyncio.Task[None] | None = None

    @property
    def interval_s(self) -> float:
        return self._book.interval_s

    @property
    def sent(self) -> int:
        """Heartbeats the server accepted."""
        return self._book.sent

    @property
    def failed(self) -> int:
        """Heartbeats that raised, the one that stopped the heartbeater included."""
        return self._book.failed

    @property
    def stop_reason(self) -> str | None:
        """Why the server's response stopped heartbeats for good, or None."""
        return self._book.stop_reason

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> Self:
        """Start the heartbeat task. Calling it while the task runs does nothing."""
        if self.running:
            return self
        self._task = asyncio.get_running_loop().create_task(
            self._run(), name=f"strait-heartbeat-{self._ctx.run_id}"
        )
        return self

    async def stop(self) -> None:
        """Cancel the heartbeat task and wait until it has ended."""
        task, self._task = self._task, None
        if task is None:
            return
        if task.done():
            await task
            return

        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            # The heartbeat task ends with CancelledError by design. Only a cancellation of
            # the task that called stop() must go on to the caller.
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise

    async def _run(self) -> None:
        delay: float | None = self._book.interval_s
        while delay is not None:
            await asyncio.sleep(delay)
            try:
                await self._ctx.heartbeat()
            except Exception as error:  # a heartbeat failure must never reach the job code
                delay = self._book.failed_with(error)
            else:
                delay = self._book.succeeded()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    def __repr__(self) -> str:
        return (
            f"AsyncHeartbeater(run_id={self._ctx.run_id!r}, interval_s={self.interval_s}, "
            f"sent={self.sent}, failed={self.failed})"
        )
