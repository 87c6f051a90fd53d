from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_trace import ExecutionTrace
    from ..models.string_map import StringMap


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
    tags: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    payload: Any | Unset = UNSET
    """ The payload the run was triggered with. """
    result: Any | Unset = UNSET
    """ What the run finished with, from `complete` or the endpoint's reply. """
    metadata: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    error: str | Unset = UNSET
    error_class: str | Unset = UNSET
    """ A coarse cause of the last failure: `rate_limited`, `auth`, `client`, `server`,
    `transient`, `timeout`, `oom`, `connection`, `budget` or `unknown`.
     """
    scheduled_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    heartbeat_at: datetime.datetime | Unset = UNSET
    next_retry_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    parent_run_id: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    job_version_id: str | Unset = UNSET
    workflow_step_run_id: str | Unset = UNSET
    max_attempts_override: int | Unset = UNSET
    timeout_secs_override: int | Unset = UNSET
    retry_backoff: str | Unset = UNSET
    retry_initial_delay_secs: int | Unset = UNSET
    retry_max_delay_secs: int | Unset = UNSET
    execution_trace: ExecutionTrace | Unset = UNSET
    """ Where the time of the last dispatch went, in milliseconds. """
    continuation_of: str | Unset = UNSET
    created_by: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    concurrency_key: str | Unset = UNSET
    execution_mode: str | Unset = UNSET
    queue_name: str | Unset = UNSET
    is_rollback: bool | Unset = UNSET
    replayed_run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        project_id = self.project_id

        status = self.status.value

        attempt = self.attempt

        triggered_by = self.triggered_by

        priority = self.priority

        job_version = self.job_version

        debug_mode = self.debug_mode

        lineage_depth = self.lineage_depth

        created_at = self.created_at.isoformat()

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        payload = self.payload

        result = self.result

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        error = self.error

        error_class = self.error_class

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        heartbeat_at: str | Unset = UNSET
        if not isinstance(self.heartbeat_at, Unset):
            heartbeat_at = self.heartbeat_at.isoformat()

        next_retry_at: str | Unset = UNSET
        if not isinstance(self.next_retry_at, Unset):
            next_retry_at = self.next_retry_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        parent_run_id = self.parent_run_id

        idempotency_key = self.idempotency_key

        job_version_id = self.job_version_id

        workflow_step_run_id = self.workflow_step_run_id

        max_attempts_override = self.max_attempts_override

        timeout_secs_override = self.timeout_secs_override

        retry_backoff = self.retry_backoff

        retry_initial_delay_secs = self.retry_initial_delay_secs

        retry_max_delay_secs = self.retry_max_delay_secs

        execution_trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_trace, Unset):
            execution_trace = self.execution_trace.to_dict()

        continuation_of = self.continuation_of

        created_by = self.created_by

        batch_id = self.batch_id

        concurrency_key = self.concurrency_key

        execution_mode = self.execution_mode

        queue_name = self.queue_name

        is_rollback = self.is_rollback

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
        from ..models.execution_trace import ExecutionTrace  # noqa: PLC0415
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        job_id = d.pop("job_id")

        project_id = d.pop("project_id")

        status = RunStatus(d.pop("status"))

        attempt = d.pop("attempt")

        triggered_by = d.pop("triggered_by")

        priority = d.pop("priority")

        job_version = d.pop("job_version")

        debug_mode = d.pop("debug_mode")

        lineage_depth = d.pop("lineage_depth")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _tags = d.pop("tags", UNSET)
        tags: StringMap | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = StringMap.from_dict(_tags)

        payload = d.pop("payload", UNSET)

        result = d.pop("result", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: StringMap | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StringMap.from_dict(_metadata)

        error = d.pop("error", UNSET)

        error_class = d.pop("error_class", UNSET)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        _heartbeat_at = d.pop("heartbeat_at", UNSET)
        heartbeat_at: datetime.datetime | Unset
        if isinstance(_heartbeat_at, Unset):
            heartbeat_at = UNSET
        else:
            heartbeat_at = datetime.datetime.fromisoformat(_heartbeat_at)

        _next_retry_at = d.pop("next_retry_at", UNSET)
        next_retry_at: datetime.datetime | Unset
        if isinstance(_next_retry_at, Unset):
            next_retry_at = UNSET
        else:
            next_retry_at = datetime.datetime.fromisoformat(_next_retry_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        parent_run_id = d.pop("parent_run_id", UNSET)

        idempotency_key = d.pop("idempotency_key", UNSET)

        job_version_id = d.pop("job_version_id", UNSET)

        workflow_step_run_id = d.pop("workflow_step_run_id", UNSET)

        max_attempts_override = d.pop("max_attempts_override", UNSET)

        timeout_secs_override = d.pop("timeout_secs_override", UNSET)

        retry_backoff = d.pop("retry_backoff", UNSET)

        retry_initial_delay_secs = d.pop("retry_initial_delay_secs", UNSET)

        retry_max_delay_secs = d.pop("retry_max_delay_secs", UNSET)

        _execution_trace = d.pop("execution_trace", UNSET)
        execution_trace: ExecutionTrace | Unset
        if isinstance(_execution_trace, Unset):
            execution_trace = UNSET
        else:
            execution_trace = ExecutionTrace.from_dict(_execution_trace)

        continuation_of = d.pop("continuation_of", UNSET)

        created_by = d.pop("created_by", UNSET)

        batch_id = d.pop("batch_id", UNSET)

        concurrency_key = d.pop("concurrency_key", UNSET)

        execution_mode = d.pop("execution_mode", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        is_rollback = d.pop("is_rollback", UNSET)

        replayed_run_id = d.pop("replayed_run_id", UNSET)

        job_run = cls(
            id=id,
            job_id=job_id,
            project_id=project_id,
            status=status,
            attempt=attempt,
            triggered_by=triggered_by,
            priority=priority,
            job_version=job_version,
            debug_mode=debug_mode,
            lineage_depth=lineage_depth,
            created_at=created_at,
            tags=tags,
            payload=payload,
            result=result,
            metadata=metadata,
            error=error,
            error_class=error_class,
            scheduled_at=scheduled_at,
            started_at=started_at,
            finished_at=finished_at,
            heartbeat_at=heartbeat_at,
            next_retry_at=next_retry_at,
            expires_at=expires_at,
            parent_run_id=parent_run_id,
            idempotency_key=idempotency_key,
            job_version_id=job_version_id,
            workflow_step_run_id=workflow_step_run_id,
            max_attempts_override=max_attempts_override,
            timeout_secs_override=timeout_secs_override,
            retry_backoff=retry_backoff,
            retry_initial_delay_secs=retry_initial_delay_secs,
            retry_max_delay_secs=retry_max_delay_secs,
            execution_trace=execution_trace,
            continuation_of=continuation_of,
            created_by=created_by,
            batch_id=batch_id,
            concurrency_key=concurrency_key,
            execution_mode=execution_mode,
            queue_name=queue_name,
            is_rollback=is_rollback,
            replayed_run_id=replayed_run_id,
        )

        job_run.additional_properties = d
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
