from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunEvent")


@_attrs_define
class RunEvent:
    """A log line, progress report or status change of a run."""

    id: str
    run_id: str
    type_: str
    """ Such as `log`, `progress`, `state_change`, `error` or `resource_sample`; the set is open. """
    message: str
    created_at: datetime.datetime
    level: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    """ Structured data attached to the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        type_ = self.type_

        message = self.message

        created_at = self.created_at.isoformat()

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "type": type_,
                "message": message,
                "created_at": created_at,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        run_id = src_dict["run_id"]

        type_ = src_dict["type"]

        message = src_dict["message"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        level = _get("level", UNSET)

        data = _get("data", UNSET)

        run_event = cls(
            id,
            run_id,
            type_,
            message,
            created_at,
            level,
            data,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_event.additional_properties = _extra
        return run_event

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
        "run_id",
        "type",
        "message",
        "created_at",
        "level",
        "data",
    }
)
