"""GET /v1/runs/{runID}/stream: a run's status changes and run events as server-sent events."""

from __future__ import annotations

import functools
import queue

from ._context import ServerContext
from ._request import Request
from ._response import ApiError
from ._run_feed import Subscription
from ._runs import find_run
from ._sse import EventStream, SseWriter, StreamCut
from ._wire import dumps_compact


def stream_run(ctx: ServerContext, request: Request) -> EventStream:
    """Open the stream of a run that has not finished. A finished run gets 410.

    Each message is an unnamed ``data:`` frame. The stream stays open after the run
    finishes, until the client leaves, the maximum duration passes or the server stops.
    The API key must come in the Authorization header: ``?token=`` is not read here.

    NOTE: the reference gives the 410 status but not its message. This server uses the
    run plane's message for a finished run.
    """
    run_id = request.path_params["runID"]
    with ctx.store.lock:
        run = find_run(ctx, run_id)
        if run.is_terminal:
            raise ApiError(410, "run has reached a terminal state")
        # Subscribing under the lock means no status change after the check is missed.
        subscription = ctx.run_feed.subscribe(run.id)

    return EventStream(
        produce=functools.partial(_send_messages, subscription),
        keepalive_secs=ctx.sse_keepalive_secs,
        max_duration_secs=ctx.sse_max_duration_secs,
        release=functools.partial(ctx.run_feed.unsubscribe, run_id, subscription),
    )


def _send_messages(subscription: Subscription, writer: SseWriter) -> None:
    while True:
        try:
            message = subscription.get(timeout=writer.wait_secs())
        except queue.Empty:
            writer.tick()
            continue
        if message is None:
            raise StreamCut("the server is stopping")
        writer.send(dumps_compact(message))
        writer.tick()
