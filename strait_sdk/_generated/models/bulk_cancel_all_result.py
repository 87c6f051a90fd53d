from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkCancelAllResult")


@_attrs_define
class BulkCancelAllResult:
    canceled: int
    run_ids: list[str] | None
    """ The ids of the canceled runs, or null when no run matched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        run_ids: list[str] | None
        if isinstance(self.run_ids, list):
            run_ids = self.run_ids

        else:
            run_ids = self.run_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canceled": canceled,
                "run_ids": run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        canceled = src_dict["canceled"]

        run_ids = src_dict["run_ids"]

        bulk_cancel_all_result = cls(
            canceled,
            run_ids,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_cancel_all_result.additional_properties = _extra
        return bulk_cancel_all_result

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
        "canceled",
        "run_ids",
    }
)
