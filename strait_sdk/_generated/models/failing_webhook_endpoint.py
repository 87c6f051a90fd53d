from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailingWebhookEndpoint")


@_attrs_define
class FailingWebhookEndpoint:
    url: str
    failed: int
    total: int
    failure_rate: float
    last_error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        failed = self.failed

        total = self.total

        failure_rate = self.failure_rate

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "failed": failed,
                "total": total,
                "failure_rate": failure_rate,
                "last_error": last_error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]

        failed = src_dict["failed"]

        total = src_dict["total"]

        failure_rate = src_dict["failure_rate"]

        last_error = src_dict["last_error"]

        failing_webhook_endpoint = cls(
            url,
            failed,
            total,
            failure_rate,
            last_error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            failing_webhook_endpoint.additional_properties = _extra
        return failing_webhook_endpoint

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
        "failed",
        "total",
        "failure_rate",
        "last_error",
    }
)
