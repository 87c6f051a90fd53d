from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        id = d.pop("id")

        run_id = d.pop("run_id")

        type_ = d.pop("type")

        message = d.pop("message")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        data = d.pop("data", UNSET)

        run_event = cls(
            id=id,
            run_id=run_id,
            type_=type_,
            message=message,
            created_at=created_at,
            level=level,
            data=data,
        )

        run_event.additional_properties = d
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
