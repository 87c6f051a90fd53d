from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobPerformance")


@_attrs_define
class JobPerformance:
    job_id: str
    job_slug: str
    avg_duration_secs: float
    p95_duration_secs: float
    total_runs: int
    failed_runs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_slug = self.job_slug

        avg_duration_secs = self.avg_duration_secs

        p95_duration_secs = self.p95_duration_secs

        total_runs = self.total_runs

        failed_runs = self.failed_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "job_slug": job_slug,
                "avg_duration_secs": avg_duration_secs,
                "p95_duration_secs": p95_duration_secs,
                "total_runs": total_runs,
                "failed_runs": failed_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        job_slug = src_dict["job_slug"]

        avg_duration_secs = src_dict["avg_duration_secs"]

        p95_duration_secs = src_dict["p95_duration_secs"]

        total_runs = src_dict["total_runs"]

        failed_runs = src_dict["failed_runs"]

        job_performance = cls(
            job_id,
            job_slug,
            avg_duration_secs,
            p95_duration_secs,
            total_runs,
            failed_runs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_performance.additional_properties = _extra
        return job_performance

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
        "job_id",
        "job_slug",
        "avg_duration_secs",
        "p95_duration_secs",
        "total_runs",
        "failed_runs",
    }
)
