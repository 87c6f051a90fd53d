from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobComparison")


@_attrs_define
class JobComparison:
    job_id: str
    slug: str
    total: int
    success_rate: float
    avg_duration_ms: float
    cost: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        slug = self.slug

        total = self.total

        success_rate = self.success_rate

        avg_duration_ms = self.avg_duration_ms

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "slug": slug,
                "total": total,
                "success_rate": success_rate,
                "avg_duration_ms": avg_duration_ms,
                "cost": cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        slug = src_dict["slug"]

        total = src_dict["total"]

        success_rate = src_dict["success_rate"]

        avg_duration_ms = src_dict["avg_duration_ms"]

        cost = src_dict["cost"]

        job_comparison = cls(
            job_id,
            slug,
            total,
            success_rate,
            avg_duration_ms,
            cost,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_comparison.additional_properties = _extra
        return job_comparison

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
        "total",
        "success_rate",
        "avg_duration_ms",
        "cost",
    }
)
