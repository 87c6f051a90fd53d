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
        d = dict(src_dict)
        tag_key = d.pop("tag_key")

        tag_value = d.pop("tag_value")

        failed = d.pop("failed")

        total = d.pop("total")

        failure_rate = d.pop("failure_rate")

        failing_tag = cls(
            tag_key=tag_key,
            tag_value=tag_value,
            failed=failed,
            total=total,
            failure_rate=failure_rate,
        )

        failing_tag.additional_properties = d
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
