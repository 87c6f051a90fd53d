from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTimelineStep")


@_attrs_define
class WorkflowTimelineStep:
    step_run_id: str
    step_ref: str
    status: str
    """ The step run's status, as in `WorkflowStepRunStatus`. """
    duration_ms: int
    on_critical_path: bool
    wait_ms: int
    """ The gap between the previous step finishing and this one starting. """
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    parallel_with: list[str] | None | Unset = UNSET
    """ Steps whose execution overlapped this one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_run_id = self.step_run_id

        step_ref = self.step_ref

        status = self.status

        duration_ms = self.duration_ms

        on_critical_path = self.on_critical_path

        wait_ms = self.wait_ms

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

        parallel_with: list[str] | None | Unset
        if isinstance(self.parallel_with, Unset):
            parallel_with = UNSET
        elif isinstance(self.parallel_with, list):
            parallel_with = self.parallel_with

        else:
            parallel_with = self.parallel_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_run_id": step_run_id,
                "step_ref": step_ref,
                "status": status,
                "duration_ms": duration_ms,
                "on_critical_path": on_critical_path,
                "wait_ms": wait_ms,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if parallel_with is not UNSET:
            field_dict["parallel_with"] = parallel_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        step_run_id = src_dict["step_run_id"]

        step_ref = src_dict["step_ref"]

        status = src_dict["status"]

        duration_ms = src_dict["duration_ms"]

        on_critical_path = src_dict["on_critical_path"]

        wait_ms = src_dict["wait_ms"]

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

        parallel_with = _get("parallel_with", UNSET)

        workflow_timeline_step = cls(
            step_run_id,
            step_ref,
            status,
            duration_ms,
            on_critical_path,
            wait_ms,
            started_at,
            finished_at,
            parallel_with,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_timeline_step.additional_properties = _extra
        return workflow_timeline_step

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
        "step_run_id",
        "step_ref",
        "status",
        "duration_ms",
        "on_critical_path",
        "wait_ms",
        "started_at",
        "finished_at",
        "parallel_with",
    }
)
