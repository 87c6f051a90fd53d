from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpendingLimit")


@_attrs_define
class SpendingLimit:
    org_id: str
    plan_tier: str
    overage_enabled: bool
    spending_limit_usd: float
    limit_action: str
    """ What happens at the limit, such as `reject` or `notify`. """
    current_spend_usd: float
    """ Spend in the current billing period. """
    overage_spend_usd: float
    is_hard_capped: bool
    """ True when spend cannot go past the plan, as on the Free plan or with a limit of 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        plan_tier = self.plan_tier

        overage_enabled = self.overage_enabled

        spending_limit_usd = self.spending_limit_usd

        limit_action = self.limit_action

        current_spend_usd = self.current_spend_usd

        overage_spend_usd = self.overage_spend_usd

        is_hard_capped = self.is_hard_capped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "plan_tier": plan_tier,
                "overage_enabled": overage_enabled,
                "spending_limit_usd": spending_limit_usd,
                "limit_action": limit_action,
                "current_spend_usd": current_spend_usd,
                "overage_spend_usd": overage_spend_usd,
                "is_hard_capped": is_hard_capped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id")

        plan_tier = d.pop("plan_tier")

        overage_enabled = d.pop("overage_enabled")

        spending_limit_usd = d.pop("spending_limit_usd")

        limit_action = d.pop("limit_action")

        current_spend_usd = d.pop("current_spend_usd")

        overage_spend_usd = d.pop("overage_spend_usd")

        is_hard_capped = d.pop("is_hard_capped")

        spending_limit = cls(
            org_id=org_id,
            plan_tier=plan_tier,
            overage_enabled=overage_enabled,
            spending_limit_usd=spending_limit_usd,
            limit_action=limit_action,
            current_spend_usd=current_spend_usd,
            overage_spend_usd=overage_spend_usd,
            is_hard_capped=is_hard_capped,
        )

        spending_limit.additional_properties = d
        return spending_limit

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
