from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkTriggerResponse")


@_attrs_define
class BulkTriggerResponse:
    batch_id: str
    """ The id shared by the runs of this request. """
    results: list[BulkTriggerResult]
    """ One entry per item, in the order of `items`. """
    total: int
    """ The number of items. """
    created: int
    """ How many new runs were queued. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "results": results,
                "total": total,
                "created": created,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        batch_id = src_dict["batch_id"]

        results = src_dict["results"]
        results = [BulkTriggerResult.from_dict(item) for item in results]

        total = src_dict["total"]

        created = src_dict["created"]

        bulk_trigger_response = cls(
            batch_id,
            results,
            total,
            created,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_trigger_response.additional_properties = _extra
        return bulk_trigger_response

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
        "batch_id",
        "results",
        "total",
        "created",
    }
)

from ..models.bulk_trigger_result import BulkTriggerResult
