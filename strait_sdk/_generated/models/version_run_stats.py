from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VersionRunStats")


@_attrs_define
class VersionRunStats:
    version_id: str
    total: int
    completed: int
    failed: int
    avg_duration_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        total = self.total

        completed = self.completed

        failed = self.failed

        avg_duration_ms = self.avg_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "total": total,
                "completed": completed,
                "failed": failed,
                "avg_duration_ms": avg_duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version_id = src_dict["version_id"]

        total = src_dict["total"]

        completed = src_dict["completed"]

        failed = src_dict["failed"]

        avg_duration_ms = src_dict["avg_duration_ms"]

        version_run_stats = cls(
            version_id,
            total,
            completed,
            failed,
            avg_duration_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            version_run_stats.additional_properties = _extra
        return version_run_stats

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
        "version_id",
        "total",
        "completed",
        "failed",
        "avg_duration_ms",
    }
)
