from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_task_status import WorkerTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_task_result import WorkerTaskResult


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
        from ..models.worker_task_result import WorkerTaskResult  # noqa: PLC0415

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
        from ..models.worker_task_result import WorkerTaskResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        worker_id = d.pop("worker_id")

        run_id = d.pop("run_id")

        project_id = d.pop("project_id")

        attempt = d.pop("attempt")

        status = WorkerTaskStatus(d.pop("status"))

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))

        def _parse_accepted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accepted_at = _parse_accepted_at(d.pop("accepted_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_result(data: object) -> None | Unset | WorkerTaskResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = WorkerTaskResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerTaskResult, data)

        result = _parse_result(d.pop("result", UNSET))

        worker_task = cls(
            id=id,
            worker_id=worker_id,
            run_id=run_id,
            project_id=project_id,
            attempt=attempt,
            status=status,
            assigned_at=assigned_at,
            accepted_at=accepted_at,
            finished_at=finished_at,
            result=result,
        )

        worker_task.additional_properties = d
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
