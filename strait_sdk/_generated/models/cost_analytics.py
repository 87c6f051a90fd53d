from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostAnalytics")


@_attrs_define
class CostAnalytics:
    total_spend_microusd: int
    """ Spend in millionths of a US dollar. """
    run_count: int
    by_job: list[JobCost]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_spend_microusd = self.total_spend_microusd

        run_count = self.run_count

        by_job = []
        for by_job_item_data in self.by_job:
            by_job_item = by_job_item_data.to_dict()
            by_job.append(by_job_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_spend_microusd": total_spend_microusd,
                "run_count": run_count,
                "by_job": by_job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total_spend_microusd = src_dict["total_spend_microusd"]

        run_count = src_dict["run_count"]

        by_job = src_dict["by_job"]
        by_job = [JobCost.from_dict(item) for item in by_job]

        cost_analytics = cls(
            total_spend_microusd,
            run_count,
            by_job,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cost_analytics.additional_properties = _extra
        return cost_analytics

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
        "total_spend_microusd",
        "run_count",
        "by_job",
    }
)

from ..models.job_cost import JobCost
