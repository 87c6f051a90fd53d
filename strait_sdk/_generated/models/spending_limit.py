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
        org_id = src_dict["org_id"]

        plan_tier = src_dict["plan_tier"]

        overage_enabled = src_dict["overage_enabled"]

        spending_limit_usd = src_dict["spending_limit_usd"]

        limit_action = src_dict["limit_action"]

        current_spend_usd = src_dict["current_spend_usd"]

        overage_spend_usd = src_dict["overage_spend_usd"]

        is_hard_capped = src_dict["is_hard_capped"]

        spending_limit = cls(
            org_id,
            plan_tier,
            overage_enabled,
            spending_limit_usd,
            limit_action,
            current_spend_usd,
            overage_spend_usd,
            is_hard_capped,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            spending_limit.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "org_id",
        "plan_tier",
        "overage_enabled",
        "spending_limit_usd",
        "limit_action",
        "current_spend_usd",
        "overage_spend_usd",
        "is_hard_capped",
    }
)
