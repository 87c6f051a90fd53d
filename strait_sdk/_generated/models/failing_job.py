from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailingJob")


@_attrs_define
class FailingJob:
    job_id: str
    slug: str
    failed_count: int
    total: int
    failure_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        slug = self.slug

        failed_count = self.failed_count

        total = self.total

        failure_rate = self.failure_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "slug": slug,
                "failed_count": failed_count,
                "total": total,
                "failure_rate": failure_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        slug = src_dict["slug"]

        failed_count = src_dict["failed_count"]

        total = src_dict["total"]

        failure_rate = src_dict["failure_rate"]

        failing_job = cls(
            job_id,
            slug,
            failed_count,
            total,
            failure_rate,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            failing_job.additional_properties = _extra
        return failing_job

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
        "failed_count",
        "total",
        "failure_rate",
    }
)
