from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus

T = TypeVar("T", bound="TriggeredRun")


@_attrs_define
class TriggeredRun:
    """A queued run. The same shape describes an existing run when the job's dedup window matched."""

    id: str
    """ The run's id. """
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    payload_hash: str
    """ SHA-256 in hex of the canonical payload. """
    idempotency_hit: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = RunStatus(self.status).value

        payload_hash = self.payload_hash

        idempotency_hit = self.idempotency_hit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "payload_hash": payload_hash,
                "idempotency_hit": idempotency_hit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        payload_hash = src_dict["payload_hash"]

        idempotency_hit = src_dict["idempotency_hit"]

        triggered_run = cls(
            id,
            status,
            payload_hash,
            idempotency_hit,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            triggered_run.additional_properties = _extra
        return triggered_run

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
        "payload_hash",
        "idempotency_hit",
    }
)
