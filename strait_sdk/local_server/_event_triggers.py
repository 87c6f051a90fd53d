"""Handlers for /v1/events: list event triggers, and send, get and cancel one by key."""

from __future__ import annotations

from ._context import ServerContext
from ._decode import decode_body
from ._lifecycle import cancel_run, close_trigger, resolve_trigger
from ._pagination import paginate, parse_page_request
from ._records import EventTrigger
from ._request import Request
from ._request_specs import SEND_EVENT
from ._response import ApiError, Response, json_response
from ._wire import dumps_canonical

MAX_EVENT_KEY_BYTES = 512


def check_event_key(key: str) -> None:
    """Raise 400 unless the key is 1 to 512 bytes of UTF-8 with no control characters."""
    size = len(key.encode("utf-8"))
    if not 1 <= size <= MAX_EVENT_KEY_BYTES or any(
        ord(char) < 32 or ord(char) == 127 for char in key
    ):
        raise ApiError(
            400, f"event key must be 1 to {MAX_EVENT_KEY_BYTES} bytes with no control characters"
        )


def send_event(ctx: ServerContext, request: Request) -> Response:
    """Resolve a waiting trigger with the payload and requeue the run waiting on it.

    Sending the same payload again after the trigger was received returns 200; a
    different payload, or a trigger that timed out or was canceled, gets 409.
    """
    fields = decode_body(request, SEND_EVENT)
    key = request.path_params["eventKey"]
    check_event_key(key)
    payload = fields.get("payload")

    with ctx.store.lock:
        trigger = find_trigger(ctx, key)
        if trigger.status == "waiting":
            resolve_trigger(ctx, trigger, payload)
        elif trigger.status != "received" or not _same_payload(trigger, payload):
            raise ApiError(409, "event trigger is not in waiting state")
        return json_response(200, trigger.to_wire())


def list_event_triggers(ctx: ServerContext, request: Request) -> Response:
    """List event triggers, newest first with ``requested_at`` as the cursor.

    NOTE: the reference names the ``status``, ``workflow_run_id`` and ``source_type``
    filters but not how Strait treats an unknown value. Here it matches nothing.
    """
    page = parse_page_request(request)
    status = request.query_value("status")
    workflow_run_id = request.query_value("workflow_run_id")
    source_type = request.query_value("source_type")

    with ctx.store.lock:
        triggers = [
            trigger
            for trigger in ctx.store.event_triggers.values()
            if (not status or trigger.status == status)
            and (not workflow_run_id or trigger.workflow_run_id == workflow_run_id)
            and (not source_type or trigger.source_type == source_type)
        ]
        envelope = paginate(
            triggers,
            page,
            created_at_ns=lambda trigger: trigger.requested_at_ns,
            to_wire=EventTrigger.to_wire,
        )
    return json_response(200, envelope)


def get_event_trigger(ctx: ServerContext, request: Request) -> Response:
    key = request.path_params["eventKey"]
    check_event_key(key)
    with ctx.store.lock:
        return json_response(200, find_trigger(ctx, key).to_wire())


def cancel_event_trigger(ctx: ServerContext, request: Request) -> Response:
    """Cancel a waiting trigger. A job run waiting on it is canceled, and a workflow step
    waiting on it fails."""
    key = request.path_params["eventKey"]
    check_event_key(key)

    with ctx.store.lock:
        trigger = find_trigger(ctx, key)
        if trigger.status != "waiting":
            raise ApiError(409, "event trigger is not in waiting state")
        close_trigger(ctx, trigger, "canceled", error="canceled by user")

        run = ctx.store.runs.get(trigger.job_run_id)
        if run is not None and run.status == "waiting":
            cancel_run(ctx, run)
        return json_response(200, trigger.to_wire())


def find_trigger(ctx: ServerContext, key: str) -> EventTrigger:
    trigger = ctx.store.event_triggers.get(key)
    if trigger is None:
        raise ApiError(404, "event trigger not found")
    return trigger


def _same_payload(trigger: EventTrigger, payload: object) -> bool:
    return dumps_canonical(trigger.response_payload) == dumps_canonical(payload)
