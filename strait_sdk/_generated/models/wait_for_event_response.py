from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WaitForEventResponse")


@_attrs_define
class WaitForEventResponse:
    status: str
    """ Always `waiting`. """
    event_key: str
    expires_at: datetime.datetime
    trigger_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        event_key = self.event_key

        expires_at = self.expires_at.isoformat()

        trigger_id = self.trigger_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "event_key": event_key,
                "expires_at": expires_at,
                "trigger_id": trigger_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]

        event_key = src_dict["event_key"]

        expires_at = src_dict["expires_at"]
        expires_at = datetime.datetime.fromisoformat(expires_at)

        trigger_id = src_dict["trigger_id"]

        wait_for_event_response = cls(
            status,
            event_key,
            expires_at,
            trigger_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            wait_for_event_response.additional_properties = _extra
        return wait_for_event_response

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
        "status",
        "event_key",
        "expires_at",
        "trigger_id",
    }
)
