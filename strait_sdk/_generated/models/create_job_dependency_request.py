from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_dependency_condition import (
    MEMBERS_BY_VALUE as _members_of_job_dependency_condition,
)
from ..models.job_dependency_condition import JobDependencyCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateJobDependencyRequest")


@_attrs_define
class CreateJobDependencyRequest:
    depends_on_job_id: str
    """ The id of the job to wait for. """
    condition: JobDependencyCondition | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depends_on_job_id = self.depends_on_job_id

        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, JobDependencyCondition):
            condition = JobDependencyCondition(self.condition).value
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depends_on_job_id": depends_on_job_id,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        depends_on_job_id = src_dict["depends_on_job_id"]

        condition = _get("condition", UNSET)
        if isinstance(condition, str):
            try:
                condition = _members_of_job_dependency_condition.get(
                    condition
                ) or JobDependencyCondition(condition)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_job_dependency_request = cls(
            depends_on_job_id,
            condition,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_job_dependency_request.additional_properties = _extra
        return create_job_dependency_request

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
        "depends_on_job_id",
        "condition",
    }
)
