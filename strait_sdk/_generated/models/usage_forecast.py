from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageForecast")


@_attrs_define
class UsageForecast:
    projected_monthly_runs: int
    projected_monthly_spend_usd: float
    projected_monthly_spend_low_usd: float
    """ Lower end of the confidence interval. """
    projected_monthly_spend_high_usd: float
    """ Upper end of the confidence interval. """
    confidence_pct: int
    """ The confidence level of the interval, in percent. """
    recommended_plan: str
    """ The plan tier that fits the projected spend. """
    days_until_limit: int
    """ 0 when no limit is in sight. """
    projected_overage_microusd: int
    addon_spend_microusd: int
    scale_breakeven: bool
    """ True when a Pro organization would pay at least the price of Scale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projected_monthly_runs = self.projected_monthly_runs

        projected_monthly_spend_usd = self.projected_monthly_spend_usd

        projected_monthly_spend_low_usd = self.projected_monthly_spend_low_usd

        projected_monthly_spend_high_usd = self.projected_monthly_spend_high_usd

        confidence_pct = self.confidence_pct

        recommended_plan = self.recommended_plan

        days_until_limit = self.days_until_limit

        projected_overage_microusd = self.projected_overage_microusd

        addon_spend_microusd = self.addon_spend_microusd

        scale_breakeven = self.scale_breakeven

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projected_monthly_runs": projected_monthly_runs,
                "projected_monthly_spend_usd": projected_monthly_spend_usd,
                "projected_monthly_spend_low_usd": projected_monthly_spend_low_usd,
                "projected_monthly_spend_high_usd": projected_monthly_spend_high_usd,
                "confidence_pct": confidence_pct,
                "recommended_plan": recommended_plan,
                "days_until_limit": days_until_limit,
                "projected_overage_microusd": projected_overage_microusd,
                "addon_spend_microusd": addon_spend_microusd,
                "scale_breakeven": scale_breakeven,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        projected_monthly_runs = src_dict["projected_monthly_runs"]

        projected_monthly_spend_usd = src_dict["projected_monthly_spend_usd"]

        projected_monthly_spend_low_usd = src_dict["projected_monthly_spend_low_usd"]

        projected_monthly_spend_high_usd = src_dict["projected_monthly_spend_high_usd"]

        confidence_pct = src_dict["confidence_pct"]

        recommended_plan = src_dict["recommended_plan"]

        days_until_limit = src_dict["days_until_limit"]

        projected_overage_microusd = src_dict["projected_overage_microusd"]

        addon_spend_microusd = src_dict["addon_spend_microusd"]

        scale_breakeven = src_dict["scale_breakeven"]

        usage_forecast = cls(
            projected_monthly_runs,
            projected_monthly_spend_usd,
            projected_monthly_spend_low_usd,
            projected_monthly_spend_high_usd,
            confidence_pct,
            recommended_plan,
            days_until_limit,
            projected_overage_microusd,
            addon_spend_microusd,
            scale_breakeven,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            usage_forecast.additional_properties = _extra
        return usage_forecast

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
        "projected_monthly_runs",
        "projected_monthly_spend_usd",
        "projected_monthly_spend_low_usd",
        "projected_monthly_spend_high_usd",
        "confidence_pct",
        "recommended_plan",
        "days_until_limit",
        "projected_overage_microusd",
        "addon_spend_microusd",
        "scale_breakeven",
    }
)
