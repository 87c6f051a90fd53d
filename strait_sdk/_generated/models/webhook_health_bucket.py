from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookHealthBucket")


@_attrs_define
class WebhookHealthBucket:
    url: str
    period: str
    """ The hour or day the bucket covers. """
    success_rate: float
    avg_latency_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        period = self.period

        success_rate = self.success_rate

        avg_latency_ms = self.avg_latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "period": period,
                "success_rate": success_rate,
                "avg_latency_ms": avg_latency_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]

        period = src_dict["period"]

        success_rate = src_dict["success_rate"]

        avg_latency_ms = src_dict["avg_latency_ms"]

        webhook_health_bucket = cls(
            url,
            period,
            success_rate,
            avg_latency_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            webhook_health_bucket.additional_properties = _extra
        return webhook_health_bucket

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
        "period",
        "success_rate",
        "avg_latency_ms",
    }
)
