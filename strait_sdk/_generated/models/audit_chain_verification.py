from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditChainVerification")


@_attrs_define
class AuditChainVerification:
    project_id: str
    valid: bool
    events_checked: int
    first_event_id: None | str | Unset = UNSET
    last_event_id: None | str | Unset = UNSET
    broken_at_id: None | str | Unset = UNSET
    """ The first event whose signature or link does not match. """
    error: None | str | Unset = UNSET
    chain_start: None | str | Unset = UNSET
    """ The `previous_hash` of the oldest event still kept. After retention removed older
    events it is the signature of the removed predecessor, which lets a reader prove the
    chain continues across retention windows.
     """
    incremental: bool | None | Unset = UNSET
    """ Whether this was an incremental check from a checkpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        valid = self.valid

        events_checked = self.events_checked

        first_event_id: None | str | Unset
        if isinstance(self.first_event_id, Unset):
            first_event_id = UNSET
        else:
            first_event_id = self.first_event_id

        last_event_id: None | str | Unset
        if isinstance(self.last_event_id, Unset):
            last_event_id = UNSET
        else:
            last_event_id = self.last_event_id

        broken_at_id: None | str | Unset
        if isinstance(self.broken_at_id, Unset):
            broken_at_id = UNSET
        else:
            broken_at_id = self.broken_at_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        chain_start: None | str | Unset
        if isinstance(self.chain_start, Unset):
            chain_start = UNSET
        else:
            chain_start = self.chain_start

        incremental: bool | None | Unset
        if isinstance(self.incremental, Unset):
            incremental = UNSET
        else:
            incremental = self.incremental

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "valid": valid,
                "events_checked": events_checked,
            }
        )
        if first_event_id is not UNSET:
            field_dict["first_event_id"] = first_event_id
        if last_event_id is not UNSET:
            field_dict["last_event_id"] = last_event_id
        if broken_at_id is not UNSET:
            field_dict["broken_at_id"] = broken_at_id
        if error is not UNSET:
            field_dict["error"] = error
        if chain_start is not UNSET:
            field_dict["chain_start"] = chain_start
        if incremental is not UNSET:
            field_dict["incremental"] = incremental

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        valid = src_dict["valid"]

        events_checked = src_dict["events_checked"]

        first_event_id = _get("first_event_id", UNSET)

        last_event_id = _get("last_event_id", UNSET)

        broken_at_id = _get("broken_at_id", UNSET)

        error = _get("error", UNSET)

        chain_start = _get("chain_start", UNSET)

        incremental = _get("incremental", UNSET)

        audit_chain_verification = cls(
            project_id,
            valid,
            events_checked,
            first_event_id,
            last_event_id,
            broken_at_id,
            error,
            chain_start,
            incremental,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            audit_chain_verification.additional_properties = _extra
        return audit_chain_verification

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
        "project_id",
        "valid",
        "events_checked",
        "first_event_id",
        "last_event_id",
        "broken_at_id",
        "error",
        "chain_start",
        "incremental",
    }
)
