from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectHealthSummary")


@_attrs_define
class ProjectHealthSummary:
    total_jobs: int
    active_jobs: int
    """ Jobs that are enabled. """
    success_rate: float
    """ Completed runs divided by all runs of the period, from 0 to 1. """
    avg_duration_secs: float
    queue_depth: int
    """ Runs of the project in `queued` now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_jobs = self.total_jobs

        active_jobs = self.active_jobs

        success_rate = self.success_rate

        avg_duration_secs = self.avg_duration_secs

        queue_depth = self.queue_depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_jobs": total_jobs,
                "active_jobs": active_jobs,
                "success_rate": success_rate,
                "avg_duration_secs": avg_duration_secs,
                "queue_depth": queue_depth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total_jobs = src_dict["total_jobs"]

        active_jobs = src_dict["active_jobs"]

        success_rate = src_dict["success_rate"]

        avg_duration_secs = src_dict["avg_duration_secs"]

        queue_depth = src_dict["queue_depth"]

        project_health_summary = cls(
            total_jobs,
            active_jobs,
            success_rate,
            avg_duration_secs,
            queue_depth,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_health_summary.additional_properties = _extra
        return project_health_summary

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
        "total_jobs",
        "active_jobs",
        "success_rate",
        "avg_duration_secs",
        "queue_depth",
    }
)
