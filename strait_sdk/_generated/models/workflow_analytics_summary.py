from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowAnalyticsSummary")


@_attrs_define
class WorkflowAnalyticsSummary:
    total: int
    completed: int
    failed: int
    success_rate: float
    avg_duration_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        failed = self.failed

        success_rate = self.success_rate

        avg_duration_ms = self.avg_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "completed": completed,
                "failed": failed,
                "success_rate": success_rate,
                "avg_duration_ms": avg_duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict["total"]

        completed = src_dict["completed"]

        failed = src_dict["failed"]

        success_rate = src_dict["success_rate"]

        avg_duration_ms = src_dict["avg_duration_ms"]

        workflow_analytics_summary = cls(
            total,
            completed,
            failed,
            success_rate,
            avg_duration_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_analytics_summary.additional_properties = _extra
        return workflow_analytics_summary

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
        "total",
        "completed",
        "failed",
        "success_rate",
        "avg_duration_ms",
    }
)
