"""Handlers for /v1/jobs: create, list, get, update, delete, pause and resume."""

from __future__ import annotations

from typing import Any

from ._context import ServerContext
from ._decode import decode_body
from ._ids import new_uuid7, new_version_id
from ._job_rules import check_job_settings
from ._pagination import paginate, parse_page_request
from ._records import Job
from ._request import Request
from ._request_specs import CREATE_JOB, PAUSE_JOB, UPDATE_JOB
from ._response import ApiError, Response, json_response, no_content
from ._timestamps import now_ns

# Request fields that Job keeps as typed attributes. The rest are copied to Job.options
# under the same wire name.
_CORE_FIELDS = frozenset(
    {
        "project_id",
        "name",
        "slug",
        "endpoint_url",
        "endpoint_signing_secret",
        "webhook_secret",
        "max_attempts",
        "timeout_secs",
        "enabled",
        "execution_mode",
        "queue_name",
    }
)
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_TIMEOUT_SECS = 300


def find_job(ctx: ServerContext, job_id: str) -> Job:
    job = ctx.store.jobs.get(job_id)
    if job is None:
        raise ApiError(404, "job not found")
    return job


def create_job(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, CREATE_JOB)
    if fields["project_id"] != ctx.project_id:
        raise ApiError(403, "project_id does not match authenticated project")

    execution_mode = fields.get("execution_mode") or "http"
    endpoint_url = fields.get("endpoint_url", "")
    check_job_settings(fields, execution_mode=execution_mode, endpoint_url=endpoint_url)

    options: dict[str, Any] = {"retry_priority_boost": 1, "version_policy": "pin"}
    options.update({name: value for name, value in fields.items() if name not in _CORE_FIELDS})
    created_at = ctx.clock()
    job = Job(
        id=new_uuid7(),
        project_id=ctx.project_id,
        name=fields["name"],
        slug=fields["slug"],
        endpoint_url=endpoint_url,
        max_attempts=fields.get("max_attempts") or DEFAULT_MAX_ATTEMPTS,
        timeout_secs=fields.get("timeout_secs") or DEFAULT_TIMEOUT_SECS,
        enabled=fields.get("enabled", True),
        execution_mode=execution_mode,
        queue=fields.get("queue_name") or "default",
        version_id=new_version_id(),
        signing_secret=_signing_secret(fields) or None,
        options=options,
        created_at_ns=created_at,
        updated_at_ns=created_at,
    )

    with ctx.store.lock:
        if ctx.store.job_by_slug(job.slug) is not None:
            raise ApiError(409, f"a job with slug {job.slug!r} already exists")
        ctx.store.jobs[job.id] = job
        return json_response(201, job.to_wire())


def list_jobs(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)
    slug = request.query_value("slug")
    tag_key = request.query_value("tag_key")
    tag_value = request.query_value("tag_value")
    if tag_value and not tag_key:
        raise ApiError(400, "tag_value requires tag_key")

    with ctx.store.lock:
        jobs = [
            job
            for job in ctx.store.jobs.values()
            if (not slug or job.slug == slug) and _has_tag(job, tag_key, tag_value)
        ]
        envelope = paginate(
            jobs, page, created_at_ns=lambda job: job.created_at_ns, to_wire=Job.to_wire
        )
    return json_response(200, envelope)


def get_job(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        return json_response(200, find_job(ctx, request.path_params["jobID"]).to_wire())


def update_job(ctx: ServerContext, request: Request) -> Response:
    """Apply the fields present and not null, and start a new job version."""
    fields = decode_body(request, UPDATE_JOB)

    with ctx.store.lock:
        job = find_job(ctx, request.path_params["jobID"])
        execution_mode = fields.get("execution_mode", job.execution_mode)
        endpoint_url = fields.get("endpoint_url", job.endpoint_url)
        check_job_settings(fields, execution_mode=execution_mode, endpoint_url=endpoint_url)

        slug = fields.get("slug", job.slug)
        other = ctx.store.job_by_slug(slug)
        if other is not None and other.id != job.id:
            raise ApiError(409, f"a job with slug {slug!r} already exists")

        _apply_update(job, fields, execution_mode=execution_mode, endpoint_url=endpoint_url)
        return json_response(200, job.to_wire())


def delete_job(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        job = find_job(ctx, request.path_params["jobID"])
        if ctx.store.has_active_runs(job.id):
            raise ApiError(409, "job has active runs — cancel them first or wait for completion")
        del ctx.store.jobs[job.id]
        ctx.store.job_memory.pop(job.id, None)
    return no_content()


def pause_job(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, PAUSE_JOB)

    with ctx.store.lock:
        job = find_job(ctx, request.path_params["jobID"])
        job.paused = True
        job.paused_at_ns = job.updated_at_ns = now_ns()
        job.pause_reason = fields.get("reason", "")
        return json_response(200, job.to_wire())


def resume_job(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        job = find_job(ctx, request.path_params["jobID"])
        job.paused = False
        job.paused_at_ns = None
        job.pause_reason = ""
        job.updated_at_ns = now_ns()
        return json_response(200, job.to_wire())


def _apply_update(
    job: Job, fields: dict[str, Any], *, execution_mode: str, endpoint_url: str
) -> None:
    job.name = fields.get("name", job.name)
    job.slug = fields.get("slug", job.slug)
    job.endpoint_url = endpoint_url
    job.execution_mode = execution_mode
    job.max_attempts = fields.get("max_attempts", job.max_attempts)
    job.timeout_secs = fields.get("timeout_secs", job.timeout_secs)
    job.enabled = fields.get("enabled", job.enabled)
    if "queue_name" in fields:
        job.queue = fields["queue_name"] or "default"

    secret = _signing_secret(fields)
    if secret is not None:
        job.signing_secret = secret or None
    job.options.update({name: value for name, value in fields.items() if name not in _CORE_FIELDS})

    job.version += 1
    job.version_id = new_version_id()
    job.updated_at_ns = now_ns()


def _signing_secret(fields: dict[str, Any]) -> str | None:
    """Return the request's endpoint signing secret. ``webhook_secret`` wins when both are set.

    Returns "" when the request clears the secret and None when it does not mention it.
    """
    secret = fields.get("webhook_secret") or fields.get("endpoint_signing_secret")
    if secret is None and ("webhook_secret" in fields or "endpoint_signing_secret" in fields):
        return ""
    return secret


def _has_tag(job: Job, key: str | None, value: str | None) -> bool:
    if not key:
        return True
    tags = job.options.get("tags") or {}
    return key in tags and (not value or tags[key] == value)
