"""The framework-neutral job endpoint: one request in, one reply out, from threads or a loop.

Each adapter reads the request in its own protocol and calls `handle` (from a worker thread)
or `handle_async` (from an event loop). A sync handler called from a loop runs on a thread
of its own, and an async handler called from a thread runs under `asyncio.run`.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import threading
from collections.abc import Callable
from typing import TypeVar, cast

import attrs

from ._execution import run_async_handler, run_sync_handler
from ._options import AsyncHandler, EndpointOptions, Handler, SyncHandler, is_async_handler
from ._replies import Reply
from ._request import EndpointRequest, check_request

_T = TypeVar("_T")
_A = TypeVar("_A")

logger = logging.getLogger("strait_sdk.jobs")


@attrs.frozen
class Endpoint:
    """A handler with its options, and whether it is an `async def` function."""

    handler: Handler
    options: EndpointOptions
    is_async: bool

    @classmethod
    def build(cls, handler: Handler, options: EndpointOptions) -> Endpoint:
        return cls(handler, options, is_async_handler(handler))

    def handle(self, request: EndpointRequest) -> Reply:
        """Check the request and run the handler, blocking the calling thread until it returns."""
        if self.is_async:
            return asyncio.run(self.handle_async(request))

        checked = check_request(request, self.options)
        if isinstance(checked, Reply):
            return checked
        return run_sync_handler(cast(SyncHandler, self.handler), self.options, checked)

    async def handle_async(self, request: EndpointRequest) -> Reply:
        """Check the request and run the handler without blocking the running event loop."""
        if not self.is_async:
            # Job handlers often run for minutes, so each gets a thread of its own rather
            # than one of the default executor's few workers.
            return await _on_own_thread(self.handle, request)

        checked = check_request(request, self.options)
        if isinstance(checked, Reply):
            return checked
        return await run_async_handler(cast(AsyncHandler, self.handler), self.options, checked)


async def _on_own_thread(function: Callable[[EndpointRequest], _T], request: EndpointRequest) -> _T:
    """Run `function(request)` on a new daemon thread and await its result.

    The thread gets a copy of the caller's context variables, as asyncio.to_thread does.
    Cancelling the await does not stop the thread, because Python threads cannot be stopped.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[_T] = loop.create_future()
    context = contextvars.copy_context()

    def settle_result(value: _T) -> None:
        if not future.done():
            future.set_result(value)

    def settle_error(error: BaseException) -> None:
        if not future.done():
            future.set_exception(error)

    def target() -> None:
        try:
            value = context.run(function, request)
        except BaseException as error:
            _call_soon(loop, settle_error, error)
        else:
            _call_soon(loop, settle_result, value)

    threading.Thread(target=target, name="strait-job-handler", daemon=True).start()
    return await future


def _call_soon(
    loop: asyncio.AbstractEventLoop, callback: Callable[[_A], None], argument: _A
) -> None:
    try:
        loop.call_soon_threadsafe(callback, argument)
    except RuntimeError:
        # The loop closed while the handler ran, as when the server stops mid-request. No
        # caller awaits the reply any more, and Strait counts the dropped connection as a
        # failed attempt.
        logger.warning("the event loop closed before the job handler returned; reply dropped")
