from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitForEventRequest")


@_attrs_define
class WaitForEventRequest:
    event_key: str
    timeout_secs: int | None | Unset = UNSET
    """ How long to wait; zero or less means one hour. """
    notify_url: None | str | Unset = UNSET
    """ A URL the server calls when the trigger is created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_key = self.event_key

        timeout_secs: int | None | Unset
        if isinstance(self.timeout_secs, Unset):
            timeout_secs = UNSET
        else:
            timeout_secs = self.timeout_secs

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_key": event_key,
            }
        )
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        event_key = src_dict["event_key"]

        timeout_secs = _get("timeout_secs", UNSET)

        notify_url = _get("notify_url", UNSET)

        wait_for_event_request = cls(
            event_key,
            timeout_secs,
            notify_url,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            wait_for_event_request.additional_properties = _extra
        return wait_for_event_request

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
        "event_key",
        "timeout_secs",
        "notify_url",
    }
)
