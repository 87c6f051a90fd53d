"""Running the handler for one accepted dispatch, and turning its outcome into the reply.

Heartbeats run while the handler runs. A handler that raises gets a 500 reply and never a
call to ctx.fail(): fail() would end the run with no retry, where a non-2xx reply lets Strait
retry the attempt under the job's retry policy. The run context is closed after every request.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from collections.abc import AsyncIterator, Iterator

from .._errors import StraitError
from .._logging import redact_text
from .._run_context import AsyncRunContext, RunContext
from ._heartbeat import AsyncHeartbeater, Heartbeater, heartbeat_interval
from ._log_capture import async_captured_logs, captured_logs
from ._options import AsyncHandler, EndpointOptions, SyncHandler
from ._replies import Reply, ResultError, error_reply, failure_message, result_reply
from ._request import AcceptedRequest

logger = logging.getLogger("strait_sdk.jobs")


def run_sync_handler(
    handler: SyncHandler, options: EndpointOptions, accepted: AcceptedRequest
) -> Reply:
    """Run a plain function handler on the current thread and return the reply."""
    dispatch = accepted.dispatch
    started = time.monotonic()
    try:
        ctx = RunContext(
            run_id=dispatch.run_id,
            token=dispatch.token,
            base_url=options.base_url,
            config_path=options.config_path,
            timeout_ms=options.timeout_ms,
            _dispatch=dispatch,
        )
    except StraitError as error:
        return _context_failure(accepted, error)

    try:
        with _heartbeats(ctx, options), captured_logs(ctx, options.capture_logs):
            result = handler(accepted.payload, ctx)
        reply = result_reply(result)
    except ResultError as error:
        reply = _result_failure(accepted, error)
    except Exception as error:
        reply = _handler_failure(accepted, error, started)
    else:
        _log_success(accepted, started)
    finally:
        ctx.close()
    return reply


async def run_async_handler(
    handler: AsyncHandler, options: EndpointOptions, accepted: AcceptedRequest
) -> Reply:
    """Await an `async def` handler on the running event loop and return the reply."""
    dispatch = accepted.dispatch
    started = time.monotonic()
    try:
        ctx = AsyncRunContext(
            run_id=dispatch.run_id,
            token=dispatch.token,
            base_url=options.base_url,
            config_path=options.config_path,
            timeout_ms=options.timeout_ms,
            _dispatch=dispatch,
        )
    except StraitError as error:
        return _context_failure(accepted, error)

    try:
        async with _async_heartbeats(ctx, options), async_captured_logs(ctx, options.capture_logs):
            result = await handler(accepted.payload, ctx)
        reply = result_reply(result)
    except ResultError as error:
        reply = _result_failure(accepted, error)
    except Exception as error:
        reply = _handler_failure(accepted, error, started)
    else:
        _log_success(accepted, started)
    finally:
        await ctx.close()
    return reply


def _interval_s(ctx: RunContext | AsyncRunContext, options: EndpointOptions) -> float | None:
    if options.heartbeat_interval_s == 0:
        return None
    return heartbeat_interval(ctx, options.heartbeat_interval_s)


@contextlib.contextmanager
def _heartbeats(ctx: RunContext, options: EndpointOptions) -> Iterator[None]:
    interval_s = _interval_s(ctx, options)
    if interval_s is None:
        yield
        return
    with Heartbeater(ctx, interval_s=interval_s):
        yield


@contextlib.asynccontextmanager
async def _async_heartbeats(ctx: AsyncRunContext, options: EndpointOptions) -> AsyncIterator[None]:
    interval_s = _interval_s(ctx, options)
    if interval_s is None:
        yield
        return
    async with AsyncHeartbeater(ctx, interval_s=interval_s):
        yield


def _log_success(accepted: AcceptedRequest, started: float) -> None:
    dispatch = accepted.dispatch
    logger.info(
        "run %s attempt %d: the handler returned after %.2f s",
        dispatch.run_id,
        dispatch.attempt,
        time.monotonic() - started,
    )


def _handler_failure(accepted: AcceptedRequest, error: Exception, started: float) -> Reply:
    dispatch = accepted.dispatch
    # The traceback is formatted here rather than passed as exc_info, so that the secrets in
    # exception messages can be redacted before any log handler receives the text.
    trace = redact_text("".join(traceback.format_exception(error)), accepted.secrets)
    logger.error(
        "run %s attempt %d: the handler raised after %.2f s; replying 500 so that Strait "
        "can retry the attempt\n%s",
        dispatch.run_id,
        dispatch.attempt,
        time.monotonic() - started,
        trace.rstrip(),
    )
    return error_reply(500, failure_message(error, accepted.secrets))


def _result_failure(accepted: AcceptedRequest, error: ResultError) -> Reply:
    dispatch = accepted.dispatch
    message = failure_message(error, accepted.secrets)
    logger.error(
        "run %s attempt %d: the handler's result is unusable, replying 500: %s",
        dispatch.run_id,
        dispatch.attempt,
        message,
    )
    return error_reply(500, message)


def _context_failure(accepted: AcceptedRequest, error: StraitError) -> Reply:
    dispatch = accepted.dispatch
    message = "could not build the run context: " + failure_message(error, accepted.secrets)
    logger.error(
        "run %s attempt %d: %s; the handler did not run",
        dispatch.run_id,
        dispatch.attempt,
        message,
    )
    return error_reply(500, message)
