"""Resuming a loop over items where an earlier attempt of the run left off.

    for row in resume(rows, ctx, every=100):
        handle(row)

    async for row in aresume(rows, actx, every_s=30.0):
        await handle(row)

Progress is saved as a checkpoint whose state is `{key: {"done": n}}`, for example
`{"resume": {"done": 300}}`: the first `n` items are finished. On a retried attempt Strait
sends the newest checkpoint with the dispatch, and the helper skips that many items. Items are
counted by position, so every attempt must iterate the same items in the same order.

An item counts as done only when the loop requests the next one, so an exception raised
while handling an item leaves it to the next attempt. Leaving the loop early, by `break` or
an exception, saves nothing more: the newest checkpoint stands.
"""

from __future__ import annotations

import itertools
import logging
import math
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any, TypeVar

from .._errors import InvalidArgumentError, StraitError
from .._run_context import AsyncRunContext, RunContext
from ._heartbeat import run_over_reason

__all__ = ["aresume", "resume"]

logger = logging.getLogger("strait_sdk.jobs")

DONE_FIELD = "done"
DEFAULT_KEY = "resume"

T = TypeVar("T")


def resume(
    items: Iterable[T],
    ctx: RunContext,
    *,
    every: int = 100,
    every_s: float | None = None,
    key: str = DEFAULT_KEY,
) -> Iterator[T]:
    """Return an iterator over the items that earlier attempts did not finish.

    The iterator saves the count of finished items as a checkpoint after every `every` items,
    after `every_s` seconds since the last save when it is given (checked as items finish),
    and once more when `items` ends, unless that count is already saved.
    A failed checkpoint is logged under `strait_sdk.jobs` and does not stop the loop; the next
    one carries the higher count. After a 401, 404 or 410 no further checkpoints are tried.

    Raises InvalidArgumentError for a bad argument, and when the attempt's last checkpoint
    exists but is not `{key: {"done": n}}`: skipping an unknown number of items could repeat
    or lose work, so the attempt fails with a message instead. This includes a run that waited
    for an event, because the event's payload becomes its newest checkpoint.
    """
    if not isinstance(ctx, RunContext):
        raise InvalidArgumentError(
            f"ctx must be a RunContext, got {type(ctx).__name__}; use aresume() with an "
            "AsyncRunContext"
        )
    if not isinstance(items, Iterable):
        raise InvalidArgumentError(f"items must be iterable, got {type(items).__name__}")
    progress = _Progress.start(ctx, every, every_s, key)
    return _resumed(items, ctx, progress)


def aresume(
    items: Iterable[T] | AsyncIterable[T],
    ctx: AsyncRunContext,
    *,
    every: int = 100,
    every_s: float | None = None,
    key: str = DEFAULT_KEY,
) -> AsyncIterator[T]:
    """Like `resume`, for an AsyncRunContext and a sync or async iterable of items."""
    if not isinstance(ctx, AsyncRunContext):
        raise InvalidArgumentError(
            f"ctx must be an AsyncRunContext, got {type(ctx).__name__}; use resume() with a "
            "RunContext"
        )
    if not isinstance(items, Iterable | AsyncIterable):
        raise InvalidArgumentError(
            f"items must be iterable or async iterable, got {type(items).__name__}"
        )
    progress = _Progress.start(ctx, every, every_s, key)
    return _aresumed(items, ctx, progress)


def _resumed(items: Iterable[T], ctx: RunContext, progress: _Progress) -> Iterator[T]:
    iterator = iter(items)
    skipped = sum(1 for _ in itertools.islice(iterator, progress.done))
    progress.check_skipped(skipped)

    for item in iterator:
        yield item
        # The loop requested the next item, so this one is finished.
        progress.done += 1
        if progress.due():
            _save(ctx, progress)
    if progress.unsaved():
        _save(ctx, progress)


async def _aresumed(
    items: Iterable[T] | AsyncIterable[T], ctx: AsyncRunContext, progress: _Progress
) -> AsyncIterator[T]:
    iterator = _aiter(items)
    skipped = 0
    while skipped < progress.done:
        try:
            await anext(iterator)
        except StopAsyncIteration:
            break
        skipped += 1
    progress.check_skipped(skipped)

    async for item in iterator:
        yield item
        progress.done += 1
        if progress.due():
            await _asave(ctx, progress)
    if progress.unsaved():
        await _asave(ctx, progress)


async def _aiter(items: Iterable[T] | AsyncIterable[T]) -> AsyncIterator[T]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


def _save(ctx: RunContext, progress: _Progress) -> None:
    try:
        ctx.checkpoint(progress.state())
    except StraitError as error:
        progress.save_failed(error)
    else:
        progress.saved()


async def _asave(ctx: AsyncRunContext, progress: _Progress) -> None:
    try:
        await ctx.checkpoint(progress.state())
    except StraitError as error:
        progress.save_failed(error)
    else:
        progress.saved()


class _Progress:
    """The count of finished items, and the counts and times of the last checkpoint saves."""

    def __init__(self, run_id: str, done: int, every: int, every_s: float | None, key: str) -> None:
        self.run_id = run_id
        self.done = done
        self.every = every
        self.every_s = every_s
        self.key = key
        self.saved_done = done
        # The last save attempt, successful or not: the next one is due counted from here.
        self.tried_done = done
        self.tried_at = time.monotonic()
        self.stop_reason: str | None = None

    @classmethod
    def start(
        cls, ctx: RunContext | AsyncRunContext, every: int, every_s: float | None, key: str
    ) -> _Progress:
        _check_every(every)
        _check_every_s(every_s)
        _check_key(key)
        done = _done_from_checkpoint(ctx, key)
        if done:
            logger.info(
                "run %s attempt %d resumes after %d finished item(s)", ctx.run_id, ctx.attempt, done
            )
        return cls(ctx.run_id, done, every, every_s, key)

    def check_skipped(self, skipped: int) -> None:
        if skipped < self.done:
            logger.warning(
                "the checkpoint of run %s marks %d item(s) done, but the items ended after %d; "
                "did the items change between attempts?",
                self.run_id,
                self.done,
                skipped,
            )
            self.done = self.saved_done = self.tried_done = skipped

    def due(self) -> bool:
        if self.stop_reason is not None:
            return False
        if self.done - self.tried_done >= self.every:
            return True
        return self.every_s is not None and time.monotonic() - self.tried_at >= self.every_s

    def unsaved(self) -> bool:
        return self.stop_reason is None and self.done != self.saved_done

    def state(self) -> dict[str, Any]:
        return {self.key: {DONE_FIELD: self.done}}

    def saved(self) -> None:
        self.saved_done = self.tried_done = self.done
        self.tried_at = time.monotonic()

    def save_failed(self, error: StraitError) -> None:
        # The next save carries a higher count, so a lost checkpoint only costs repeated work.
        self.tried_done = self.done
        self.tried_at = time.monotonic()
        request_id = getattr(error, "request_id", None)

        reason = run_over_reason(error)
        if reason is not None:
            self.stop_reason = reason
            logger.warning(
                "saving the resume checkpoint of run %s at %d item(s) failed (request id %s), "
                "and no further checkpoints are saved: %s",
                self.run_id,
                self.done,
                request_id,
                reason,
            )
            return

        logger.warning(
            "saving the resume checkpoint of run %s at %d item(s) failed (request id %s): %s; "
            "the next checkpoint is due after %d more item(s)",
            self.run_id,
            self.done,
            request_id,
            error,
            self.every,
        )


def _done_from_checkpoint(ctx: RunContext | AsyncRunContext, key: str) -> int:
    if not ctx.has_last_checkpoint:
        return 0

    checkpoint = ctx.last_checkpoint
    entry = checkpoint.get(key) if isinstance(checkpoint, dict) else None
    done = entry.get(DONE_FIELD) if isinstance(entry, dict) else None
    if isinstance(done, bool) or not isinstance(done, int) or done < 0:
        raise InvalidArgumentError(
            f"the last checkpoint of run {ctx.run_id} is {_excerpt(checkpoint)}, not "
            f'{{"{key}": {{"done": <count>}}}}: pass the key that the earlier attempt used, '
            "or do not mix resume() with other checkpoints of the same run"
        )
    return done


def _excerpt(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_every(every: object) -> None:
    if isinstance(every, bool) or not isinstance(every, int) or every < 1:
        raise InvalidArgumentError(
            f"every must be a whole number of items, 1 or more, got {every!r:.80}"
        )


def _check_every_s(every_s: object) -> None:
    if every_s is None:
        return
    if (
        isinstance(every_s, bool)
        or not isinstance(every_s, int | float)
        or not math.isfinite(every_s)
        or every_s <= 0
    ):
        raise InvalidArgumentError(
            f"every_s must be None or a finite number of seconds above 0, got {every_s!r:.80}"
        )


def _check_key(key: object) -> None:
    if not isinstance(key, str) or not key.strip():
        raise InvalidArgumentError(
            f"key must be a non-empty string naming the checkpoint entry, got {key!r:.80}"
        )
