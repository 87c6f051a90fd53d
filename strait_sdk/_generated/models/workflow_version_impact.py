from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowVersionImpact")


@_attrs_define
class WorkflowVersionImpact:
    version_id: str
    matching_runs: int
    """ Runs among the sampled ones that use this version. """
    sampled_runs: int
    """ How many of the workflow's newest runs were looked at, at most 500. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        matching_runs = self.matching_runs

        sampled_runs = self.sampled_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "matching_runs": matching_runs,
                "sampled_runs": sampled_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version_id = src_dict["version_id"]

        matching_runs = src_dict["matching_runs"]

        sampled_runs = src_dict["sampled_runs"]

        workflow_version_impact = cls(
            version_id,
            matching_runs,
            sampled_runs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_version_impact.additional_properties = _extra
        return workflow_version_impact

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
        "version_id",
        "matching_runs",
        "sampled_runs",
    }
)
