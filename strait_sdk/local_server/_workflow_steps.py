"""Starting one workflow step of each step type: job, approval, wait_for_event and sleep."""

from __future__ import annotations

import functools
from collections.abc import Callable

from attrs import frozen

from ._context import ServerContext
from ._ids import new_uuid7
from ._lifecycle import add_trigger, create_run
from ._timestamps import NANOS_PER_SECOND, now_ns
from ._workflow_records import WorkflowRun, WorkflowStep, WorkflowStepApproval, WorkflowStepRun

DEFAULT_EVENT_TIMEOUT_SECS = 3600


@frozen
class StepTimers:
    """Engine callbacks that timers call with (workflow run id, step run id)."""

    wake: Callable[[str, str], None]
    expire_approval: Callable[[str, str], None]


def start_step(
    ctx: ServerContext,
    run: WorkflowRun,
    step: WorkflowStep,
    step_run: WorkflowStepRun,
    timers: StepTimers,
) -> str | None:
    """Start a pending step and return None, or return why it cannot start.

    A job step is ``running`` while its job run lasts. Approval, wait_for_event and sleep
    steps are ``waiting``. Call it with ``ctx.store.lock`` held, and fail the step when
    an error message comes back.

    NOTE: Strait's trigger_type enum has ``sleep``, so Strait may record a sleep as an
    event trigger. Here a sleep step is only a timer and does not appear in /v1/events.
    """
    step_run.attempt = 1
    step_run.started_at_ns = now_ns()
    if step.step_type == "job":
        return _start_job_step(ctx, run, step, step_run)

    step_run.status = "waiting"
    if step.step_type == "approval":
        _request_approval(ctx, run, step, step_run, timers)
        return None
    if step.step_type == "wait_for_event":
        return _wait_for_event(ctx, run, step, step_run)
    if step.step_type == "sleep":
        due_ns = step_run.started_at_ns + step.sleep_duration_secs * NANOS_PER_SECOND
        ctx.timers.call_at(due_ns, functools.partial(timers.wake, run.id, step_run.id))
        return None
    return f"step_type {step.step_type} is not supported by the local server"


def _start_job_step(
    ctx: ServerContext, run: WorkflowRun, step: WorkflowStep, step_run: WorkflowStepRun
) -> str | None:
    """Trigger a run of the step's job. Its payload is the step's payload, else the run's.

    NOTE: the reference does not say how Strait builds a step's job payload. This server
    does not merge the outputs of earlier steps into it.
    """
    step_run.status = "running"
    job = ctx.store.jobs.get(step.job_id)
    if job is None:
        return f'job "{step.job_id}" not found'
    if not job.enabled:
        return "job is disabled"
    if job.paused:
        return "job is paused"

    payload = step.payload if step.payload is not None else run.payload
    job_run = create_run(
        ctx,
        job,
        payload={} if payload is None else payload,
        triggered_by="workflow",
        workflow_step_run_id=step_run.id,
    )
    step_run.job_run_id = job_run.id
    return None


def _request_approval(
    ctx: ServerContext,
    run: WorkflowRun,
    step: WorkflowStep,
    step_run: WorkflowStepRun,
    timers: StepTimers,
) -> None:
    requested_at = ctx.clock()
    approval = WorkflowStepApproval(
        id=new_uuid7(),
        workflow_run_id=run.id,
        workflow_step_run_id=step_run.id,
        approvers=list(step.approval_approvers),
        status="pending",
        requested_at_ns=requested_at,
    )
    timeout_secs = step.approval_timeout_secs
    if timeout_secs > 0:
        approval.expires_at_ns = requested_at + timeout_secs * NANOS_PER_SECOND
        expire = functools.partial(timers.expire_approval, run.id, step_run.id)
        ctx.timers.call_at(now_ns() + timeout_secs * NANOS_PER_SECOND, expire)
    ctx.store.workflow_approvals[step_run.id] = approval


def _wait_for_event(
    ctx: ServerContext, run: WorkflowRun, step: WorkflowStep, step_run: WorkflowStepRun
) -> str | None:
    """Create the step's event trigger, which ``POST /v1/events/{key}/send`` resolves.

    NOTE: the reference does not say which key Strait uses when the step has no
    event_key, nor what happens when the key is taken. This server uses
    ``workflow:<run id>:<step_ref>``, fails the step while another trigger with the key
    is waiting, and replaces a finished trigger with the same key.
    """
    key = step.event_key or f"workflow:{run.id}:{step.step_ref}"
    existing = ctx.store.event_triggers.get(key)
    if existing is not None and existing.status == "waiting":
        return f'event key "{key}" is already in use by a waiting trigger'

    add_trigger(
        ctx,
        event_key=key,
        project_id=run.project_id,
        timeout_secs=step.event_timeout_secs or DEFAULT_EVENT_TIMEOUT_SECS,
        workflow_run_id=run.id,
        workflow_step_run_id=step_run.id,
        notify_url=step.event_notify_url,
    )
    return None
