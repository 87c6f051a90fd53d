"""Checks on workflow step definitions, and building the steps from request fields (400)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._context import ServerContext
from ._event_triggers import check_event_key
from ._ids import new_uuid7
from ._response import ApiError
from ._workflow_records import WorkflowStep

STEP_TYPES = ("job", "approval", "sub_workflow", "wait_for_event", "sleep")
FAILURE_POLICIES = ("fail_workflow", "skip_dependents", "continue")
DEFAULT_STEP_TYPE = "job"
DEFAULT_FAILURE_POLICY = "fail_workflow"

# Request fields that WorkflowStep keeps as typed attributes. The others are copied to
# WorkflowStep.options under the same wire name.
_TYPED_STEP_FIELDS = frozenset(
    {
        "job_id",
        "step_ref",
        "depends_on",
        "on_failure",
        "payload",
        "step_type",
        "approval_timeout_secs",
        "approval_approvers",
        "event_key",
        "event_timeout_secs",
        "event_notify_url",
        "sleep_duration_secs",
    }
)


def build_steps(
    ctx: ServerContext,
    workflow_id: str,
    step_fields: Sequence[dict[str, Any]],
    existing: Sequence[WorkflowStep] = (),
) -> list[WorkflowStep]:
    """Check the step definitions and return them as steps, in request order.

    A step whose step_ref matches one in ``existing`` keeps that step's id and
    created_at. The caller must hold ``ctx.store.lock``, because job ids are looked up.
    """
    refs = _check_refs(step_fields)
    previous = {step.step_ref: step for step in existing}
    steps: list[WorkflowStep] = []
    for fields in step_fields:
        _check_step(ctx, fields, refs)
        kept = previous.get(fields["step_ref"])
        steps.append(
            WorkflowStep(
                id=kept.id if kept else new_uuid7(),
                workflow_id=workflow_id,
                step_ref=fields["step_ref"],
                step_type=fields.get("step_type") or DEFAULT_STEP_TYPE,
                on_failure=fields.get("on_failure") or DEFAULT_FAILURE_POLICY,
                job_id=fields.get("job_id", ""),
                depends_on=list(fields.get("depends_on") or []),
                payload=fields.get("payload"),
                approval_timeout_secs=fields.get("approval_timeout_secs", 0),
                approval_approvers=list(fields.get("approval_approvers") or []),
                event_key=fields.get("event_key", ""),
                event_timeout_secs=fields.get("event_timeout_secs", 0),
                event_notify_url=fields.get("event_notify_url", ""),
                sleep_duration_secs=fields.get("sleep_duration_secs", 0),
                options={
                    name: value
                    for name, value in fields.items()
                    if name not in _TYPED_STEP_FIELDS and value is not None
                },
                created_at_ns=kept.created_at_ns if kept else ctx.clock(),
            )
        )
    _check_acyclic(steps)
    return steps


def _check_refs(step_fields: Sequence[dict[str, Any]]) -> set[str]:
    """Raise 400 for a missing or repeated step_ref and return the set of refs.

    NOTE: the reference does not give Strait's message for a step without step_ref.
    """
    refs: set[str] = set()
    for index, fields in enumerate(step_fields):
        ref = fields.get("step_ref", "")
        if not ref:
            raise ApiError(400, f"steps[{index}]: step_ref is required")
        if ref in refs:
            raise ApiError(400, f'duplicate step_ref "{ref}"')
        refs.add(ref)
    return refs


def _check_step(ctx: ServerContext, fields: dict[str, Any], refs: set[str]) -> None:
    ref = fields["step_ref"]
    step_type = fields.get("step_type") or DEFAULT_STEP_TYPE
    if step_type not in STEP_TYPES:
        raise ApiError(400, f'step "{ref}": step_type must be one of {", ".join(STEP_TYPES)}')
    if step_type == "sub_workflow":
        raise ApiError(
            400, f'step "{ref}": step_type sub_workflow is not supported by the local server'
        )
    on_failure = fields.get("on_failure") or DEFAULT_FAILURE_POLICY
    if on_failure not in FAILURE_POLICIES:
        raise ApiError(
            400, f'step "{ref}": on_failure must be one of {", ".join(FAILURE_POLICIES)}'
        )

    for dependency in fields.get("depends_on") or []:
        if dependency not in refs:
            raise ApiError(400, f'step "{ref}" depends on unknown step_ref "{dependency}"')

    job_id = fields.get("job_id", "")
    if step_type == "job":
        if not job_id:
            raise ApiError(400, f'step "{ref}": job_id is required for job steps')
        if job_id not in ctx.store.jobs:
            raise ApiError(400, f'step "{ref}": job "{job_id}" not found')
    if step_type == "sleep" and fields.get("sleep_duration_secs", 0) <= 0:
        raise ApiError(400, f'step "{ref}": sleep steps need a positive sleep_duration_secs')
    if step_type == "wait_for_event" and fields.get("event_key"):
        check_event_key(fields["event_key"])
    for name in ("approval_timeout_secs", "event_timeout_secs"):
        if fields.get(name, 0) < 0:
            raise ApiError(400, f'step "{ref}": {name} must not be negative')


def _check_acyclic(steps: Sequence[WorkflowStep]) -> None:
    """Raise 400 when depends_on forms a cycle, found by removing steps without open deps."""
    remaining = {step.step_ref: set(step.depends_on) for step in steps}
    while remaining:
        ready = [ref for ref, deps in remaining.items() if not deps]
        if not ready:
            blocked = ", ".join(sorted(remaining))
            raise ApiError(
                400, f"depends_on forms a cycle, so these steps can never start: {blocked}"
            )
        for ref in ready:
            del remaining[ref]
        for deps in remaining.values():
            deps.difference_update(ready)
