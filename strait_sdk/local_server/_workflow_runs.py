"""Handlers for /v1/workflow-runs: list, get, cancel, list step runs, approve and skip steps."""

from __future__ import annotations

from ._context import ServerContext
from ._decode import decode_body
from ._pagination import paginate, parse_page_request
from ._request import Request
from ._response import ApiError, Response, json_response
from ._wire import JsonValue
from ._workflow_engine import WorkflowEngine
from ._workflow_records import WORKFLOW_RUN_STATUSES, WorkflowRun, WorkflowStepRun
from ._workflow_specs import APPROVE_STEP, SKIP_STEP


def find_workflow_run(ctx: ServerContext, run_id: str) -> WorkflowRun:
    run = ctx.store.workflow_runs.get(run_id)
    if run is None:
        raise ApiError(404, "workflow run not found")
    return run


def list_workflow_runs(ctx: ServerContext, request: Request) -> Response:
    """List the project's workflow runs, newest first, by ``status`` or by tag."""
    page = parse_page_request(request)
    status = request.query_value("status")
    tag_key = request.query_value("tag_key")
    tag_value = request.query_value("tag_value")
    if status and status not in WORKFLOW_RUN_STATUSES:
        raise ApiError(400, "status is invalid")
    if status and tag_key:
        raise ApiError(400, "status cannot be combined with tag_key")
    if tag_value and not tag_key:
        raise ApiError(400, "tag_value requires tag_key")

    with ctx.store.lock:
        runs = [
            run
            for run in ctx.store.workflow_runs.values()
            if (not status or run.status == status) and _has_tag(run, tag_key, tag_value)
        ]
        envelope = paginate(
            runs, page, created_at_ns=lambda run: run.created_at_ns, to_wire=WorkflowRun.to_wire
        )
    return json_response(200, envelope)


def get_workflow_run(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = find_workflow_run(ctx, request.path_params["workflowRunID"])
        return json_response(200, run.to_wire())


def cancel_workflow_run(ctx: ServerContext, request: Request) -> Response:
    """Cancel the run, its unfinished steps and their job runs. A finished run gets 400."""
    with ctx.store.lock:
        run = find_workflow_run(ctx, request.path_params["workflowRunID"])
        WorkflowEngine(ctx).cancel(run)
        return json_response(200, run.to_wire())


def list_step_runs(ctx: ServerContext, request: Request) -> Response:
    """List the run's step runs oldest first: the cursor keeps only rows newer than it."""
    page = parse_page_request(request)
    with ctx.store.lock:
        run = find_workflow_run(ctx, request.path_params["workflowRunID"])
        envelope = paginate(
            ctx.store.workflow_step_runs.get(run.id, []),
            page,
            created_at_ns=lambda step_run: step_run.created_at_ns,
            to_wire=WorkflowStepRun.to_wire,
            oldest_first=True,
        )
    return json_response(200, envelope)


def approve_step(ctx: ServerContext, request: Request) -> Response:
    """Approve a waiting approval step: 200 with ``step_run`` and ``approval``."""
    approver = decode_body(request, APPROVE_STEP).get("approver", "")
    with ctx.store.lock:
        run = find_workflow_run(ctx, request.path_params["workflowRunID"])
        step_run = WorkflowEngine(ctx).approve(run, request.path_params["stepRef"], approver)
        approval = ctx.store.workflow_approvals[step_run.id]
        body: dict[str, JsonValue] = {
            "step_run": step_run.to_wire(),
            "approval": approval.to_wire(),
        }
        return json_response(200, body)


def skip_step(ctx: ServerContext, request: Request) -> Response:
    """Skip an unfinished step: 200 with ``step_run``. The reason is accepted and not stored."""
    decode_body(request, SKIP_STEP)
    with ctx.store.lock:
        run = find_workflow_run(ctx, request.path_params["workflowRunID"])
        step_run = WorkflowEngine(ctx).skip(run, request.path_params["stepRef"])
        return json_response(200, {"step_run": step_run.to_wire()})


def _has_tag(run: WorkflowRun, key: str | None, value: str | None) -> bool:
    if not key:
        return True
    return key in run.tags and (not value or run.tags[key] == value)
