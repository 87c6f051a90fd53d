"""Run-plane handlers that change the course of a run: complete, fail, spawn, continue, wait."""

from __future__ import annotations

from urllib.parse import urlsplit

from ._context import ServerContext
from ._decode import decode_body
from ._event_triggers import check_event_key
from ._lifecycle import (
    change_status,
    complete_run,
    create_run,
    create_wait_trigger,
    fail_run,
    spawn_await_key,
)
from ._records import Job
from ._request import Request
from ._request_specs import SDK_COMPLETE, SDK_CONTINUE, SDK_FAIL, SDK_SPAWN, SDK_WAIT_FOR_EVENT
from ._response import ApiError, Response, json_response
from ._run_auth import load_token_run
from ._timestamps import format_rfc3339_nano
from ._wire import JsonValue, json_size

MAX_RESULT_BYTES = 1_048_576
MAX_LINEAGE_DEPTH = 10
DEFAULT_WAIT_SECS = 3600
MAX_WAIT_SECS = 2_592_000


def complete(ctx: ServerContext, request: Request) -> Response:
    result = decode_body(request, SDK_COMPLETE).get("result")
    if result is not None and json_size(result) > MAX_RESULT_BYTES:
        raise ApiError(413, f"result exceeds the maximum size of {MAX_RESULT_BYTES} bytes")

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        complete_run(ctx, run, result)
        return json_response(200, run.to_wire())


def fail(ctx: ServerContext, request: Request) -> Response:
    """Fail the run for good: a failure reported by the job itself is not retried."""
    error = decode_body(request, SDK_FAIL)["error"]

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        fail_run(ctx, run, error)
        return json_response(200, run.to_wire())


def spawn(ctx: ServerContext, request: Request) -> Response:
    """Create and dispatch a child run of the job with ``job_slug`` in this project.

    With ``await_completion`` the parent waits on the trigger ``spawn-await:<child id>``
    and is dispatched again once every awaited child has finished.
    """
    fields = decode_body(request, SDK_SPAWN)
    await_secs = _wait_secs(fields.get("await_timeout_secs", 0), "await_timeout_secs")
    _check_spawn_project(ctx, fields["project_id"], fields.get("target_api_key", ""))

    with ctx.store.lock:
        parent = load_token_run(ctx, request)
        job = ctx.store.job_by_slug(fields["job_slug"])
        if job is None:
            raise ApiError(404, "job not found")
        _check_job_accepts_runs(job)

        payload = fields.get("payload")
        child = create_run(
            ctx,
            job,
            payload={} if payload is None else payload,
            triggered_by="spawn",
            parent_run_id=parent.id,
        )
        body: dict[str, JsonValue] = {
            "id": child.id,
            "job_id": child.job_id,
            "project_id": child.project_id,
            "status": child.status,
            "parent_run_id": parent.id,
            "triggered_by": child.triggered_by,
        }

        if fields.get("await_completion"):
            key = spawn_await_key(child.id)
            create_wait_trigger(ctx, parent, event_key=key, timeout_secs=await_secs)
            if parent.status == "executing":
                change_status(ctx, parent, "waiting")
            body["await_completion"] = True
            body["await_event_key"] = key
        return json_response(201, body)


def continue_run(ctx: ServerContext, request: Request) -> Response:
    """Start a continuation run of the same job; the calling run keeps running."""
    payload = decode_body(request, SDK_CONTINUE).get("payload")

    with ctx.store.lock:
        parent = load_token_run(ctx, request)
        if parent.lineage_depth + 1 > MAX_LINEAGE_DEPTH:
            raise ApiError(400, f"max lineage depth ({MAX_LINEAGE_DEPTH}) exceeded")
        job = ctx.store.jobs.get(parent.job_id)
        if job is None:
            raise ApiError(404, "job not found")

        run = create_run(
            ctx,
            job,
            payload=parent.payload if payload is None else payload,
            triggered_by="manual",
            priority=parent.priority,
            continuation_of=parent.id,
            lineage_depth=parent.lineage_depth + 1,
        )
        return json_response(201, run.to_wire())


def wait_for_event(ctx: ServerContext, request: Request) -> Response:
    """Create an event trigger and move the run from executing to waiting."""
    fields = decode_body(request, SDK_WAIT_FOR_EVENT)
    key = fields["event_key"]
    check_event_key(key)
    timeout_secs = _wait_secs(fields.get("timeout_secs", 0), "timeout_secs")
    notify_url = fields.get("notify_url", "")
    if notify_url:
        _check_notify_url(notify_url)

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        if run.status != "executing":
            raise ApiError(
                409, f"run must be executing to wait for event, current status: {run.status}"
            )
        if key in ctx.store.event_triggers:
            raise ApiError(409, "event key already in use")

        trigger = create_wait_trigger(
            ctx, run, event_key=key, timeout_secs=timeout_secs, notify_url=notify_url
        )
        change_status(ctx, run, "waiting")
        body = {
            "status": "waiting",
            "event_key": key,
            "expires_at": format_rfc3339_nano(trigger.expires_at_ns),
            "trigger_id": trigger.id,
        }
        return json_response(200, body)


def _wait_secs(requested: int, field_name: str) -> int:
    """Return the wait timeout: 3600 for a value of 0 or less, at most 30 days."""
    if requested <= 0:
        return DEFAULT_WAIT_SECS
    if requested > MAX_WAIT_SECS:
        raise ApiError(400, f"{field_name} must be {MAX_WAIT_SECS} seconds or fewer")
    return requested


def _check_spawn_project(ctx: ServerContext, project_id: str, target_api_key: str) -> None:
    """Reject a spawn into another project, which this single-project server cannot serve."""
    if project_id == ctx.project_id:
        return
    if not target_api_key:
        raise ApiError(400, "target_api_key is required for cross-project spawn")
    if target_api_key == ctx.api_key:
        raise ApiError(403, "target api key does not belong to the specified project")
    raise ApiError(401, "invalid target api key")


def _check_job_accepts_runs(job: Job) -> None:
    if not job.enabled:
        raise ApiError(400, "job is disabled")
    if job.paused:
        raise ApiError(409, "job is paused -- resume it before triggering new runs")


def _check_notify_url(url: str) -> None:
    """Raise 400 unless the URL is absolute http(s).

    NOTE: Strait also runs an SSRF check here. This server skips it, because local
    endpoints are the point, and it never calls the notify URL.
    """
    try:
        parts = urlsplit(url)
    except ValueError as error:
        raise ApiError(400, f"notify_url rejected: {error}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ApiError(400, "notify_url rejected: it must be an absolute http or https URL")
