from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectCost")


@_attrs_define
class ProjectCost:
    project_id: str
    name: str
    runs: int
    spend_microusd: int
    total_microusd: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        runs = self.runs

        spend_microusd = self.spend_microusd

        total_microusd = self.total_microusd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "runs": runs,
                "spend_microusd": spend_microusd,
                "total_microusd": total_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        name = src_dict["name"]

        runs = src_dict["runs"]

        spend_microusd = src_dict["spend_microusd"]

        total_microusd = src_dict["total_microusd"]

        project_cost = cls(
            project_id,
            name,
            runs,
            spend_microusd,
            total_microusd,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_cost.additional_properties = _extra
        return project_cost

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
        "project_id",
        "name",
        "runs",
        "spend_microusd",
        "total_microusd",
    }
)
