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
        d = dict(src_dict)
        url = d.pop("url")

        failed = d.pop("failed")

        total = d.pop("total")

        failure_rate = d.pop("failure_rate")

        last_error = d.pop("last_error")

        failing_webhook_endpoint = cls(
            url=url,
            failed=failed,
            total=total,
            failure_rate=failure_rate,
            last_error=last_error,
        )

        failing_webhook_endpoint.additional_properties = d
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
