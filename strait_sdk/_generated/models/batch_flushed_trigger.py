from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus

T = TypeVar("T", bound="BatchFlushedTrigger")


@_attrs_define
class BatchFlushedTrigger:
    """The trigger filled a batch, which was queued as this run."""

    id: str
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    batch: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = RunStatus(self.status).value

        batch = self.batch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "batch": batch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        batch = src_dict["batch"]

        batch_flushed_trigger = cls(
            id,
            status,
            batch,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            batch_flushed_trigger.additional_properties = _extra
        return batch_flushed_trigger

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
        "batch",
    }
)
