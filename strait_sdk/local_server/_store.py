"""The in-memory state of a local server, guarded by one lock."""

from __future__ import annotations

import threading

from attrs import define, field

from ._records import (
    EventTrigger,
    Job,
    JobMemoryEntry,
    ResourceSnapshot,
    Run,
    RunCheckpoint,
    RunEvent,
    RunOutput,
    RunStateEntry,
)
from ._workflow_records import Workflow, WorkflowRun, WorkflowStepApproval, WorkflowStepRun


@define
class Store:
    """Jobs, runs, workflows and everything attached to them.

    Callers hold ``lock`` while they read or change anything here. ``changed`` is a
    condition on the same lock, notified after every run change and every event
    trigger change, so that waiters such as ``LocalStrait.wait_for_run`` and the event
    trigger stream wake up.

    ``workflow_step_runs`` maps a workflow run id to its step runs in step order, and
    ``workflow_approvals`` maps a step run id to the approval request of that step.
    """

    lock: threading.RLock = field(factory=threading.RLock)
    changed: threading.Condition = field(init=False)
    jobs: dict[str, Job] = field(factory=dict)
    runs: dict[str, Run] = field(factory=dict)
    run_events: dict[str, list[RunEvent]] = field(factory=dict)
    checkpoints: dict[str, list[RunCheckpoint]] = field(factory=dict)
    outputs: dict[str, dict[str, RunOutput]] = field(factory=dict)
    run_state: dict[str, dict[str, RunStateEntry]] = field(factory=dict)
    job_memory: dict[str, dict[str, JobMemoryEntry]] = field(factory=dict)
    resource_snapshots: dict[str, list[ResourceSnapshot]] = field(factory=dict)
    event_triggers: dict[str, EventTrigger] = field(factory=dict)
    workflows: dict[str, Workflow] = field(factory=dict)
    workflow_runs: dict[str, WorkflowRun] = field(factory=dict)
    workflow_step_runs: dict[str, list[WorkflowStepRun]] = field(factory=dict)
    workflow_approvals: dict[str, WorkflowStepApproval] = field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def notify_changed(self) -> None:
        with self.changed:
            self.changed.notify_all()

    def job_by_slug(self, slug: str) -> Job | None:
        return next((job for job in self.jobs.values() if job.slug == slug), None)

    def latest_checkpoint(self, run_id: str) -> RunCheckpoint | None:
        checkpoints = self.checkpoints.get(run_id)
        return checkpoints[-1] if checkpoints else None

    def waiting_triggers_for(self, run_id: str) -> list[EventTrigger]:
        return [
            trigger
            for trigger in self.event_triggers.values()
            if trigger.job_run_id == run_id and trigger.status == "waiting"
        ]

    def workflow_by_slug(self, slug: str) -> Workflow | None:
        return next((item for item in self.workflows.values() if item.slug == slug), None)

    def has_active_runs(self, job_id: str) -> bool:
        return any(run.job_id == job_id and not run.is_terminal for run in self.runs.values())
