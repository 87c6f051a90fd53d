from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobCostRank")


@_attrs_define
class JobCostRank:
    job_id: str
    slug: str
    total_cost: int
    run_count: int
    avg_cost_per_run: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        slug = self.slug

        total_cost = self.total_cost

        run_count = self.run_count

        avg_cost_per_run = self.avg_cost_per_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "slug": slug,
                "total_cost": total_cost,
                "run_count": run_count,
                "avg_cost_per_run": avg_cost_per_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        slug = src_dict["slug"]

        total_cost = src_dict["total_cost"]

        run_count = src_dict["run_count"]

        avg_cost_per_run = src_dict["avg_cost_per_run"]

        job_cost_rank = cls(
            job_id,
            slug,
            total_cost,
            run_count,
            avg_cost_per_run,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_cost_rank.additional_properties = _extra
        return job_cost_rank

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
        "slug",
        "total_cost",
        "run_count",
        "avg_cost_per_run",
    }
)
