"""GET /v1/events/{eventKey}/stream: an event trigger's status as server-sent events."""

from __future__ import annotations

import functools

from ._context import ServerContext
from ._event_triggers import check_event_key, find_trigger
from ._request import Request
from ._sse import EventStream, SseWriter, StreamCut
from ._wire import JsonValue, dumps_compact

_FRAME_EVENT = "status"


def stream_event_trigger(ctx: ServerContext, request: Request) -> EventStream:
    """Open the stream: frames named ``status`` whose data is the EventTrigger object.

    The first frame is the current state. While the trigger is ``waiting``, the stream
    stays open and sends one more frame when the status changes, then ends. A trigger
    that is no longer waiting gets one frame and the stream ends.
    """
    key = request.path_params["eventKey"]
    check_event_key(key)
    with ctx.store.lock:
        find_trigger(ctx, key)

    return EventStream(
        produce=functools.partial(_send_frames, ctx, key),
        keepalive_secs=ctx.sse_keepalive_secs,
        max_duration_secs=ctx.sse_max_duration_secs,
    )


def _send_frames(ctx: ServerContext, key: str, writer: SseWriter) -> None:
    store = ctx.store
    with store.lock:
        state = store.event_triggers[key].to_wire()
    writer.send(dumps_compact(state), event=_FRAME_EVENT)

    while state["status"] == "waiting":
        state = _wait_for_change(ctx, key, writer.wait_secs())
        if state["status"] != "waiting":
            writer.send(dumps_compact(state), event=_FRAME_EVENT)
            return
        if ctx.stopping.is_set():
            raise StreamCut("the server is stopping")
        writer.tick()


def _wait_for_change(ctx: ServerContext, key: str, timeout_secs: float) -> dict[str, JsonValue]:
    """Wait up to ``timeout_secs`` for the trigger to leave ``waiting`` and return its state.

    The socket is written only after the lock is released, so a slow client never holds
    up the rest of the server.
    """
    store = ctx.store
    with store.changed:
        if store.event_triggers[key].status == "waiting" and not ctx.stopping.is_set():
            store.changed.wait(timeout_secs)
        return store.event_triggers[key].to_wire()
