from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkCancelResponse")


@_attrs_define
class BulkCancelResponse:
    results: list[BulkCancelResult]
    total: int
    """ The number of ids in the request. """
    canceled: int
    failed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        canceled = self.canceled

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "total": total,
                "canceled": canceled,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        results = src_dict["results"]
        results = [BulkCancelResult.from_dict(item) for item in results]

        total = src_dict["total"]

        canceled = src_dict["canceled"]

        failed = src_dict["failed"]

        bulk_cancel_response = cls(
            results,
            total,
            canceled,
            failed,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_cancel_response.additional_properties = _extra
        return bulk_cancel_response

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
        "results",
        "total",
        "canceled",
        "failed",
    }
)

from ..models.bulk_cancel_result import BulkCancelResult
