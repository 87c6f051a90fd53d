"""In-memory records for workflows, workflow runs and step runs, each with its wire shape.

Field order and ``omitempty`` follow the Go structs domain.Workflow, domain.WorkflowStep,
domain.WorkflowRun, domain.WorkflowStepRun and domain.WorkflowStepApproval.
"""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._timestamps import format_optional_rfc3339_nano as _time
from ._wire import JsonValue, wire_object

WORKFLOW_RUN_STATUSES = frozenset(
    {
        "pending",
        "running",
        "paused",
        "completed",
        "failed",
        "timed_out",
        "canceled",
        "compensating",
        "compensated",
        "compensation_failed",
    }
)
TERMINAL_WORKFLOW_RUN_STATUSES = frozenset(
    {"completed", "failed", "timed_out", "canceled", "compensated", "compensation_failed"}
)
TERMINAL_STEP_RUN_STATUSES = frozenset({"completed", "failed", "skipped", "canceled"})

# Workflow settings without a typed attribute, in Go struct order. Workflow.options
# contains them by wire name.
WORKFLOW_OPTION_FIELDS = (
    "description",
    "tags",
    "timeout_secs",
    "max_concurrent_runs",
    "max_parallel_steps",
    "cron",
    "cron_timezone",
    "skip_if_running",
)
_WORKFLOW_FIELDS = (
    "id",
    "project_id",
    "name",
    "slug",
    "description",
    "tags",
    "enabled",
    "version",
    "timeout_secs",
    "max_concurrent_runs",
    "max_parallel_steps",
    "cron",
    "cron_timezone",
    "skip_if_running",
    "version_id",
    "version_policy",
    "backwards_compatible",
    "created_by",
    "updated_by",
    "created_at",
    "updated_at",
)
_WORKFLOW_ALWAYS_PRESENT = frozenset(
    {"id", "project_id", "name", "slug", "enabled", "version", "created_at", "updated_at"}
)

_STEP_FIELDS = (
    "id",
    "workflow_id",
    "job_id",
    "step_ref",
    "depends_on",
    "condition",
    "on_failure",
    "payload",
    "step_type",
    "approval_timeout_secs",
    "approval_approvers",
    "retry_max_attempts",
    "retry_backoff",
    "retry_initial_delay_secs",
    "retry_max_delay_secs",
    "timeout_secs_override",
    "output_transform",
    "sub_workflow_id",
    "max_nesting_depth",
    "event_key",
    "event_timeout_secs",
    "event_notify_url",
    "sleep_duration_secs",
    "event_emit_key",
    "concurrency_key",
    "resource_class",
    "cost_gate_threshold_microusd",
    "cost_gate_timeout_secs",
    "cost_gate_default_action",
    "expected_duration_secs",
    "stage_notifications",
    "compensation_job_id",
    "compensation_timeout_secs",
    "created_at",
)
_STEP_ALWAYS_PRESENT = frozenset(
    {"id", "workflow_id", "step_ref", "depends_on", "on_failure", "created_at"}
)
# json.RawMessage fields: Go leaves out only a missing value, never a present ``{}``.
_STEP_RAW_FIELDS = ("condition", "payload", "stage_notifications")


@define(kw_only=True)
class WorkflowStep:
    """One step definition. ``options`` contains the settings the engine does not read."""

    id: str
    workflow_id: str
    step_ref: str
    step_type: str
    on_failure: str
    created_at_ns: int
    job_id: str = ""
    depends_on: list[str] = field(factory=list)
    payload: JsonValue = None
    approval_timeout_secs: int = 0
    approval_approvers: list[str] = field(factory=list)
    event_key: str = ""
    event_timeout_secs: int = 0
    event_notify_url: str = ""
    sleep_duration_secs: int = 0
    options: dict[str, Any] = field(factory=dict)

    def to_wire(self) -> dict[str, JsonValue]:
        core: dict[str, object] = {
            "id": self.id,
            "workflow_id": self.workflow_id,
            "job_id": self.job_id,
            "step_ref": self.step_ref,
            "depends_on": list(self.depends_on),
            "on_failure": self.on_failure,
            "payload": self.payload,
            "step_type": self.step_type,
            "approval_timeout_secs": self.approval_timeout_secs,
            "approval_approvers": list(self.approval_approvers),
            "event_key": self.event_key,
            "event_timeout_secs": self.event_timeout_secs,
            "event_notify_url": self.event_notify_url,
            "sleep_duration_secs": self.sleep_duration_secs,
            "created_at": _time(self.created_at_ns),
        }
        values = (
            (name, core[name] if name in core else self.options.get(name)) for name in _STEP_FIELDS
        )
        return wire_object(
            values,
            omit_empty=[
                name
                for name in _STEP_FIELDS
                if name not in _STEP_ALWAYS_PRESENT and name not in _STEP_RAW_FIELDS
            ],
            omit_none=_STEP_RAW_FIELDS,
        )


@define(kw_only=True)
class Workflow:
    """A workflow definition with its current steps, in the order they were given."""

    id: str
    project_id: str
    name: str
    slug: str
    enabled: bool
    version_id: str
    created_at_ns: int
    updated_at_ns: int
    version: int = 1
    version_policy: str = ""
    backwards_compatible: bool = False
    steps: list[WorkflowStep] = field(factory=list)
    options: dict[str, Any] = field(factory=dict)

    @property
    def tags(self) -> dict[str, str]:
        return dict(self.options.get("tags") or {})

    def to_wire(self) -> dict[str, JsonValue]:
        """Return the domain.Workflow object, without steps, as list responses carry it."""
        core: dict[str, object] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "slug": self.slug,
            "enabled": self.enabled,
            "version": self.version,
            "version_id": self.version_id,
            "version_policy": self.version_policy,
            "backwards_compatible": self.backwards_compatible,
            "created_at": _time(self.created_at_ns),
            "updated_at": _time(self.updated_at_ns),
        }
        values = (
            (name, core[name] if name in core else self.options.get(name))
            for name in _WORKFLOW_FIELDS
        )
        return wire_object(
            values,
            omit_empty=[name for name in _WORKFLOW_FIELDS if name not in _WORKFLOW_ALWAYS_PRESENT],
        )

    def to_wire_with_steps(self) -> dict[str, JsonValue]:
        """Return the workflow fields plus ``steps``, the shape of get, create and update."""
        body = self.to_wire()
        body["steps"] = [step.to_wire() for step in self.steps]
        return body


@define(kw_only=True)
class WorkflowRun:
    """One run of a workflow.

    ``steps`` is a snapshot of the workflow's steps at trigger time, so that an update
    of the workflow does not change runs in progress. ``labels`` is stored but not
    returned, because the WorkflowRun object has no labels field.
    """

    id: str
    workflow_id: str
    project_id: str
    status: str
    triggered_by: str
    workflow_version: int
    workflow_version_id: str
    created_at_ns: int
    steps: tuple[WorkflowStep, ...]
    tags: dict[str, str] = field(factory=dict)
    labels: dict[str, str] = field(factory=dict)
    max_parallel_steps: int = 0
    payload: JsonValue = None
    error: str = ""
    started_at_ns: int | None = None
    finished_at_ns: int | None = None
    expires_at_ns: int | None = None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_WORKFLOW_RUN_STATUSES

    def to_wire(self) -> dict[str, JsonValue]:
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("workflow_id", self.workflow_id),
            ("project_id", self.project_id),
            ("tags", self.tags),
            ("status", self.status),
            ("triggered_by", self.triggered_by),
            ("workflow_version", self.workflow_version),
            ("max_parallel_steps", self.max_parallel_steps),
            ("payload", self.payload),
            ("error", self.error),
            ("started_at", _time(self.started_at_ns)),
            ("finished_at", _time(self.finished_at_ns)),
            ("expires_at", _time(self.expires_at_ns)),
            ("workflow_version_id", self.workflow_version_id),
            ("created_at", _time(self.created_at_ns)),
        ]
        return wire_object(
            fields,
            omit_empty=(
                "tags",
                "max_parallel_steps",
                "error",
                "started_at",
                "finished_at",
                "expires_at",
                "workflow_version_id",
            ),
            omit_none=("payload",),
        )


@define(kw_only=True)
class WorkflowStepRun:
    """The state of one step in one workflow run. ``attempt`` is 0 until the step starts."""

    id: str
    workflow_run_id: str
    workflow_step_id: str
    step_ref: str
    status: str
    deps_required: int
    created_at_ns: int
    attempt: int = 0
    deps_completed: int = 0
    job_run_id: str = ""
    output: JsonValue = None
    error: str = ""
    started_at_ns: int | None = None
    finished_at_ns: int | None = None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STEP_RUN_STATUSES

    def to_wire(self) -> dict[str, JsonValue]:
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("workflow_run_id", self.workflow_run_id),
            ("workflow_step_id", self.workflow_step_id),
            ("step_ref", self.step_ref),
            ("job_run_id", self.job_run_id),
            ("attempt", self.attempt),
            ("status", self.status),
            ("deps_completed", self.deps_completed),
            ("deps_required", self.deps_required),
            ("output", self.output),
            ("error", self.error),
            ("started_at", _time(self.started_at_ns)),
            ("finished_at", _time(self.finished_at_ns)),
            ("created_at", _time(self.created_at_ns)),
        ]
        return wire_object(
            fields,
            omit_empty=("job_run_id", "error", "started_at", "finished_at"),
            omit_none=("output",),
        )


@define(kw_only=True)
class WorkflowStepApproval:
    """The approval request of an approval step: ``pending``, then ``approved``,
    ``expired`` or ``canceled``.

    NOTE: the reference lists no approval statuses. These four are this server's.
    """

    id: str
    workflow_run_id: str
    workflow_step_run_id: str
    approvers: list[str]
    status: str
    requested_at_ns: int
    approved_by: str = ""
    approved_at_ns: int | None = None
    expires_at_ns: int | None = None
    error: str = ""

    def to_wire(self) -> dict[str, JsonValue]:
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("workflow_run_id", self.workflow_run_id),
            ("workflow_step_run_id", self.workflow_step_run_id),
            ("approvers", list(self.approvers)),
            ("status", self.status),
            ("approved_by", self.approved_by),
            ("requested_at", _time(self.requested_at_ns)),
            ("approved_at", _time(self.approved_at_ns)),
            ("expires_at", _time(self.expires_at_ns)),
            ("error", self.error),
        ]
        return wire_object(fields, omit_empty=("approved_by", "approved_at", "expires_at", "error"))
