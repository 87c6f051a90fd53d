"""The workflow engine: starts each step once its dependencies are done and ends the run.

A run starts ``running`` with one step run per step, all ``pending``. A step starts when
every step it depends on is completed or skipped, or failed with on_failure
``continue``. ``max_parallel_steps`` caps the steps running or waiting at once. The
run completes once every step run has finished, and fails as soon as a step with
on_failure ``fail_workflow`` fails. A failed step with ``skip_dependents`` skips every
step that depends on it, directly or not.

NOTE: the reference does not describe Strait's engine. Creating every step run at
trigger time, and completing a run whose failed steps had ``skip_dependents`` or
``continue``, are this server's choices.

Every method expects the caller to hold ``ctx.store.lock``, except the timer callbacks,
which take it themselves.
"""

from __future__ import annotations

import functools
import logging

from ._context import ServerContext
from ._ids import new_uuid7
from ._lifecycle import cancel_run, close_trigger
from ._records import EventTrigger, Run
from ._response import ApiError
from ._timestamps import NANOS_PER_SECOND, now_ns
from ._wire import JsonValue
from ._workflow_records import Workflow, WorkflowRun, WorkflowStep, WorkflowStepRun
from ._workflow_steps import StepTimers, start_step

logger = logging.getLogger("strait_sdk.local_server")

_ACTIVE_STEP_STATUSES = frozenset({"running", "waiting"})


class WorkflowEngine:
    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    def start(
        self,
        workflow: Workflow,
        *,
        payload: JsonValue,
        triggered_by: str,
        tags: dict[str, str],
        labels: dict[str, str],
        disabled_refs: frozenset[str],
    ) -> WorkflowRun:
        """Create a running workflow run and start the steps that depend on nothing.

        Steps named in ``disabled_refs`` start out skipped.
        """
        ctx = self._ctx
        started_at = now_ns()
        run = WorkflowRun(
            id=new_uuid7(),
            workflow_id=workflow.id,
            project_id=workflow.project_id,
            status="running",
            triggered_by=triggered_by,
            workflow_version=workflow.version,
            workflow_version_id=workflow.version_id,
            steps=tuple(workflow.steps),
            tags=tags,
            labels=labels,
            max_parallel_steps=workflow.options.get("max_parallel_steps") or 0,
            payload=payload,
            started_at_ns=started_at,
            created_at_ns=ctx.clock(),
        )
        timeout_secs = workflow.options.get("timeout_secs") or 0
        if timeout_secs > 0:
            run.expires_at_ns = started_at + timeout_secs * NANOS_PER_SECOND
            expire = functools.partial(self._expire_run, run.id, timeout_secs)
            ctx.timers.call_at(run.expires_at_ns, expire)

        ctx.store.workflow_runs[run.id] = run
        ctx.store.workflow_step_runs[run.id] = [
            self._new_step_run(run, step, skipped=step.step_ref in disabled_refs)
            for step in run.steps
        ]
        logger.debug("workflow run %s of workflow %s started", run.id, workflow.id)
        self._advance(run)
        return run

    def cancel(self, run: WorkflowRun) -> None:
        if run.is_terminal:
            raise ApiError(400, "workflow run already in terminal state")
        self._finish_run(run, "canceled", error="canceled by user")

    def approve(self, run: WorkflowRun, step_ref: str, approver: str) -> WorkflowStepRun:
        """Approve a waiting approval step, which completes it.

        NOTE: ``approver`` is stored as given. The reference does not say whether Strait
        checks it against the step's approval_approvers, and this server does not.
        """
        step, step_run = self.find_step(run, step_ref)
        if step.step_type != "approval":
            raise ApiError(400, f'step "{step_ref}" is not an approval step')
        if step_run.status != "waiting":
            raise ApiError(
                409, f'step "{step_ref}" is not waiting for approval (status: {step_run.status})'
            )

        approval = self._ctx.store.workflow_approvals[step_run.id]
        approval.status = "approved"
        approval.approved_by = approver
        approval.approved_at_ns = now_ns()
        self._complete_step(step_run, output=None)
        self._advance(run)
        return step_run

    def skip(self, run: WorkflowRun, step_ref: str) -> WorkflowStepRun:
        """Skip a step that has not finished, so that steps depending on it may start.

        A running job step's run is canceled, and a waiting step's event trigger or
        approval request is canceled.
        """
        _, step_run = self.find_step(run, step_ref)
        if step_run.is_terminal:
            raise ApiError(
                409, f'step "{step_ref}" cannot be skipped: it is already {step_run.status}'
            )
        step_run.status = "skipped"
        step_run.finished_at_ns = now_ns()
        self._release_step(step_run, reason="workflow step skipped")
        self._advance(run)
        return step_run

    def find_step(self, run: WorkflowRun, step_ref: str) -> tuple[WorkflowStep, WorkflowStepRun]:
        for step, step_run in zip(run.steps, self._step_runs(run), strict=True):
            if step.step_ref == step_ref:
                return step, step_run
        raise ApiError(404, f'step "{step_ref}" not found in workflow run {run.id}')

    def job_run_finished(self, run: Run) -> None:
        found = self._find_step_run(run.workflow_step_run_id)
        if found is None:
            return
        workflow_run, step, step_run = found
        # A step that was skipped or canceled has already let go of its job run.
        if step_run.status != "running" or step_run.job_run_id != run.id:
            return

        if run.status == "completed":
            self._complete_step(step_run, output=run.result)
        else:
            error = run.error or f"job run ended with status {run.status}"
            self._fail_step(workflow_run, step, step_run, error)
        self._advance(workflow_run)

    def trigger_finished(self, trigger: EventTrigger) -> None:
        workflow_run = self._ctx.store.workflow_runs.get(trigger.workflow_run_id)
        if workflow_run is None:
            return
        found = self._find_step_run(trigger.workflow_step_run_id)
        if found is None:
            return
        _, step, step_run = found
        if step_run.status != "waiting" or step.step_type != "wait_for_event":
            return

        if trigger.status == "received":
            self._complete_step(step_run, output=trigger.response_payload)
        elif trigger.status == "timed_out":
            error = f'timed out waiting for event "{trigger.event_key}"'
            self._fail_step(workflow_run, step, step_run, error)
        else:
            error = f'event trigger "{trigger.event_key}" was {trigger.status}'
            self._fail_step(workflow_run, step, step_run, error)
        self._advance(workflow_run)

    def _advance(self, run: WorkflowRun) -> None:
        """Start every step that can start, repeatedly, then complete the run when all are done.

        Starting a step can finish it at once (a job step whose job is gone fails), which
        may make further steps ready, so the loop runs until nothing more starts.
        """
        step_runs = self._step_runs(run)
        while not run.is_terminal:
            by_ref = dict(zip((step.step_ref for step in run.steps), step_runs, strict=True))
            ready: list[tuple[WorkflowStep, WorkflowStepRun]] = []
            for step, step_run in zip(run.steps, step_runs, strict=True):
                if step_run.status != "pending":
                    continue
                step_run.deps_completed = sum(
                    1 for ref in step.depends_on if _lets_dependents_start(run, by_ref[ref])
                )
                if step_run.deps_completed == step_run.deps_required:
                    ready.append((step, step_run))

            ready = ready[: self._free_slots(run, step_runs)]
            if not ready:
                break
            for step, step_run in ready:
                failure = start_step(self._ctx, run, step, step_run, self._timer_callbacks())
                if failure is not None:
                    self._fail_step(run, step, step_run, failure)
                if run.is_terminal:
                    return

        if not run.is_terminal and all(step_run.is_terminal for step_run in step_runs):
            self._finish_run(run, "completed")

    def _free_slots(self, run: WorkflowRun, step_runs: list[WorkflowStepRun]) -> int:
        if run.max_parallel_steps <= 0:
            return len(step_runs)
        active = sum(1 for step_run in step_runs if step_run.status in _ACTIVE_STEP_STATUSES)
        return max(0, run.max_parallel_steps - active)

    def _complete_step(self, step_run: WorkflowStepRun, *, output: JsonValue) -> None:
        step_run.status = "completed"
        step_run.output = output
        step_run.finished_at_ns = now_ns()

    def _fail_step(
        self, run: WorkflowRun, step: WorkflowStep, step_run: WorkflowStepRun, error: str
    ) -> None:
        """Fail a step and apply its on_failure policy."""
        step_run.status = "failed"
        step_run.error = error
        step_run.finished_at_ns = now_ns()
        logger.info("workflow run %s: step %s failed: %s", run.id, step.step_ref, error)

        if step.on_failure == "fail_workflow":
            self._finish_run(run, "failed", error=f'step "{step.step_ref}" failed: {error}')
        elif step.on_failure == "skip_dependents":
            self._skip_dependents(run, step.step_ref)

    def _skip_dependents(self, run: WorkflowRun, failed_ref: str) -> None:
        blocked = {failed_ref}
        # A step may be defined before the step it depends on, so passes repeat until
        # no step is added.
        changed = True
        while changed:
            changed = False
            for step, step_run in zip(run.steps, self._step_runs(run), strict=True):
                if step.step_ref in blocked or not blocked.intersection(step.depends_on):
                    continue
                blocked.add(step.step_ref)
                changed = True
                if step_run.status == "pending":
                    step_run.status = "skipped"
                    step_run.finished_at_ns = now_ns()

    def _finish_run(self, run: WorkflowRun, status: str, *, error: str = "") -> None:
        """End the run and cancel every step run that has not finished."""
        run.status = status
        run.error = error
        run.finished_at_ns = now_ns()
        for step_run in self._step_runs(run):
            if step_run.is_terminal:
                continue
            step_run.status = "canceled"
            step_run.finished_at_ns = run.finished_at_ns
            self._release_step(step_run, reason=f"workflow run {status}")
        self._ctx.store.notify_changed()
        logger.debug("workflow run %s ended %s", run.id, status)

    def _release_step(self, step_run: WorkflowStepRun, *, reason: str) -> None:
        """Cancel the job run, event trigger or approval request of a step that was let go.

        The step run's status must already be terminal, so that the callbacks these
        cancellations cause find nothing left to do.
        """
        store = self._ctx.store
        job_run = store.runs.get(step_run.job_run_id) if step_run.job_run_id else None
        if job_run is not None and not job_run.is_terminal:
            cancel_run(self._ctx, job_run)

        for trigger in list(store.event_triggers.values()):
            if trigger.workflow_step_run_id == step_run.id and trigger.status == "waiting":
                close_trigger(self._ctx, trigger, "canceled", error=reason)

        approval = store.workflow_approvals.get(step_run.id)
        if approval is not None and approval.status == "pending":
            approval.status = "canceled"
            approval.error = reason

    def _new_step_run(
        self, run: WorkflowRun, step: WorkflowStep, *, skipped: bool
    ) -> WorkflowStepRun:
        step_run = WorkflowStepRun(
            id=new_uuid7(),
            workflow_run_id=run.id,
            workflow_step_id=step.id,
            step_ref=step.step_ref,
            status="pending",
            deps_required=len(step.depends_on),
            created_at_ns=self._ctx.clock(),
        )
        if skipped:
            step_run.status = "skipped"
            step_run.finished_at_ns = run.started_at_ns
        return step_run

    def _step_runs(self, run: WorkflowRun) -> list[WorkflowStepRun]:
        return self._ctx.store.workflow_step_runs[run.id]

    def _find_step_run(
        self, step_run_id: str
    ) -> tuple[WorkflowRun, WorkflowStep, WorkflowStepRun] | None:
        store = self._ctx.store
        for run_id, step_runs in store.workflow_step_runs.items():
            for step, step_run in zip(store.workflow_runs[run_id].steps, step_runs, strict=True):
                if step_run.id == step_run_id:
                    return store.workflow_runs[run_id], step, step_run
        return None

    def _timer_callbacks(self) -> StepTimers:
        return StepTimers(wake=self._wake_sleep_step, expire_approval=self._expire_approval)

    def _wake_sleep_step(self, run_id: str, step_run_id: str) -> None:
        with self._ctx.store.lock:
            found = self._find_step_run(step_run_id)
            if found is None:
                return
            run, _, step_run = found
            if run.id != run_id or step_run.status != "waiting":
                return
            self._complete_step(step_run, output=None)
            self._advance(run)

    def _expire_approval(self, run_id: str, step_run_id: str) -> None:
        with self._ctx.store.lock:
            found = self._find_step_run(step_run_id)
            approval = self._ctx.store.workflow_approvals.get(step_run_id)
            if found is None or approval is None or approval.status != "pending":
                return
            run, step, step_run = found
            if run.id != run_id or step_run.status != "waiting":
                return
            approval.status = "expired"
            approval.error = "approval timed out"
            self._fail_step(run, step, step_run, "approval timed out")
            self._advance(run)

    def _expire_run(self, run_id: str, timeout_secs: int) -> None:
        with self._ctx.store.lock:
            run = self._ctx.store.workflow_runs.get(run_id)
            if run is None or run.is_terminal:
                return
            self._finish_run(
                run, "timed_out", error=f"workflow run did not finish within {timeout_secs}s"
            )


def _lets_dependents_start(run: WorkflowRun, step_run: WorkflowStepRun) -> bool:
    if step_run.status in ("completed", "skipped"):
        return True
    if step_run.status != "failed":
        return False
    step = next(step for step in run.steps if step.step_ref == step_run.step_ref)
    return step.on_failure == "continue"
