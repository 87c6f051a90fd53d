from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun:
    """One run of a job, across all of its attempts."""

    id: str
    job_id: str
    project_id: str
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    attempt: int
    """ The current attempt, from 1. """
    triggered_by: str
    """ How the run started, such as `manual`, `cron`, `spawn` or `retry`. """
    priority: int
    job_version: int
    debug_mode: bool
    lineage_depth: int
    created_at: datetime.datetime
    tags: None | StringMap | Unset = UNSET
    payload: Any | Unset = UNSET
    """ The payload the run was triggered with. """
    result: Any | Unset = UNSET
    """ What the run finished with, from `complete` or the endpoint's reply. """
    metadata: None | StringMap | Unset = UNSET
    error: None | str | Unset = UNSET
    error_class: None | str | Unset = UNSET
    """ A coarse cause of the last failure: `rate_limited`, `auth`, `client`, `server`,
    `transient`, `timeout`, `oom`, `connection`, `budget` or `unknown`.
     """
    scheduled_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    heartbeat_at: datetime.datetime | None | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    parent_run_id: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    job_version_id: None | str | Unset = UNSET
    workflow_step_run_id: None | str | Unset = UNSET
    max_attempts_override: int | None | Unset = UNSET
    timeout_secs_override: int | None | Unset = UNSET
    retry_backoff: None | str | Unset = UNSET
    retry_initial_delay_secs: int | None | Unset = UNSET
    retry_max_delay_secs: int | None | Unset = UNSET
    execution_trace: ExecutionTrace | None | Unset = UNSET
    continuation_of: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    batch_id: None | str | Unset = UNSET
    concurrency_key: None | str | Unset = UNSET
    execution_mode: None | str | Unset = UNSET
    queue_name: None | str | Unset = UNSET
    is_rollback: bool | None | Unset = UNSET
    replayed_run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        project_id = self.project_id

        status = RunStatus(self.status).value

        attempt = self.attempt

        triggered_by = self.triggered_by

        priority = self.priority

        job_version = self.job_version

        debug_mode = self.debug_mode

        lineage_depth = self.lineage_depth

        created_at = self.created_at.isoformat()

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        payload = self.payload

        result = self.result

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, StringMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_class: None | str | Unset
        if isinstance(self.error_class, Unset):
            error_class = UNSET
        else:
            error_class = self.error_class

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        heartbeat_at: None | str | Unset
        if isinstance(self.heartbeat_at, Unset):
            heartbeat_at = UNSET
        elif isinstance(self.heartbeat_at, datetime.datetime):
            heartbeat_at = self.heartbeat_at.isoformat()
        else:
            heartbeat_at = self.heartbeat_at

        next_retry_at: None | str | Unset
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        parent_run_id: None | str | Unset
        if isinstance(self.parent_run_id, Unset):
            parent_run_id = UNSET
        else:
            parent_run_id = self.parent_run_id

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        job_version_id: None | str | Unset
        if isinstance(self.job_version_id, Unset):
            job_version_id = UNSET
        else:
            job_version_id = self.job_version_id

        workflow_step_run_id: None | str | Unset
        if isinstance(self.workflow_step_run_id, Unset):
            workflow_step_run_id = UNSET
        else:
            workflow_step_run_id = self.workflow_step_run_id

        max_attempts_override: int | None | Unset
        if isinstance(self.max_attempts_override, Unset):
            max_attempts_override = UNSET
        else:
            max_attempts_override = self.max_attempts_override

        timeout_secs_override: int | None | Unset
        if isinstance(self.timeout_secs_override, Unset):
            timeout_secs_override = UNSET
        else:
            timeout_secs_override = self.timeout_secs_override

        retry_backoff: None | str | Unset
        if isinstance(self.retry_backoff, Unset):
            retry_backoff = UNSET
        else:
            retry_backoff = self.retry_backoff

        retry_initial_delay_secs: int | None | Unset
        if isinstance(self.retry_initial_delay_secs, Unset):
            retry_initial_delay_secs = UNSET
        else:
            retry_initial_delay_secs = self.retry_initial_delay_secs

        retry_max_delay_secs: int | None | Unset
        if isinstance(self.retry_max_delay_secs, Unset):
            retry_max_delay_secs = UNSET
        else:
            retry_max_delay_secs = self.retry_max_delay_secs

        execution_trace: dict[str, Any] | None | Unset
        if isinstance(self.execution_trace, Unset):
            execution_trace = UNSET
        elif isinstance(self.execution_trace, ExecutionTrace):
            execution_trace = self.execution_trace.to_dict()
        else:
            execution_trace = self.execution_trace

        continuation_of: None | str | Unset
        if isinstance(self.continuation_of, Unset):
            continuation_of = UNSET
        else:
            continuation_of = self.continuation_of

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        concurrency_key: None | str | Unset
        if isinstance(self.concurrency_key, Unset):
            concurrency_key = UNSET
        else:
            concurrency_key = self.concurrency_key

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = self.execution_mode

        queue_name: None | str | Unset
        if isinstance(self.queue_name, Unset):
            queue_name = UNSET
        else:
            queue_name = self.queue_name

        is_rollback: bool | None | Unset
        if isinstance(self.is_rollback, Unset):
            is_rollback = UNSET
        else:
            is_rollback = self.is_rollback

        replayed_run_id: None | str | Unset
        if isinstance(self.replayed_run_id, Unset):
            replayed_run_id = UNSET
        else:
            replayed_run_id = self.replayed_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "project_id": project_id,
                "status": status,
                "attempt": attempt,
                "triggered_by": triggered_by,
                "priority": priority,
                "job_version": job_version,
                "debug_mode": debug_mode,
                "lineage_depth": lineage_depth,
                "created_at": created_at,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if payload is not UNSET:
            field_dict["payload"] = payload
        if result is not UNSET:
            field_dict["result"] = result
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error
        if error_class is not UNSET:
            field_dict["error_class"] = error_class
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if heartbeat_at is not UNSET:
            field_dict["heartbeat_at"] = heartbeat_at
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if parent_run_id is not UNSET:
            field_dict["parent_run_id"] = parent_run_id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if job_version_id is not UNSET:
            field_dict["job_version_id"] = job_version_id
        if workflow_step_run_id is not UNSET:
            field_dict["workflow_step_run_id"] = workflow_step_run_id
        if max_attempts_override is not UNSET:
            field_dict["max_attempts_override"] = max_attempts_override
        if timeout_secs_override is not UNSET:
            field_dict["timeout_secs_override"] = timeout_secs_override
        if retry_backoff is not UNSET:
            field_dict["retry_backoff"] = retry_backoff
        if retry_initial_delay_secs is not UNSET:
            field_dict["retry_initial_delay_secs"] = retry_initial_delay_secs
        if retry_max_delay_secs is not UNSET:
            field_dict["retry_max_delay_secs"] = retry_max_delay_secs
        if execution_trace is not UNSET:
            field_dict["execution_trace"] = execution_trace
        if continuation_of is not UNSET:
            field_dict["continuation_of"] = continuation_of
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if is_rollback is not UNSET:
            field_dict["is_rollback"] = is_rollback
        if replayed_run_id is not UNSET:
            field_dict["replayed_run_id"] = replayed_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        job_id = src_dict["job_id"]

        project_id = src_dict["project_id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        attempt = src_dict["attempt"]

        triggered_by = src_dict["triggered_by"]

        priority = src_dict["priority"]

        job_version = src_dict["job_version"]

        debug_mode = src_dict["debug_mode"]

        lineage_depth = src_dict["lineage_depth"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payload = _get("payload", UNSET)

        result = _get("result", UNSET)

        metadata = _get("metadata", UNSET)
        if isinstance(metadata, dict):
            try:
                metadata = StringMap.from_dict(metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = _get("error", UNSET)

        error_class = _get("error_class", UNSET)

        scheduled_at = _get("scheduled_at", UNSET)
        if isinstance(scheduled_at, str):
            try:
                scheduled_at = datetime.datetime.fromisoformat(scheduled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        started_at = _get("started_at", UNSET)
        if isinstance(started_at, str):
            try:
                started_at = datetime.datetime.fromisoformat(started_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        finished_at = _get("finished_at", UNSET)
        if isinstance(finished_at, str):
            try:
                finished_at = datetime.datetime.fromisoformat(finished_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        heartbeat_at = _get("heartbeat_at", UNSET)
        if isinstance(heartbeat_at, str):
            try:
                heartbeat_at = datetime.datetime.fromisoformat(heartbeat_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        next_retry_at = _get("next_retry_at", UNSET)
        if isinstance(next_retry_at, str):
            try:
                next_retry_at = datetime.datetime.fromisoformat(next_retry_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expires_at = _get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        parent_run_id = _get("parent_run_id", UNSET)

        idempotency_key = _get("idempotency_key", UNSET)

        job_version_id = _get("job_version_id", UNSET)

        workflow_step_run_id = _get("workflow_step_run_id", UNSET)

        max_attempts_override = _get("max_attempts_override", UNSET)

        timeout_secs_override = _get("timeout_secs_override", UNSET)

        retry_backoff = _get("retry_backoff", UNSET)

        retry_initial_delay_secs = _get("retry_initial_delay_secs", UNSET)

        retry_max_delay_secs = _get("retry_max_delay_secs", UNSET)

        execution_trace = _get("execution_trace", UNSET)
        if isinstance(execution_trace, dict):
            try:
                execution_trace = ExecutionTrace.from_dict(execution_trace)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        continuation_of = _get("continuation_of", UNSET)

        created_by = _get("created_by", UNSET)

        batch_id = _get("batch_id", UNSET)

        concurrency_key = _get("concurrency_key", UNSET)

        execution_mode = _get("execution_mode", UNSET)

        queue_name = _get("queue_name", UNSET)

        is_rollback = _get("is_rollback", UNSET)

        replayed_run_id = _get("replayed_run_id", UNSET)

        job_run = cls(
            id,
            job_id,
            project_id,
            status,
            attempt,
            triggered_by,
            priority,
            job_version,
            debug_mode,
            lineage_depth,
            created_at,
            tags,
            payload,
            result,
            metadata,
            error,
            error_class,
            scheduled_at,
            started_at,
            finished_at,
            heartbeat_at,
            next_retry_at,
            expires_at,
            parent_run_id,
            idempotency_key,
            job_version_id,
            workflow_step_run_id,
            max_attempts_override,
            timeout_secs_override,
            retry_backoff,
            retry_initial_delay_secs,
            retry_max_delay_secs,
            execution_trace,
            continuation_of,
            created_by,
            batch_id,
            concurrency_key,
            execution_mode,
            queue_name,
            is_rollback,
            replayed_run_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_run.additional_properties = _extra
        return job_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELD_NAMES = frozenset(
    {
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
        "tags",
        "payload",
        "result",
        "metadata",
        "error",
        "error_class",
        "scheduled_at",
        "started_at",
        "finished_at",
        "heartbeat_at",
        "next_retry_at",
        "expires_at",
        "parent_run_id",
        "idempotency_key",
        "job_version_id",
        "workflow_step_run_id",
        "max_attempts_override",
        "timeout_secs_override",
        "retry_backoff",
        "retry_initial_delay_secs",
        "retry_max_delay_secs",
        "execution_trace",
        "continuation_of",
        "created_by",
        "batch_id",
        "concurrency_key",
        "execution_mode",
        "queue_name",
        "is_rollback",
        "replayed_run_id",
    }
)

from ..models.execution_trace import ExecutionTrace
from ..models.string_map import StringMap
