from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailingTag")


@_attrs_define
class FailingTag:
    tag_key: str
    tag_value: str
    failed: int
    total: int
    failure_rate: float
    """ Failed runs divided by all runs with this tag, from 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_key = self.tag_key

        tag_value = self.tag_value

        failed = self.failed

        total = self.total

        failure_rate = self.failure_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag_key": tag_key,
                "tag_value": tag_value,
                "failed": failed,
                "total": total,
                "failure_rate": failure_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tag_key = src_dict["tag_key"]

        tag_value = src_dict["tag_value"]

        failed = src_dict["failed"]

        total = src_dict["total"]

        failure_rate = src_dict["failure_rate"]

        failing_tag = cls(
            tag_key,
            tag_value,
            failed,
            total,
            failure_rate,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            failing_tag.additional_properties = _extra
        return failing_tag

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
        "tag_key",
        "tag_value",
        "failed",
        "total",
        "failure_rate",
    }
)
