from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunEventFrame")


@_attrs_define
class RunEventFrame:
    """A frame of `stream-run` sent when the run records an event, such as a log line."""

    type_: str
    """ Always `event`. """
    run_id: str
    event_type: None | str | Unset = UNSET
    """ The event's type, such as `log` or `progress`. """
    level: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Structured data of the event, any JSON value. """
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        run_id = self.run_id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        data = self.data

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
            }
        )
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]

        run_id = src_dict["run_id"]

        event_type = _get("event_type", UNSET)

        level = _get("level", UNSET)

        message = _get("message", UNSET)

        data = _get("data", UNSET)

        timestamp = _get("timestamp", UNSET)
        if isinstance(timestamp, str):
            try:
                timestamp = datetime.datetime.fromisoformat(timestamp)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        run_event_frame = cls(
            type_,
            run_id,
            event_type,
            level,
            message,
            data,
            timestamp,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_event_frame.additional_properties = _extra
        return run_event_frame

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
        "type",
        "run_id",
        "event_type",
        "level",
        "message",
        "data",
        "timestamp",
    }
)
