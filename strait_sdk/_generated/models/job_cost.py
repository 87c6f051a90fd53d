from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobCost")


@_attrs_define
class JobCost:
    job_id: str
    job_slug: str
    cost_microusd: int
    run_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_slug = self.job_slug

        cost_microusd = self.cost_microusd

        run_count = self.run_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "job_slug": job_slug,
                "cost_microusd": cost_microusd,
                "run_count": run_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        job_slug = src_dict["job_slug"]

        cost_microusd = src_dict["cost_microusd"]

        run_count = src_dict["run_count"]

        job_cost = cls(
            job_id,
            job_slug,
            cost_microusd,
            run_count,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_cost.additional_properties = _extra
        return job_cost

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
        "cost_microusd",
        "run_count",
    }
)
