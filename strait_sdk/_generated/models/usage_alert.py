from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageAlert")


@_attrs_define
class UsageAlert:
    type_: str
    """ Such as `approaching_limit` or `limit_reached`. """
    dimension: str
    """ Which limit, such as `runs_today` or `projects`. """
    threshold: int
    """ The percentage of the limit that was crossed. """
    severity: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        dimension = self.dimension

        threshold = self.threshold

        severity = self.severity

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "dimension": dimension,
                "threshold": threshold,
                "severity": severity,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]

        dimension = src_dict["dimension"]

        threshold = src_dict["threshold"]

        severity = src_dict["severity"]

        message = src_dict["message"]

        usage_alert = cls(
            type_,
            dimension,
            threshold,
            severity,
            message,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            usage_alert.additional_properties = _extra
        return usage_alert

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
        "type",
        "dimension",
        "threshold",
        "severity",
        "message",
    }
)
