from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostInsights")


@_attrs_define
class CostInsights:
    outliers: list[CostOutlier]
    threshold: float
    """ The threshold in standard deviations that was applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outliers = []
        for outliers_item_data in self.outliers:
            outliers_item = outliers_item_data.to_dict()
            outliers.append(outliers_item)

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outliers": outliers,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        outliers = src_dict["outliers"]
        outliers = [CostOutlier.from_dict(item) for item in outliers]

        threshold = src_dict["threshold"]

        cost_insights = cls(
            outliers,
            threshold,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cost_insights.additional_properties = _extra
        return cost_insights

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
        "outliers",
        "threshold",
    }
)

from ..models.cost_outlier import CostOutlier
