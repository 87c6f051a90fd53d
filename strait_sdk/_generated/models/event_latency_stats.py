from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventLatencyStats")


@_attrs_define
class EventLatencyStats:
    avg_ms: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_ms = self.avg_ms

        p50_ms = self.p50_ms

        p95_ms = self.p95_ms

        p99_ms = self.p99_ms

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_ms": avg_ms,
                "p50_ms": p50_ms,
                "p95_ms": p95_ms,
                "p99_ms": p99_ms,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        avg_ms = src_dict["avg_ms"]

        p50_ms = src_dict["p50_ms"]

        p95_ms = src_dict["p95_ms"]

        p99_ms = src_dict["p99_ms"]

        count = src_dict["count"]

        event_latency_stats = cls(
            avg_ms,
            p50_ms,
            p95_ms,
            p99_ms,
            count,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_latency_stats.additional_properties = _extra
        return event_latency_stats

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
        "avg_ms",
        "p50_ms",
        "p95_ms",
        "p99_ms",
        "count",
    }
)
