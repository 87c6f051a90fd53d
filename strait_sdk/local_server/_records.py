"""In-memory records for jobs, runs and run data, each with its Strait wire shape.

Times are stored as nanoseconds since the epoch and written with the RFC3339Nano layout.
Raw JSON values (payload, result, state, ...) are stored decoded; None means absent for
optional ones.
"""

from __future__ import annotations

from typing import Any

from attrs import define, field

from ._timestamps import format_rfc3339_nano
from ._wire import JsonValue, go_float, wire_object

TERMINAL_STATUSES = frozenset(
    {
        "completed",
        "failed",
        "timed_out",
        "crashed",
        "system_failed",
        "canceled",
        "expired",
        "dead_letter",
    }
)
RUN_STATUSES = TERMINAL_STATUSES | {
    "delayed",
    "queued",
    "dequeued",
    "executing",
    "waiting",
    "replay_staged",
    "paused",
}
ACTIVE_STATUSES = frozenset({"executing", "waiting"})


def _time(value_ns: int | None) -> str | None:
    return None if value_ns is None else format_rfc3339_nano(value_ns)


# Field order of the Go domain.Job struct. Fields that are not core attributes of Job
# come from Job.options, which contains them already in wire form.
_JOB_FIELDS = (
    "id",
    "project_id",
    "group_id",
    "name",
    "slug",
    "description",
    "cron",
    "payload_schema",
    "tags",
    "endpoint_url",
    "fallback_endpoint_url",
    "max_attempts",
    "timeout_secs",
    "max_concurrency",
    "max_concurrency_per_key",
    "execution_window_cron",
    "timezone",
    "rate_limit_max",
    "rate_limit_window_secs",
    "rate_limit_keys",
    "dedup_window_secs",
    "enabled",
    "paused",
    "paused_at",
    "pause_reason",
    "webhook_url",
    "run_ttl_secs",
    "retry_strategy",
    "retry_delays_secs",
    "retry_priority_boost",
    "dlq_alert_threshold",
    "queue_depth_alert_threshold",
    "poison_pill_threshold",
    "environment_id",
    "default_run_metadata",
    "version",
    "version_id",
    "version_policy",
    "backwards_compatible",
    "cron_overlap_policy",
    "result_schema",
    "debounce_window_secs",
    "batch_window_secs",
    "batch_max_size",
    "execution_mode",
    "queue",
    "on_complete_trigger_workflow",
    "on_complete_trigger_job",
    "on_complete_payload_mapping",
    "on_failure_trigger_job",
    "on_failure_trigger_workflow",
    "on_failure_payload_mapping",
    "created_by",
    "updated_by",
    "created_at",
    "updated_at",
)
_JOB_ALWAYS_PRESENT = frozenset(
    {
        "id",
        "project_id",
        "name",
        "slug",
        "endpoint_url",
        "max_attempts",
        "timeout_secs",
        "enabled",
        "paused",
        "version",
        "created_at",
        "updated_at",
    }
)
_JOB_POINTER_FIELDS = (
    "payload_schema",
    "result_schema",
    "on_complete_payload_mapping",
    "on_failure_payload_mapping",
    "dlq_alert_threshold",
    "queue_depth_alert_threshold",
    "poison_pill_threshold",
    "paused_at",
)


@define(kw_only=True)
class Job:
    """A job definition. ``options`` contains the pass-through settings by wire name."""

    id: str
    project_id: str
    name: str
    slug: str
    endpoint_url: str
    max_attempts: int
    timeout_secs: int
    enabled: bool
    execution_mode: str
    queue: str
    version_id: str
    created_at_ns: int
    updated_at_ns: int
    version: int = 1
    paused: bool = False
    paused_at_ns: int | None = None
    pause_reason: str = ""
    signing_secret: str | None = field(default=None, repr=False)
    options: dict[str, Any] = field(factory=dict)

    def to_wire(self) -> dict[str, JsonValue]:
        core: dict[str, object] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "slug": self.slug,
            "endpoint_url": self.endpoint_url,
            "max_attempts": self.max_attempts,
            "timeout_secs": self.timeout_secs,
            "enabled": self.enabled,
            "paused": self.paused,
            "paused_at": _time(self.paused_at_ns),
            "pause_reason": self.pause_reason,
            "version": self.version,
            "version_id": self.version_id,
            "execution_mode": self.execution_mode,
            "queue": self.queue,
            "created_at": _time(self.created_at_ns),
            "updated_at": _time(self.updated_at_ns),
        }
        values = (
            (name, core[name] if name in core else self.options.get(name)) for name in _JOB_FIELDS
        )
        return wire_object(
            values,
            omit_empty=[name for name in _JOB_FIELDS if name not in _JOB_ALWAYS_PRESENT],
            omit_none=_JOB_POINTER_FIELDS,
        )


@define(kw_only=True)
class Run:
    """A job run. ``dispatch_count`` numbers the dispatches so stale replies can be ignored."""

    id: str
    job_id: str
    project_id: str
    status: str
    attempt: int
    triggered_by: str
    priority: int
    job_version: int
    created_at_ns: int
    payload: JsonValue
    tags: dict[str, str] = field(factory=dict)
    result: JsonValue = None
    metadata: dict[str, str] = field(factory=dict)
    error: str = ""
    error_class: str = ""
    scheduled_at_ns: int | None = None
    started_at_ns: int | None = None
    finished_at_ns: int | None = None
    heartbeat_at_ns: int | None = None
    next_retry_at_ns: int | None = None
    expires_at_ns: int | None = None
    parent_run_id: str = ""
    idempotency_key: str = ""
    job_version_id: str = ""
    workflow_step_run_id: str = ""
    debug_mode: bool = False
    continuation_of: str = ""
    lineage_depth: int = 0
    concurrency_key: str = ""
    execution_mode: str = ""
    queue_name: str = ""
    dispatch_count: int = 0

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    def to_wire(self) -> dict[str, JsonValue]:
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("job_id", self.job_id),
            ("project_id", self.project_id),
            ("tags", self.tags),
            ("status", self.status),
            ("attempt", self.attempt),
            ("payload", self.payload),
            ("result", self.result),
            ("metadata", self.metadata),
            ("error", self.error),
            ("error_class", self.error_class),
            ("triggered_by", self.triggered_by),
            ("scheduled_at", _time(self.scheduled_at_ns)),
            ("started_at", _time(self.started_at_ns)),
            ("finished_at", _time(self.finished_at_ns)),
            ("heartbeat_at", _time(self.heartbeat_at_ns)),
            ("next_retry_at", _time(self.next_retry_at_ns)),
            ("expires_at", _time(self.expires_at_ns)),
            ("parent_run_id", self.parent_run_id),
            ("priority", self.priority),
            ("idempotency_key", self.idempotency_key),
            ("job_version", self.job_version),
            ("job_version_id", self.job_version_id),
            ("workflow_step_run_id", self.workflow_step_run_id),
            ("debug_mode", self.debug_mode),
            ("continuation_of", self.continuation_of),
            ("lineage_depth", self.lineage_depth),
            ("concurrency_key", self.concurrency_key),
            ("execution_mode", self.execution_mode),
            ("queue_name", self.queue_name),
            ("created_at", _time(self.created_at_ns)),
        ]
        always_present = {
            "id",
            "job_id",
            "project_id",
            "status",
            "attempt",
            "triggered_by",
            "priority",
            "job_version",
            "debug_mode",
            "lineage_depth",
            "created_at",
        }
        return wire_object(
            fields,
            omit_empty=[name for name, _ in fields if name not in always_present],
            omit_none=("payload", "result"),
        )


@define(kw_only=True)
class RunEvent:
    id: str
    run_id: str
    type: str
    level: str
    message: str
    data: JsonValue
    created_at_ns: int

    def to_wire(self) -> dict[str, JsonValue]:
        return wire_object(
            [
                ("id", self.id),
                ("run_id", self.run_id),
                ("type", self.type),
                ("level", self.level),
                ("message", self.message),
                ("data", self.data),
                ("created_at", _time(self.created_at_ns)),
            ],
            omit_empty=("level",),
            omit_none=("data",),
        )


@define(kw_only=True)
class RunCheckpoint:
    id: str
    run_id: str
    sequence: int
    source: str
    state: JsonValue
    created_at_ns: int

    def to_wire(self) -> dict[str, JsonValue]:
        return {
            "id": self.id,
            "run_id": self.run_id,
            "sequence": self.sequence,
            "source": self.source,
            "state": self.state,
            "created_at": _time(self.created_at_ns),
        }


@define(kw_only=True)
class RunOutput:
    id: str
    run_id: str
    output_key: str
    schema: JsonValue
    value: JsonValue
    created_at_ns: int

    def to_wire(self) -> dict[str, JsonValue]:
        return wire_object(
            [
                ("id", self.id),
                ("run_id", self.run_id),
                ("output_key", self.output_key),
                ("schema", self.schema),
                ("value", self.value),
                ("created_at", _time(self.created_at_ns)),
            ],
            omit_empty=(),
            omit_none=("schema",),
        )


@define(kw_only=True)
class RunStateEntry:
    run_id: str
    state_key: str
    value: JsonValue
    updated_at_ns: int

    def to_wire(self) -> dict[str, JsonValue]:
        return {
            "run_id": self.run_id,
            "state_key": self.state_key,
            "value": self.value,
            "updated_at": _time(self.updated_at_ns),
        }


@define(kw_only=True)
class JobMemoryEntry:
    """A value in a job's memory, shared by all runs of that job."""

    id: str
    job_id: str
    project_id: str
    memory_key: str
    value: JsonValue
    size_bytes: int
    created_at_ns: int
    updated_at_ns: int
    ttl_expires_at_ns: int | None = None

    def to_wire(self) -> dict[str, JsonValue]:
        return wire_object(
            [
                ("id", self.id),
                ("job_id", self.job_id),
                ("project_id", self.project_id),
                ("memory_key", self.memory_key),
                ("value", self.value),
                ("size_bytes", self.size_bytes),
                ("ttl_expires_at", _time(self.ttl_expires_at_ns)),
                ("created_at", _time(self.created_at_ns)),
                ("updated_at", _time(self.updated_at_ns)),
            ],
            omit_empty=("ttl_expires_at",),
        )


@define(kw_only=True)
class EventTrigger:
    """A wait point that ``POST /v1/events/{eventKey}/send`` resolves.

    ``source_type`` is ``job_run`` for a run's wait-for-event or spawn await, with
    ``job_run_id`` set, and ``workflow_step`` for a wait_for_event step, with the two
    workflow ids set.
    """

    id: str
    event_key: str
    project_id: str
    source_type: str
    status: str
    timeout_secs: int
    requested_at_ns: int
    expires_at_ns: int
    job_run_id: str = ""
    workflow_run_id: str = ""
    workflow_step_run_id: str = ""
    trigger_type: str = "event"
    response_payload: JsonValue = None
    received_at_ns: int | None = None
    error: str = ""
    notify_url: str = ""

    def to_wire(self) -> dict[str, JsonValue]:
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("event_key", self.event_key),
            ("project_id", self.project_id),
            ("source_type", self.source_type),
            ("workflow_run_id", self.workflow_run_id),
            ("workflow_step_run_id", self.workflow_step_run_id),
            ("job_run_id", self.job_run_id),
            ("status", self.status),
            ("response_payload", self.response_payload),
            ("timeout_secs", self.timeout_secs),
            ("requested_at", _time(self.requested_at_ns)),
            ("received_at", _time(self.received_at_ns)),
            ("expires_at", _time(self.expires_at_ns)),
            ("error", self.error),
            ("notify_url", self.notify_url),
            ("trigger_type", self.trigger_type),
        ]
        return wire_object(
            fields,
            omit_empty=(
                "workflow_run_id",
                "workflow_step_run_id",
                "job_run_id",
                "received_at",
                "error",
                "notify_url",
                "trigger_type",
            ),
            omit_none=("response_payload",),
        )


@define(kw_only=True)
class ResourceSnapshot:
    id: str
    run_id: str
    cpu_percent: float
    memory_mb: float
    memory_limit_mb: float
    network_rx_bytes: int
    network_tx_bytes: int
    created_at_ns: int

    def to_wire(self) -> dict[str, JsonValue]:
        return {
            "id": self.id,
            "run_id": self.run_id,
            "cpu_percent": go_float(self.cpu_percent),
            "memory_mb": go_float(self.memory_mb),
            "memory_limit_mb": go_float(self.memory_limit_mb),
            "network_rx_bytes": self.network_rx_bytes,
            "network_tx_bytes": self.network_tx_bytes,
            "created_at": _time(self.created_at_ns),
        }
