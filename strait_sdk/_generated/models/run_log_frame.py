from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunLogFrame")


@_attrs_define
class RunLogFrame:
    """A frame of `stream-run-logs`, one log line of a worker."""

    run_id: str
    level: str
    """ The line's level, normalized by the server to a fixed set of names. """
    message: str
    timestamp_unix_ms: int
    """ When the worker logged the line, in Unix milliseconds. The server replaces implausible values with its own
    time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        level = self.level

        message = self.message

        timestamp_unix_ms = self.timestamp_unix_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "level": level,
                "message": message,
                "timestamp_unix_ms": timestamp_unix_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run_id = src_dict["run_id"]

        level = src_dict["level"]

        message = src_dict["message"]

        timestamp_unix_ms = src_dict["timestamp_unix_ms"]

        run_log_frame = cls(
            run_id,
            level,
            message,
            timestamp_unix_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_log_frame.additional_properties = _extra
        return run_log_frame

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
        "run_id",
        "level",
        "message",
        "timestamp_unix_ms",
    }
)
