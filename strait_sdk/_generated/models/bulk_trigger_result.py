from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus

T = TypeVar("T", bound="BulkTriggerResult")


@_attrs_define
class BulkTriggerResult:
    id: str
    """ The run's id, new or existing. """
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    idempotency_hit: bool
    """ True when the item's `idempotency_key` matched an existing run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = RunStatus(self.status).value

        idempotency_hit = self.idempotency_hit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "idempotency_hit": idempotency_hit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        idempotency_hit = src_dict["idempotency_hit"]

        bulk_trigger_result = cls(
            id,
            status,
            idempotency_hit,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_trigger_result.additional_properties = _extra
        return bulk_trigger_result

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
        "id",
        "status",
        "idempotency_hit",
    }
)
