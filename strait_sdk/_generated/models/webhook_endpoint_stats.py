from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEndpointStats")


@_attrs_define
class WebhookEndpointStats:
    url: str
    total: int
    delivered: int
    failed: int
    dead: int
    """ Deliveries that ran out of attempts. """
    avg_latency_ms: float
    p95_latency_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        total = self.total

        delivered = self.delivered

        failed = self.failed

        dead = self.dead

        avg_latency_ms = self.avg_latency_ms

        p95_latency_ms = self.p95_latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "total": total,
                "delivered": delivered,
                "failed": failed,
                "dead": dead,
                "avg_latency_ms": avg_latency_ms,
                "p95_latency_ms": p95_latency_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]

        total = src_dict["total"]

        delivered = src_dict["delivered"]

        failed = src_dict["failed"]

        dead = src_dict["dead"]

        avg_latency_ms = src_dict["avg_latency_ms"]

        p95_latency_ms = src_dict["p95_latency_ms"]

        webhook_endpoint_stats = cls(
            url,
            total,
            delivered,
            failed,
            dead,
            avg_latency_ms,
            p95_latency_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            webhook_endpoint_stats.additional_properties = _extra
        return webhook_endpoint_stats

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
        "url",
        "total",
        "delivered",
        "failed",
        "dead",
        "avg_latency_ms",
        "p95_latency_ms",
    }
)
