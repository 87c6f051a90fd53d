from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_dependency_condition import (
    MEMBERS_BY_VALUE as _members_of_job_dependency_condition,
)
from ..models.job_dependency_condition import JobDependencyCondition

T = TypeVar("T", bound="JobDependency")


@_attrs_define
class JobDependency:
    id: str
    job_id: str
    """ The job that waits. """
    depends_on_job_id: str
    """ The job it waits for. """
    condition: JobDependencyCondition
    """ Which outcome of the other job satisfies the dependency. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        depends_on_job_id = self.depends_on_job_id

        condition = JobDependencyCondition(self.condition).value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "depends_on_job_id": depends_on_job_id,
                "condition": condition,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        job_id = src_dict["job_id"]

        depends_on_job_id = src_dict["depends_on_job_id"]

        condition = src_dict["condition"]
        condition = _members_of_job_dependency_condition.get(condition) or JobDependencyCondition(
            condition
        )

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        job_dependency = cls(
            id,
            job_id,
            depends_on_job_id,
            condition,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_dependency.additional_properties = _extra
        return job_dependency

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
        "depends_on_job_id",
        "condition",
        "created_at",
    }
)
