from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerformanceAnalytics")


@_attrs_define
class PerformanceAnalytics:
    slowest_jobs: list[JobPerformance]
    """ Up to 10 jobs with at least 5 finished runs in the period, slowest first. """
    throughput: RunThroughput
    """ Runs of the period by final status. """
    health_summary: ProjectHealthSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slowest_jobs = []
        for slowest_jobs_item_data in self.slowest_jobs:
            slowest_jobs_item = slowest_jobs_item_data.to_dict()
            slowest_jobs.append(slowest_jobs_item)

        throughput = self.throughput.to_dict()

        health_summary = self.health_summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slowest_jobs": slowest_jobs,
                "throughput": throughput,
                "health_summary": health_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        slowest_jobs = src_dict["slowest_jobs"]
        slowest_jobs = [JobPerformance.from_dict(item) for item in slowest_jobs]

        throughput = src_dict["throughput"]
        throughput = RunThroughput.from_dict(throughput)

        health_summary = src_dict["health_summary"]
        health_summary = ProjectHealthSummary.from_dict(health_summary)

        performance_analytics = cls(
            slowest_jobs,
            throughput,
            health_summary,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            performance_analytics.additional_properties = _extra
        return performance_analytics

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
        "slowest_jobs",
        "throughput",
        "health_summary",
    }
)

from ..models.job_performance import JobPerformance
from ..models.project_health_summary import ProjectHealthSummary
from ..models.run_throughput import RunThroughput
