from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TriggerCost")


@_attrs_define
class TriggerCost:
    trigger: str
    """ How the runs started, such as `manual` or `cron`. """
    cost: int
    run_count: int
    pct: float
    """ This trigger type's share of the total cost. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger = self.trigger

        cost = self.cost

        run_count = self.run_count

        pct = self.pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trigger": trigger,
                "cost": cost,
                "run_count": run_count,
                "pct": pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        trigger = src_dict["trigger"]

        cost = src_dict["cost"]

        run_count = src_dict["run_count"]

        pct = src_dict["pct"]

        trigger_cost = cls(
            trigger,
            cost,
            run_count,
            pct,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            trigger_cost.additional_properties = _extra
        return trigger_cost

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
        "trigger",
        "cost",
        "run_count",
        "pct",
    }
)
