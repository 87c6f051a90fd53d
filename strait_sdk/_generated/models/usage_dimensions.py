from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageDimensions")


@_attrs_define
class UsageDimensions:
    monthly_runs: UsageDimension
    """ Use of one limit. A `limit` of -1 means unlimited. """
    runs_today: UsageDimension
    """ Use of one limit. A `limit` of -1 means unlimited. """
    concurrent_runs: UsageDimension
    """ Use of one limit. A `limit` of -1 means unlimited. """
    projects: UsageDimension
    """ Use of one limit. A `limit` of -1 means unlimited. """
    members: UsageDimension
    """ Use of one limit. A `limit` of -1 means unlimited. """
    retention_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_runs = self.monthly_runs.to_dict()

        runs_today = self.runs_today.to_dict()

        concurrent_runs = self.concurrent_runs.to_dict()

        projects = self.projects.to_dict()

        members = self.members.to_dict()

        retention_days = self.retention_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthly_runs": monthly_runs,
                "runs_today": runs_today,
                "concurrent_runs": concurrent_runs,
                "projects": projects,
                "members": members,
                "retention_days": retention_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        monthly_runs = src_dict["monthly_runs"]
        monthly_runs = UsageDimension.from_dict(monthly_runs)

        runs_today = src_dict["runs_today"]
        runs_today = UsageDimension.from_dict(runs_today)

        concurrent_runs = src_dict["concurrent_runs"]
        concurrent_runs = UsageDimension.from_dict(concurrent_runs)

        projects = src_dict["projects"]
        projects = UsageDimension.from_dict(projects)

        members = src_dict["members"]
        members = UsageDimension.from_dict(members)

        retention_days = src_dict["retention_days"]

        usage_dimensions = cls(
            monthly_runs,
            runs_today,
            concurrent_runs,
            projects,
            members,
            retention_days,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            usage_dimensions.additional_properties = _extra
        return usage_dimensions

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
        "monthly_runs",
        "runs_today",
        "concurrent_runs",
        "projects",
        "members",
        "retention_days",
    }
)

from ..models.usage_dimension import UsageDimension
