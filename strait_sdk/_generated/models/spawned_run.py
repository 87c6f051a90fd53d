from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpawnedRun")


@_attrs_define
class SpawnedRun:
    id: str
    job_id: str
    project_id: str
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    parent_run_id: str
    triggered_by: str
    await_completion: bool | None | Unset = UNSET
    await_event_key: None | str | Unset = UNSET
    """ The event key the parent waits on, `spawn-await:<child id>`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        project_id = self.project_id

        status = RunStatus(self.status).value

        parent_run_id = self.parent_run_id

        triggered_by = self.triggered_by

        await_completion: bool | None | Unset
        if isinstance(self.await_completion, Unset):
            await_completion = UNSET
        else:
            await_completion = self.await_completion

        await_event_key: None | str | Unset
        if isinstance(self.await_event_key, Unset):
            await_event_key = UNSET
        else:
            await_event_key = self.await_event_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "project_id": project_id,
                "status": status,
                "parent_run_id": parent_run_id,
                "triggered_by": triggered_by,
            }
        )
        if await_completion is not UNSET:
            field_dict["await_completion"] = await_completion
        if await_event_key is not UNSET:
            field_dict["await_event_key"] = await_event_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        job_id = src_dict["job_id"]

        project_id = src_dict["project_id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        parent_run_id = src_dict["parent_run_id"]

        triggered_by = src_dict["triggered_by"]

        await_completion = _get("await_completion", UNSET)

        await_event_key = _get("await_event_key", UNSET)

        spawned_run = cls(
            id,
            job_id,
            project_id,
            status,
            parent_run_id,
            triggered_by,
            await_completion,
            await_event_key,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            spawned_run.additional_properties = _extra
        return spawned_run

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
        "parent_run_id",
        "triggered_by",
        "await_completion",
        "await_event_key",
    }
)
