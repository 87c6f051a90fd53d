from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostForecast")


@_attrs_define
class CostForecast:
    daily_rate: float
    projected_monthly: float
    trend_pct: float
    """ The change of the cost trend, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_rate = self.daily_rate

        projected_monthly = self.projected_monthly

        trend_pct = self.trend_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_rate": daily_rate,
                "projected_monthly": projected_monthly,
                "trend_pct": trend_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        daily_rate = src_dict["daily_rate"]

        projected_monthly = src_dict["projected_monthly"]

        trend_pct = src_dict["trend_pct"]

        cost_forecast = cls(
            daily_rate,
            projected_monthly,
            trend_pct,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cost_forecast.additional_properties = _extra
        return cost_forecast

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
        "daily_rate",
        "projected_monthly",
        "trend_pct",
    }
)
