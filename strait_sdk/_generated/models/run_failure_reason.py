from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunFailureReason")


@_attrs_define
class RunFailureReason:
    message: str
    count: int
    last_seen: str
    """ When a run last failed with this message. """
    example_run_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        count = self.count

        last_seen = self.last_seen

        example_run_id = self.example_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "count": count,
                "last_seen": last_seen,
                "example_run_id": example_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict["message"]

        count = src_dict["count"]

        last_seen = src_dict["last_seen"]

        example_run_id = src_dict["example_run_id"]

        run_failure_reason = cls(
            message,
            count,
            last_seen,
            example_run_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_failure_reason.additional_properties = _extra
        return run_failure_reason

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
        "message",
        "count",
        "last_seen",
        "example_run_id",
    }
)
