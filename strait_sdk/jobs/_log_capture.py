"""Sending the handler's own log records to the run while it runs (the capture_logs option).

The RunLogHandler is attached to a logger that concurrent requests share, so each request's
handler would also see the others' records. A context variable marks the records logged by
this request's handler: on its thread for a sync handler, in its task (and the tasks it
starts) for an async one. Records logged on threads that the handler starts itself are not
captured.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import AsyncIterator, Iterator

from .._run_context import AsyncRunContext, RunContext
from ._log_bridge import RunLogHandler

_capturing_for: contextvars.ContextVar[object | None] = contextvars.ContextVar(
    "strait_sdk_jobs_capturing_for", default=None
)


class _ThisRequestOnly(logging.Filter):
    """Passes only the records logged in the context of one request."""

    def __init__(self, marker: object) -> None:
        super().__init__()
        self._marker = marker

    def filter(self, record: logging.LogRecord) -> bool:
        return _capturing_for.get() is self._marker


class _Capture:
    """One RunLogHandler on the captured logger, attached for the duration of one handler call."""

    def __init__(self, handler: RunLogHandler, capture: bool | str) -> None:
        self._logger = logging.getLogger(capture if isinstance(capture, str) else None)
        self._marker = object()
        self._handler = handler
        self._handler.addFilter(_ThisRequestOnly(self._marker))
        self._reset_token: contextvars.Token[object | None] | None = None

    def attach(self) -> None:
        self._reset_token = _capturing_for.set(self._marker)
        self._logger.addHandler(self._handler)

    def detach(self) -> None:
        """Stop capturing. It must run in the context that attach() ran in."""
        self._logger.removeHandler(self._handler)
        if self._reset_token is not None:
            _capturing_for.reset(self._reset_token)
            self._reset_token = None

    def close(self) -> None:
        """Send the records still queued; this blocks on the run-plane calls."""
        self._handler.close()


@contextlib.contextmanager
def captured_logs(ctx: RunContext, capture: bool | str) -> Iterator[None]:
    """Send the records of `capture` (True for the root logger) to the run until the block ends."""
    if capture is False:
        yield
        return

    capturing = _Capture(RunLogHandler(ctx), capture)
    capturing.attach()
    try:
        yield
    finally:
        capturing.detach()
        capturing.close()


@contextlib.asynccontextmanager
async def async_captured_logs(ctx: AsyncRunContext, capture: bool | str) -> AsyncIterator[None]:
    """Do what captured_logs does, for an async handler.

    The log handler sends from a thread with a sync context of its own. Sending the last
    records when the block ends runs on a worker thread, to keep the event loop free.
    """
    if capture is False:
        yield
        return

    capturing = _Capture(RunLogHandler.for_async_context(ctx), capture)
    capturing.attach()
    try:
        yield
    finally:
        capturing.detach()
        await asyncio.to_thread(capturing.close)
