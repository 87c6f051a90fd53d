from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DispatchEventRequest")


@_attrs_define
class DispatchEventRequest:
    source: str
    """ The name of the event source. """
    project_id: str
    """ Must be the API key's project; another returns 404. """
    payload: Any
    """ The event, any JSON value; it becomes the payload of each run started. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        project_id = self.project_id

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "project_id": project_id,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        source = src_dict["source"]

        project_id = src_dict["project_id"]

        payload = src_dict["payload"]

        dispatch_event_request = cls(
            source,
            project_id,
            payload,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            dispatch_event_request.additional_properties = _extra
        return dispatch_event_request

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
        "source",
        "project_id",
        "payload",
    }
)
