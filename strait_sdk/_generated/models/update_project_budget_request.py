from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateProjectBudgetRequest")


@_attrs_define
class UpdateProjectBudgetRequest:
    project_id: str
    budget_microusd: int
    """ The monthly budget in millionths of a US dollar; a negative value removes the budget. """
    action: str
    """ What happens at the budget, `reject`, `block` or `notify`; other values answer 400. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        budget_microusd = self.budget_microusd

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "budget_microusd": budget_microusd,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        budget_microusd = src_dict["budget_microusd"]

        action = src_dict["action"]

        update_project_budget_request = cls(
            project_id,
            budget_microusd,
            action,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_project_budget_request.additional_properties = _extra
        return update_project_budget_request

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
        "budget_microusd",
        "action",
    }
)
