from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_step_run_status import (
    MEMBERS_BY_VALUE as _members_of_workflow_step_run_status,
)
from ..models.workflow_step_run_status import WorkflowStepRunStatus
from ..models.workflow_step_type import (
    MEMBERS_BY_VALUE as _members_of_workflow_step_type,
)
from ..models.workflow_step_type import WorkflowStepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunGraphNode")


@_attrs_define
class WorkflowRunGraphNode:
    step_ref: str
    type_: WorkflowStepType
    """ What a step does. Steps stored without a type behave as `job` and may show an empty value. """
    status: WorkflowStepRunStatus
    """ Where a step of a workflow run is. New values may appear. """
    attempt: int
    depends_on: list[str] | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    """ Time from start to finish, or to the request for a step that is still running. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_ref = self.step_ref

        type_ = WorkflowStepType(self.type_).value

        status = WorkflowStepRunStatus(self.status).value

        attempt = self.attempt

        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on

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

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_ref": step_ref,
                "type": type_,
                "status": status,
                "attempt": attempt,
            }
        )
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        step_ref = src_dict["step_ref"]

        type_ = src_dict["type"]
        type_ = _members_of_workflow_step_type.get(type_) or WorkflowStepType(type_)

        status = src_dict["status"]
        status = _members_of_workflow_step_run_status.get(status) or WorkflowStepRunStatus(status)

        attempt = src_dict["attempt"]

        depends_on = _get("depends_on", UNSET)

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

        duration_ms = _get("duration_ms", UNSET)

        workflow_run_graph_node = cls(
            step_ref,
            type_,
            status,
            attempt,
            depends_on,
            started_at,
            finished_at,
            duration_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run_graph_node.additional_properties = _extra
        return workflow_run_graph_node

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
        "step_ref",
        "type",
        "status",
        "attempt",
        "depends_on",
        "started_at",
        "finished_at",
        "duration_ms",
    }
)
