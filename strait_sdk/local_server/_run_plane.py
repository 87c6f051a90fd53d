"""Route table of the /sdk/v1/runs/{runID} plane: the 23 run-token operations."""

from __future__ import annotations

from ._router import Handler, Plane, Route
from ._sdk_flow import complete, continue_run, fail, spawn, wait_for_event
from ._sdk_storage import (
    delete_memory,
    delete_state,
    get_memory,
    get_state,
    list_memory,
    list_state,
    set_memory,
    set_state,
)
from ._sdk_telemetry import (
    annotate,
    checkpoint,
    get_payload,
    heartbeat,
    log,
    output,
    progress,
    resource_snapshot,
    resources,
    stream_chunk,
)

_PREFIX = "/sdk/v1/runs/{runID}"


def _route(method: str, suffix: str, handler: Handler) -> Route:
    return Route(method, _PREFIX + suffix, handler, Plane.RUN)


RUN_PLANE_ROUTES = (
    _route("GET", "/payload", get_payload),
    _route("POST", "/log", log),
    _route("POST", "/progress", progress),
    _route("POST", "/annotate", annotate),
    _route("POST", "/heartbeat", heartbeat),
    _route("POST", "/checkpoint", checkpoint),
    _route("POST", "/output", output),
    _route("POST", "/complete", complete),
    _route("POST", "/fail", fail),
    _route("POST", "/spawn", spawn),
    _route("POST", "/continue", continue_run),
    _route("POST", "/wait-for-event", wait_for_event),
    _route("POST", "/state", set_state),
    _route("GET", "/state", list_state),
    _route("GET", "/state/{key}", get_state),
    _route("DELETE", "/state/{key}", delete_state),
    _route("POST", "/stream", stream_chunk),
    _route("POST", "/resources", resources),
    _route("POST", "/resource-snapshot", resource_snapshot),
    _route("POST", "/memory/{key}", set_memory),
    _route("GET", "/memory/{key}", get_memory),
    _route("GET", "/memory", list_memory),
    _route("DELETE", "/memory/{key}", delete_memory),
)
