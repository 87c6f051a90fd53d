from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovalStats")


@_attrs_define
class ApprovalStats:
    total_requested: int
    total_approved: int
    total_timed_out: int
    total_pending: int
    avg_approval_time_secs: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_requested = self.total_requested

        total_approved = self.total_approved

        total_timed_out = self.total_timed_out

        total_pending = self.total_pending

        avg_approval_time_secs = self.avg_approval_time_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_requested": total_requested,
                "total_approved": total_approved,
                "total_timed_out": total_timed_out,
                "total_pending": total_pending,
                "avg_approval_time_secs": avg_approval_time_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total_requested = src_dict["total_requested"]

        total_approved = src_dict["total_approved"]

        total_timed_out = src_dict["total_timed_out"]

        total_pending = src_dict["total_pending"]

        avg_approval_time_secs = src_dict["avg_approval_time_secs"]

        approval_stats = cls(
            total_requested,
            total_approved,
            total_timed_out,
            total_pending,
            avg_approval_time_secs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            approval_stats.additional_properties = _extra
        return approval_stats

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
        "total_requested",
        "total_approved",
        "total_timed_out",
        "total_pending",
        "avg_approval_time_secs",
    }
)
