"""Handlers for /v1/runs: list, get, cancel, and the run's events, checkpoints and outputs."""

from __future__ import annotations

from collections.abc import Callable

from ._context import ServerContext
from ._lifecycle import cancel_run as cancel_run_tree
from ._pagination import paginate, parse_page_request
from ._records import RUN_STATUSES, Run, RunCheckpoint, RunEvent, RunOutput
from ._request import Request
from ._response import ApiError, Response, json_response
from ._wire import JsonValue, loads_finite

_EXECUTION_MODES = frozenset({"http", "worker"})
_ERROR_CLASSES = frozenset(
    {
        "rate_limited",
        "auth",
        "client",
        "server",
        "transient",
        "timeout",
        "oom",
        "connection",
        "budget",
        "unknown",
    }
)

RunFilter = Callable[[Run], bool]


def find_run(ctx: ServerContext, run_id: str) -> Run:
    run = ctx.store.runs.get(run_id)
    if run is None:
        raise ApiError(404, "run not found")
    return run


def list_runs(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request, cursor_error="cursor must be a valid RFC3339 timestamp")
    filters = _run_filters(request)

    with ctx.store.lock:
        runs = [run for run in ctx.store.runs.values() if all(check(run) for check in filters)]
        envelope = paginate(
            runs, page, created_at_ns=lambda run: run.created_at_ns, to_wire=Run.to_wire
        )
    return json_response(200, envelope)


def get_run(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        return json_response(200, find_run(ctx, request.path_params["runID"]).to_wire())


def cancel_run(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = find_run(ctx, request.path_params["runID"])
        if run.is_terminal:
            raise ApiError(400, "run already in terminal state")
        cancel_run_tree(ctx, run)
        return json_response(200, run.to_wire())


def list_run_events(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)
    level = request.query_value("level")
    event_type = request.query_value("type")

    with ctx.store.lock:
        run = find_run(ctx, request.path_params["runID"])
        events = [
            event
            for event in ctx.store.run_events.get(run.id, [])
            if (not level or event.level == level) and (not event_type or event.type == event_type)
        ]
        envelope = paginate(
            events, page, created_at_ns=lambda e: e.created_at_ns, to_wire=RunEvent.to_wire
        )
    return json_response(200, envelope)


def list_run_checkpoints(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)

    with ctx.store.lock:
        run = find_run(ctx, request.path_params["runID"])
        envelope = paginate(
            ctx.store.checkpoints.get(run.id, []),
            page,
            created_at_ns=lambda checkpoint: checkpoint.created_at_ns,
            to_wire=RunCheckpoint.to_wire,
        )
    return json_response(200, envelope)


def list_run_outputs(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)

    with ctx.store.lock:
        run = find_run(ctx, request.path_params["runID"])
        envelope = paginate(
            ctx.store.outputs.get(run.id, {}).values(),
            page,
            created_at_ns=lambda output: output.created_at_ns,
            to_wire=RunOutput.to_wire,
        )
    return json_response(200, envelope)


def _run_filters(request: Request) -> list[RunFilter]:
    """Translate the list-runs query parameters into predicates, raising 400 for bad values."""
    filters: list[RunFilter] = []

    statuses = request.query_values("statuses") + request.query_values("statuses[]")
    status = request.query_value("status")
    if status:
        statuses.append(status)
    if any(value not in RUN_STATUSES for value in statuses):
        raise ApiError(400, "status is invalid")
    if statuses:
        allowed_statuses = frozenset(statuses)
        filters.append(lambda run: run.status in allowed_statuses)

    filters.extend(_label_filters(request))

    triggered_by = request.query_value("triggered_by")
    if triggered_by:
        filters.append(lambda run: run.triggered_by == triggered_by)
    if request.query_value("batch_id"):
        # Local runs never belong to a batch.
        filters.append(lambda run: False)

    execution_mode = request.query_value("execution_mode")
    if execution_mode:
        if execution_mode not in _EXECUTION_MODES:
            raise ApiError(400, "execution_mode must be http or worker")
        filters.append(lambda run: run.execution_mode == execution_mode)

    error_class = request.query_value("error_class")
    if error_class:
        if error_class not in _ERROR_CLASSES:
            raise ApiError(400, "error_class is invalid")
        filters.append(lambda run: run.error_class == error_class)

    payload_contains = request.query_value("payload_contains")
    if payload_contains:
        try:
            pattern = loads_finite(payload_contains)
        except ValueError:
            raise ApiError(400, "payload_contains must be valid JSON") from None
        filters.append(lambda run: json_contains(run.payload, pattern))
    return filters


def _label_filters(request: Request) -> list[RunFilter]:
    tag_key, tag_value = request.query_value("tag_key"), request.query_value("tag_value")
    metadata_key = request.query_value("metadata_key")
    metadata_value = request.query_value("metadata_value")
    if tag_value and not tag_key:
        raise ApiError(400, "tag_value requires tag_key")
    if metadata_value and not metadata_key:
        raise ApiError(400, "metadata_value requires metadata_key")
    if tag_key and metadata_key:
        raise ApiError(400, "tag_key cannot be combined with metadata_key")

    filters: list[RunFilter] = []
    if tag_key:
        filters.append(
            lambda run: tag_key in run.tags and (not tag_value or run.tags[tag_key] == tag_value)
        )
    if metadata_key:
        filters.append(
            lambda run: (
                metadata_key in run.metadata
                and (not metadata_value or run.metadata[metadata_key] == metadata_value)
            )
        )
    return filters


def json_contains(value: JsonValue, pattern: JsonValue) -> bool:
    """Return whether ``value`` contains ``pattern`` by the rules of PostgreSQL's jsonb ``@>``."""
    if isinstance(pattern, dict):
        return isinstance(value, dict) and all(
            key in value and json_contains(value[key], item) for key, item in pattern.items()
        )
    if isinstance(pattern, list):
        if not isinstance(value, list):
            return False
        return all(any(json_contains(element, item) for element in value) for item in pattern)
    return type(value) is type(pattern) and bool(value == pattern)
