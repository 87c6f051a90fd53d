from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostOutlier")


@_attrs_define
class CostOutlier:
    run_id: str
    job_id: str
    cost_microusd: int
    avg_cost_microusd: float
    """ The mean cost of the job's runs. """
    stddev_cost_microusd: float
    deviations_above_avg: float
    """ How many standard deviations this run's cost lies above the mean. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        job_id = self.job_id

        cost_microusd = self.cost_microusd

        avg_cost_microusd = self.avg_cost_microusd

        stddev_cost_microusd = self.stddev_cost_microusd

        deviations_above_avg = self.deviations_above_avg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "job_id": job_id,
                "cost_microusd": cost_microusd,
                "avg_cost_microusd": avg_cost_microusd,
                "stddev_cost_microusd": stddev_cost_microusd,
                "deviations_above_avg": deviations_above_avg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run_id = src_dict["run_id"]

        job_id = src_dict["job_id"]

        cost_microusd = src_dict["cost_microusd"]

        avg_cost_microusd = src_dict["avg_cost_microusd"]

        stddev_cost_microusd = src_dict["stddev_cost_microusd"]

        deviations_above_avg = src_dict["deviations_above_avg"]

        cost_outlier = cls(
            run_id,
            job_id,
            cost_microusd,
            avg_cost_microusd,
            stddev_cost_microusd,
            deviations_above_avg,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cost_outlier.additional_properties = _extra
        return cost_outlier

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
        "run_id",
        "job_id",
        "cost_microusd",
        "avg_cost_microusd",
        "stddev_cost_microusd",
        "deviations_above_avg",
    }
)
