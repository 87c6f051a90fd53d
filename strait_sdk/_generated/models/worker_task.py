from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_task_status import (
    MEMBERS_BY_VALUE as _members_of_worker_task_status,
)
from ..models.worker_task_status import WorkerTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerTask")


@_attrs_define
class WorkerTask:
    """One attempt of a run handed to a worker."""

    id: str
    worker_id: str
    run_id: str
    project_id: str
    attempt: int
    status: WorkerTaskStatus
    assigned_at: datetime.datetime
    accepted_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    result: None | Unset | WorkerTaskResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        worker_id = self.worker_id

        run_id = self.run_id

        project_id = self.project_id

        attempt = self.attempt

        status = WorkerTaskStatus(self.status).value

        assigned_at = self.assigned_at.isoformat()

        accepted_at: None | str | Unset
        if isinstance(self.accepted_at, Unset):
            accepted_at = UNSET
        elif isinstance(self.accepted_at, datetime.datetime):
            accepted_at = self.accepted_at.isoformat()
        else:
            accepted_at = self.accepted_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, WorkerTaskResult):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "worker_id": worker_id,
                "run_id": run_id,
                "project_id": project_id,
                "attempt": attempt,
                "status": status,
                "assigned_at": assigned_at,
            }
        )
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        worker_id = src_dict["worker_id"]

        run_id = src_dict["run_id"]

        project_id = src_dict["project_id"]

        attempt = src_dict["attempt"]

        status = src_dict["status"]
        status = _members_of_worker_task_status.get(status) or WorkerTaskStatus(status)

        assigned_at = src_dict["assigned_at"]
        assigned_at = datetime.datetime.fromisoformat(assigned_at)

        accepted_at = _get("accepted_at", UNSET)
        if isinstance(accepted_at, str):
            try:
                accepted_at = datetime.datetime.fromisoformat(accepted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        finished_at = _get("finished_at", UNSET)
        if isinstance(finished_at, str):
            try:
                finished_at = datetime.datetime.fromisoformat(finished_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        result = _get("result", UNSET)
        if isinstance(result, dict):
            try:
                result = WorkerTaskResult.from_dict(result)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        worker_task = cls(
            id,
            worker_id,
            run_id,
            project_id,
            attempt,
            status,
            assigned_at,
            accepted_at,
            finished_at,
            result,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            worker_task.additional_properties = _extra
        return worker_task

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
        "worker_id",
        "run_id",
        "project_id",
        "attempt",
        "status",
        "assigned_at",
        "accepted_at",
        "finished_at",
        "result",
    }
)

from ..models.worker_task_result import WorkerTaskResult
