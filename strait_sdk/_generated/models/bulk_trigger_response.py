from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_trigger_result import BulkTriggerResult


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
        from ..models.bulk_trigger_result import BulkTriggerResult  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = BulkTriggerResult.from_dict(results_item_data)

            results.append(results_item)

        total = d.pop("total")

        created = d.pop("created")

        bulk_trigger_response = cls(
            batch_id=batch_id,
            results=results,
            total=total,
            created=created,
        )

        bulk_trigger_response.additional_properties = d
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
