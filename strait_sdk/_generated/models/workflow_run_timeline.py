from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunTimeline")


@_attrs_define
class WorkflowRunTimeline:
    workflow_run_id: str
    status: str
    """ The workflow run's status, as in `WorkflowRunStatus`. """
    total_ms: int
    steps: list[WorkflowTimelineStep]
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_run_id = self.workflow_run_id

        status = self.status

        total_ms = self.total_ms

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_run_id": workflow_run_id,
                "status": status,
                "total_ms": total_ms,
                "steps": steps,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        workflow_run_id = src_dict["workflow_run_id"]

        status = src_dict["status"]

        total_ms = src_dict["total_ms"]

        steps = src_dict["steps"]
        steps = [WorkflowTimelineStep.from_dict(item) for item in steps]

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

        workflow_run_timeline = cls(
            workflow_run_id,
            status,
            total_ms,
            steps,
            started_at,
            finished_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run_timeline.additional_properties = _extra
        return workflow_run_timeline

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
        "workflow_run_id",
        "status",
        "total_ms",
        "steps",
        "started_at",
        "finished_at",
    }
)

from ..models.workflow_timeline_step import WorkflowTimelineStep
