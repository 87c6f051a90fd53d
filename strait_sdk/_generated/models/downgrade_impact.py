from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DowngradeImpact")


@_attrs_define
class DowngradeImpact:
    target_tier: str
    effective_date: str
    """ `YYYY-MM-DD`, the end of the current billing period. """
    impacts: list[ResourceImpact]
    """ Every resource that the plans limit, including those that fit. """
    manual_actions: list[ResourceImpact] | None
    """ Resources over the new limit that people must reduce, such as projects and members; null when there are
    none. """
    auto_disabled: list[ResourceImpact] | None
    """ Resources over the new limit that the server turns off by itself; null when there are none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_tier = self.target_tier

        effective_date = self.effective_date

        impacts = []
        for impacts_item_data in self.impacts:
            impacts_item = impacts_item_data.to_dict()
            impacts.append(impacts_item)

        manual_actions: list[dict[str, Any]] | None
        if isinstance(self.manual_actions, list):
            manual_actions = []
            for manual_actions_type_0_item_data in self.manual_actions:
                manual_actions_type_0_item = manual_actions_type_0_item_data.to_dict()
                manual_actions.append(manual_actions_type_0_item)

        else:
            manual_actions = self.manual_actions

        auto_disabled: list[dict[str, Any]] | None
        if isinstance(self.auto_disabled, list):
            auto_disabled = []
            for auto_disabled_type_0_item_data in self.auto_disabled:
                auto_disabled_type_0_item = auto_disabled_type_0_item_data.to_dict()
                auto_disabled.append(auto_disabled_type_0_item)

        else:
            auto_disabled = self.auto_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_tier": target_tier,
                "effective_date": effective_date,
                "impacts": impacts,
                "manual_actions": manual_actions,
                "auto_disabled": auto_disabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        target_tier = src_dict["target_tier"]

        effective_date = src_dict["effective_date"]

        impacts = src_dict["impacts"]
        impacts = [ResourceImpact.from_dict(item) for item in impacts]

        manual_actions = src_dict["manual_actions"]
        if isinstance(manual_actions, list):
            try:
                manual_actions = [ResourceImpact.from_dict(item) for item in manual_actions]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        auto_disabled = src_dict["auto_disabled"]
        if isinstance(auto_disabled, list):
            try:
                auto_disabled = [ResourceImpact.from_dict(item) for item in auto_disabled]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        downgrade_impact = cls(
            target_tier,
            effective_date,
            impacts,
            manual_actions,
            auto_disabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            downgrade_impact.additional_properties = _extra
        return downgrade_impact

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
        "target_tier",
        "effective_date",
        "impacts",
        "manual_actions",
        "auto_disabled",
    }
)

from ..models.resource_impact import ResourceImpact
