from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_run_status import (
    MEMBERS_BY_VALUE as _members_of_workflow_run_status,
)
from ..models.workflow_run_status import WorkflowRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRun")


@_attrs_define
class WorkflowRun:
    """One run of a workflow."""

    id: str
    workflow_id: str
    project_id: str
    status: WorkflowRunStatus
    """ Where a workflow run is in its life. `completed`, `failed`, `timed_out`, `canceled`,
    `compensated` and `compensation_failed` are final. New values may appear; the SDK keeps
    unknown ones as they are.
     """
    triggered_by: str
    """ How the run started, such as `manual`, `cron` or `event`, or the label the trigger gave. """
    workflow_version: int
    """ The number of the workflow version the run follows. """
    created_at: datetime.datetime
    tags: None | StringMap | Unset = UNSET
    max_parallel_steps: int | None | Unset = UNSET
    payload: Any | Unset = UNSET
    """ The payload the run was triggered with. """
    error: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    retry_of_run_id: None | str | Unset = UNSET
    parent_workflow_run_id: None | str | Unset = UNSET
    parent_step_run_id: None | str | Unset = UNSET
    workflow_version_id: None | str | Unset = UNSET
    workflow_snapshot_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    expected_completion_at: datetime.datetime | None | Unset = UNSET
    trace_context: None | StringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        project_id = self.project_id

        status = WorkflowRunStatus(self.status).value

        triggered_by = self.triggered_by

        workflow_version = self.workflow_version

        created_at = self.created_at.isoformat()

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        max_parallel_steps: int | None | Unset
        if isinstance(self.max_parallel_steps, Unset):
            max_parallel_steps = UNSET
        else:
            max_parallel_steps = self.max_parallel_steps

        payload = self.payload

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

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

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        retry_of_run_id: None | str | Unset
        if isinstance(self.retry_of_run_id, Unset):
            retry_of_run_id = UNSET
        else:
            retry_of_run_id = self.retry_of_run_id

        parent_workflow_run_id: None | str | Unset
        if isinstance(self.parent_workflow_run_id, Unset):
            parent_workflow_run_id = UNSET
        else:
            parent_workflow_run_id = self.parent_workflow_run_id

        parent_step_run_id: None | str | Unset
        if isinstance(self.parent_step_run_id, Unset):
            parent_step_run_id = UNSET
        else:
            parent_step_run_id = self.parent_step_run_id

        workflow_version_id: None | str | Unset
        if isinstance(self.workflow_version_id, Unset):
            workflow_version_id = UNSET
        else:
            workflow_version_id = self.workflow_version_id

        workflow_snapshot_id: None | str | Unset
        if isinstance(self.workflow_snapshot_id, Unset):
            workflow_snapshot_id = UNSET
        else:
            workflow_snapshot_id = self.workflow_snapshot_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        expected_completion_at: None | str | Unset
        if isinstance(self.expected_completion_at, Unset):
            expected_completion_at = UNSET
        elif isinstance(self.expected_completion_at, datetime.datetime):
            expected_completion_at = self.expected_completion_at.isoformat()
        else:
            expected_completion_at = self.expected_completion_at

        trace_context: dict[str, Any] | None | Unset
        if isinstance(self.trace_context, Unset):
            trace_context = UNSET
        elif isinstance(self.trace_context, StringMap):
            trace_context = self.trace_context.to_dict()
        else:
            trace_context = self.trace_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "project_id": project_id,
                "status": status,
                "triggered_by": triggered_by,
                "workflow_version": workflow_version,
                "created_at": created_at,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if max_parallel_steps is not UNSET:
            field_dict["max_parallel_steps"] = max_parallel_steps
        if payload is not UNSET:
            field_dict["payload"] = payload
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if retry_of_run_id is not UNSET:
            field_dict["retry_of_run_id"] = retry_of_run_id
        if parent_workflow_run_id is not UNSET:
            field_dict["parent_workflow_run_id"] = parent_workflow_run_id
        if parent_step_run_id is not UNSET:
            field_dict["parent_step_run_id"] = parent_step_run_id
        if workflow_version_id is not UNSET:
            field_dict["workflow_version_id"] = workflow_version_id
        if workflow_snapshot_id is not UNSET:
            field_dict["workflow_snapshot_id"] = workflow_snapshot_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if expected_completion_at is not UNSET:
            field_dict["expected_completion_at"] = expected_completion_at
        if trace_context is not UNSET:
            field_dict["trace_context"] = trace_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_id = src_dict["workflow_id"]

        project_id = src_dict["project_id"]

        status = src_dict["status"]
        status = _members_of_workflow_run_status.get(status) or WorkflowRunStatus(status)

        triggered_by = src_dict["triggered_by"]

        workflow_version = src_dict["workflow_version"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        max_parallel_steps = _get("max_parallel_steps", UNSET)

        payload = _get("payload", UNSET)

        error = _get("error", UNSET)

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

        expires_at = _get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        retry_of_run_id = _get("retry_of_run_id", UNSET)

        parent_workflow_run_id = _get("parent_workflow_run_id", UNSET)

        parent_step_run_id = _get("parent_step_run_id", UNSET)

        workflow_version_id = _get("workflow_version_id", UNSET)

        workflow_snapshot_id = _get("workflow_snapshot_id", UNSET)

        created_by = _get("created_by", UNSET)

        expected_completion_at = _get("expected_completion_at", UNSET)
        if isinstance(expected_completion_at, str):
            try:
                expected_completion_at = datetime.datetime.fromisoformat(expected_completion_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        trace_context = _get("trace_context", UNSET)
        if isinstance(trace_context, dict):
            try:
                trace_context = StringMap.from_dict(trace_context)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        workflow_run = cls(
            id,
            workflow_id,
            project_id,
            status,
            triggered_by,
            workflow_version,
            created_at,
            tags,
            max_parallel_steps,
            payload,
            error,
            started_at,
            finished_at,
            expires_at,
            retry_of_run_id,
            parent_workflow_run_id,
            parent_step_run_id,
            workflow_version_id,
            workflow_snapshot_id,
            created_by,
            expected_completion_at,
            trace_context,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run.additional_properties = _extra
        return workflow_run

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
        "workflow_id",
        "project_id",
        "status",
        "triggered_by",
        "workflow_version",
        "created_at",
        "tags",
        "max_parallel_steps",
        "payload",
        "error",
        "started_at",
        "finished_at",
        "expires_at",
        "retry_of_run_id",
        "parent_workflow_run_id",
        "parent_step_run_id",
        "workflow_version_id",
        "workflow_snapshot_id",
        "created_by",
        "expected_completion_at",
        "trace_context",
    }
)

from ..models.string_map import StringMap
