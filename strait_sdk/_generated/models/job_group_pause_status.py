from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_group_pause_status_status import (
    MEMBERS_BY_VALUE as _members_of_job_group_pause_status_status,
)
from ..models.job_group_pause_status_status import JobGroupPauseStatusStatus

T = TypeVar("T", bound="JobGroupPauseStatus")


@_attrs_define
class JobGroupPauseStatus:
    status: JobGroupPauseStatusStatus
    """ `paused` after `pause-all`, `resumed` after `resume-all`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = JobGroupPauseStatusStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]
        status = _members_of_job_group_pause_status_status.get(status) or JobGroupPauseStatusStatus(
            status
        )

        job_group_pause_status = cls(
            status,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_group_pause_status.additional_properties = _extra
        return job_group_pause_status

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
        "status",
    }
)
