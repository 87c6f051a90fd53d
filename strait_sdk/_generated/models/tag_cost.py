from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TagCost")


@_attrs_define
class TagCost:
    tag_key: str
    tag_value: str
    total_cost: int
    run_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_key = self.tag_key

        tag_value = self.tag_value

        total_cost = self.total_cost

        run_count = self.run_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_key": tag_key,
                "tag_value": tag_value,
                "total_cost": total_cost,
                "run_count": run_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tag_key = src_dict["tag_key"]

        tag_value = src_dict["tag_value"]

        total_cost = src_dict["total_cost"]

        run_count = src_dict["run_count"]

        tag_cost = cls(
            tag_key,
            tag_value,
            total_cost,
            run_count,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            tag_cost.additional_properties = _extra
        return tag_cost

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
        "tag_key",
        "tag_value",
        "total_cost",
        "run_count",
    }
)
