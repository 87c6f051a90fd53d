from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectBudget")


@_attrs_define
class ProjectBudget:
    project_id: str
    monthly_budget_microusd: int
    """ The budget in millionths of a US dollar; negative when the project has none. """
    budget_action: str
    """ What happens at the budget, such as `reject`, `block` or `notify`. """
    current_spend_microusd: int
    """ Spend since the first day of the month, UTC. """
    percent_used: float
    """ 0 when there is no positive budget. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        monthly_budget_microusd = self.monthly_budget_microusd

        budget_action = self.budget_action

        current_spend_microusd = self.current_spend_microusd

        percent_used = self.percent_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "monthly_budget_microusd": monthly_budget_microusd,
                "budget_action": budget_action,
                "current_spend_microusd": current_spend_microusd,
                "percent_used": percent_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        monthly_budget_microusd = src_dict["monthly_budget_microusd"]

        budget_action = src_dict["budget_action"]

        current_spend_microusd = src_dict["current_spend_microusd"]

        percent_used = src_dict["percent_used"]

        project_budget = cls(
            project_id,
            monthly_budget_microusd,
            budget_action,
            current_spend_microusd,
            percent_used,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_budget.additional_properties = _extra
        return project_budget

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
        "monthly_budget_microusd",
        "budget_action",
        "current_spend_microusd",
        "percent_used",
    }
)
