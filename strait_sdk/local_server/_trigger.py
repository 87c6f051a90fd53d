"""Handler for POST /v1/jobs/{jobID}/trigger."""

from __future__ import annotations

from typing import Any

from ._context import ServerContext
from ._decode import decode_body
from ._job_rules import check_tags
from ._jobs import find_job
from ._lifecycle import create_run, run_expiry_ns
from ._records import Job, Run
from ._request import Request
from ._request_specs import TRIGGER
from ._response import ApiError, Response, json_response
from ._timestamps import NANOS_PER_SECOND, format_rfc3339_nano, now_ns
from ._wire import JsonValue, dumps_canonical, payload_hash, wire_object

MAX_SCHEDULE_AHEAD_NS = 30 * 24 * 3600 * NANOS_PER_SECOND


def trigger_job(ctx: ServerContext, request: Request) -> Response:
    """Create a run: 201 with its id, status and payload hash.

    A key already stored on a run of this job returns that run with 200 and
    ``idempotency_hit``. ``dry_run`` returns the validation result with 200 and
    creates nothing.
    """
    fields = decode_body(request, TRIGGER)
    # Strait's handler reads X-Idempotency-Key first here, the reverse of the middleware.
    run_key = request.header("X-Idempotency-Key") or request.header("Idempotency-Key") or ""

    with ctx.store.lock:
        job = find_job(ctx, request.path_params["jobID"])
        existing = _run_with_key(ctx, job, run_key)
        if existing is not None:
            body = {"id": existing.id, "status": existing.status, "idempotency_hit": True}
            return json_response(200, body)

        if not job.enabled:
            raise ApiError(400, "job is disabled")
        if job.paused:
            raise ApiError(409, "job is paused -- resume it before triggering new runs")

        scheduled_at_ns = _check_schedule(fields.get("scheduled_at"))
        check_tags(fields.get("tags"))
        tags = {**(job.options.get("tags") or {}), **(fields.get("tags") or {})}
        payload = fields.get("payload")
        if payload is None:
            payload = {}
        digest = payload_hash(dumps_canonical(payload))

        if fields.get("dry_run"):
            return json_response(
                200, _dry_run_result(job, fields, payload, digest, scheduled_at_ns)
            )

        run = create_run(
            ctx,
            job,
            payload=payload,
            triggered_by="manual",
            priority=fields.get("priority", 0),
            tags=tags,
            scheduled_at_ns=scheduled_at_ns,
            ttl_secs=fields.get("ttl_secs"),
            idempotency_key=run_key,
            concurrency_key=fields.get("concurrency_key", ""),
        )
        body = {
            "id": run.id,
            "status": run.status,
            "payload_hash": digest,
            "idempotency_hit": False,
        }
        return json_response(201, body)


def _run_with_key(ctx: ServerContext, job: Job, key: str) -> Run | None:
    if not key:
        return None
    return next(
        (
            run
            for run in ctx.store.runs.values()
            if run.job_id == job.id and run.idempotency_key == key
        ),
        None,
    )


def _check_schedule(scheduled_at_ns: int | None) -> int | None:
    if scheduled_at_ns is None:
        return None
    now = now_ns()
    if scheduled_at_ns < now:
        raise ApiError(400, "scheduled_at must not be in the past")
    if scheduled_at_ns > now + MAX_SCHEDULE_AHEAD_NS:
        raise ApiError(400, "scheduled_at must be at most 30 days in the future")
    return scheduled_at_ns


def _dry_run_result(
    job: Job,
    fields: dict[str, Any],
    payload: JsonValue,
    digest: str,
    scheduled_at_ns: int | None,
) -> dict[str, JsonValue]:
    job_info = wire_object(
        [
            ("id", job.id),
            ("name", job.name),
            ("slug", job.slug),
            ("execution_mode", job.execution_mode),
            ("queue", job.queue),
            ("timeout_secs", job.timeout_secs),
            ("max_attempts", job.max_attempts),
            ("version", job.version),
            ("version_id", job.version_id),
        ],
        omit_empty=("queue", "version_id"),
    )
    start_ns = scheduled_at_ns or now_ns()
    return wire_object(
        [
            ("job", job_info),
            ("payload_hash", digest),
            ("payload", payload),
            (
                "scheduled_at",
                None if scheduled_at_ns is None else format_rfc3339_nano(scheduled_at_ns),
            ),
            (
                "expires_at",
                format_rfc3339_nano(run_expiry_ns(job, start_ns, fields.get("ttl_secs"))),
            ),
        ],
        omit_empty=("scheduled_at",),
        omit_none=("payload",),
    )
