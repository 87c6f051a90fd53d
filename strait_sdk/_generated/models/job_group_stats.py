from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobGroupStats")


@_attrs_define
class JobGroupStats:
    group_id: str
    run_counts: JobGroupStatsRunCounts
    """ The number of runs in each status. Statuses without runs are left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        run_counts = self.run_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "run_counts": run_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        group_id = src_dict["group_id"]

        run_counts = src_dict["run_counts"]
        run_counts = JobGroupStatsRunCounts.from_dict(run_counts)

        job_group_stats = cls(
            group_id,
            run_counts,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_group_stats.additional_properties = _extra
        return job_group_stats

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
        "group_id",
        "run_counts",
    }
)

from ..models.job_group_stats_run_counts import JobGroupStatsRunCounts
