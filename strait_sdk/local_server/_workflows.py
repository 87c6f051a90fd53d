"""Handlers for /v1/workflows: create, list, get, update, delete, trigger and list runs."""

from __future__ import annotations

from typing import Any

from ._context import ServerContext
from ._decode import decode_body
from ._ids import new_uuid7, new_version_id
from ._job_rules import check_tags
from ._pagination import paginate, parse_page_request
from ._request import Request
from ._response import ApiError, Response, json_response, no_content
from ._timestamps import now_ns
from ._workflow_engine import WorkflowEngine
from ._workflow_records import WORKFLOW_OPTION_FIELDS, Workflow, WorkflowRun
from ._workflow_rules import build_steps
from ._workflow_specs import CREATE_WORKFLOW, TRIGGER_WORKFLOW, UPDATE_WORKFLOW

_NON_NEGATIVE_FIELDS = ("timeout_secs", "max_concurrent_runs", "max_parallel_steps")


def find_workflow(ctx: ServerContext, workflow_id: str) -> Workflow:
    workflow = ctx.store.workflows.get(workflow_id)
    if workflow is None:
        raise ApiError(404, "workflow not found")
    return workflow


def create_workflow(ctx: ServerContext, request: Request) -> Response:
    """Create a workflow and its steps. A project_id of another project gets 404, as in Strait."""
    fields = decode_body(request, CREATE_WORKFLOW)
    if fields["project_id"] != ctx.project_id:
        raise ApiError(404, "workflow not found")
    _check_settings(fields)

    with ctx.store.lock:
        if ctx.store.workflow_by_slug(fields["slug"]) is not None:
            raise ApiError(409, f"a workflow with slug {fields['slug']!r} already exists")
        workflow_id = new_uuid7()
        created_at = ctx.clock()
        workflow = Workflow(
            id=workflow_id,
            project_id=ctx.project_id,
            name=fields["name"],
            slug=fields["slug"],
            enabled=fields.get("enabled", True),
            version_id=new_version_id(),
            version_policy=fields.get("version_policy", ""),
            steps=build_steps(ctx, workflow_id, fields.get("steps") or []),
            options={name: fields[name] for name in WORKFLOW_OPTION_FIELDS if name in fields},
            created_at_ns=created_at,
            updated_at_ns=created_at,
        )
        ctx.store.workflows[workflow.id] = workflow
        return json_response(201, workflow.to_wire_with_steps())


def list_workflows(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)
    tag_key = request.query_value("tag_key")
    tag_value = request.query_value("tag_value")
    if tag_value and not tag_key:
        raise ApiError(400, "tag_value requires tag_key")

    with ctx.store.lock:
        workflows = [
            workflow
            for workflow in ctx.store.workflows.values()
            if not tag_key
            or (tag_key in workflow.tags and (not tag_value or workflow.tags[tag_key] == tag_value))
        ]
        envelope = paginate(
            workflows, page, created_at_ns=lambda item: item.created_at_ns, to_wire=Workflow.to_wire
        )
    return json_response(200, envelope)


def get_workflow(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        workflow = find_workflow(ctx, request.path_params["workflowID"])
        return json_response(200, workflow.to_wire_with_steps())


def update_workflow(ctx: ServerContext, request: Request) -> Response:
    """Apply the fields present and not null, and start a new workflow version.

    A new ``steps`` list replaces the old one and must keep every step_ref. Runs in
    progress go on with the steps they started with.

    NOTE: the reference describes ``active_runs_on_previous_version`` and
    ``previous_version_id`` only as present "when relevant". This server adds both when
    the workflow has runs that have not finished.
    """
    fields = decode_body(request, UPDATE_WORKFLOW)
    _check_settings(fields)

    with ctx.store.lock:
        workflow = find_workflow(ctx, request.path_params["workflowID"])
        slug = fields.get("slug", workflow.slug)
        other = ctx.store.workflow_by_slug(slug)
        if other is not None and other.id != workflow.id:
            raise ApiError(409, f"a workflow with slug {slug!r} already exists")
        if "steps" in fields:
            new_steps = build_steps(ctx, workflow.id, fields["steps"], workflow.steps)
            _check_no_step_removed(workflow, {step.step_ref for step in new_steps})
            workflow.steps = new_steps

        previous_version_id = workflow.version_id
        _apply_update(workflow, fields)
        body = workflow.to_wire_with_steps()
        active_runs = _active_runs(ctx, workflow.id)
        if active_runs:
            body["active_runs_on_previous_version"] = len(active_runs)
            body["previous_version_id"] = previous_version_id
        return json_response(200, body)


def delete_workflow(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        workflow = find_workflow(ctx, request.path_params["workflowID"])
        if _active_runs(ctx, workflow.id):
            raise ApiError(
                409, "workflow has active runs — cancel them first or wait for completion"
            )
        del ctx.store.workflows[workflow.id]
    return no_content()


def trigger_workflow(ctx: ServerContext, request: Request) -> Response:
    """Start a workflow run: 201 with the WorkflowRun, already ``running``.

    Each entry of ``step_overrides`` with ``enabled`` false, or left out as Go's zero
    value, makes that step start out skipped.
    """
    fields = decode_body(request, TRIGGER_WORKFLOW)

    with ctx.store.lock:
        workflow = find_workflow(ctx, request.path_params["workflowID"])
        project_id = fields.get("project_id")
        if project_id and project_id != ctx.project_id:
            raise ApiError(404, "workflow not found")
        if not workflow.enabled:
            raise ApiError(409, "workflow is disabled")
        check_tags(fields.get("tags"))

        step_refs = {step.step_ref for step in workflow.steps}
        overrides = fields.get("step_overrides") or []
        for override in overrides:
            if override.get("step_ref") not in step_refs:
                raise ApiError(
                    400, f'step_overrides: unknown step_ref "{override.get("step_ref", "")}"'
                )

        run = WorkflowEngine(ctx).start(
            workflow,
            payload=fields.get("payload"),
            triggered_by=fields.get("triggered_by") or "manual",
            tags={**workflow.tags, **(fields.get("tags") or {})},
            labels=dict(fields.get("labels") or {}),
            disabled_refs=frozenset(
                override["step_ref"] for override in overrides if not override.get("enabled")
            ),
        )
        return json_response(201, run.to_wire())


def list_runs_of_workflow(ctx: ServerContext, request: Request) -> Response:
    page = parse_page_request(request)
    with ctx.store.lock:
        workflow = find_workflow(ctx, request.path_params["workflowID"])
        runs = [run for run in ctx.store.workflow_runs.values() if run.workflow_id == workflow.id]
        envelope = paginate(
            runs, page, created_at_ns=lambda run: run.created_at_ns, to_wire=WorkflowRun.to_wire
        )
    return json_response(200, envelope)


def _check_settings(fields: dict[str, Any]) -> None:
    check_tags(fields.get("tags"))
    for name in _NON_NEGATIVE_FIELDS:
        if fields.get(name, 0) < 0:
            raise ApiError(400, f"{name} must not be negative")


def _check_no_step_removed(workflow: Workflow, new_refs: set[str]) -> None:
    for step in workflow.steps:
        if step.step_ref not in new_refs:
            raise ApiError(
                400,
                f'removing step_ref "{step.step_ref}" is not supported; '
                "disable it with step overrides instead",
            )


def _apply_update(workflow: Workflow, fields: dict[str, Any]) -> None:
    workflow.name = fields.get("name", workflow.name)
    workflow.slug = fields.get("slug", workflow.slug)
    workflow.enabled = fields.get("enabled", workflow.enabled)
    workflow.version_policy = fields.get("version_policy", workflow.version_policy)
    workflow.backwards_compatible = fields.get(
        "backwards_compatible", workflow.backwards_compatible
    )
    for name in WORKFLOW_OPTION_FIELDS:
        if name in fields:
            workflow.options[name] = fields[name]

    workflow.version += 1
    workflow.version_id = new_version_id()
    workflow.updated_at_ns = now_ns()


def _active_runs(ctx: ServerContext, workflow_id: str) -> list[WorkflowRun]:
    return [
        run
        for run in ctx.store.workflow_runs.values()
        if run.workflow_id == workflow_id and not run.is_terminal
    ]
