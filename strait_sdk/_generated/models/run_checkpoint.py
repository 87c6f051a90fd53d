from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunCheckpoint")


@_attrs_define
class RunCheckpoint:
    id: str
    run_id: str
    sequence: int
    """ Counts up from 1 within the run. """
    source: str
    """ `sdk` for checkpoints the job saved, `event_trigger` for delivered events. """
    state: Any
    """ The saved state, any JSON value. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        sequence = self.sequence

        source = self.source

        state = self.state

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "sequence": sequence,
                "source": source,
                "state": state,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        run_id = src_dict["run_id"]

        sequence = src_dict["sequence"]

        source = src_dict["source"]

        state = src_dict["state"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        run_checkpoint = cls(
            id,
            run_id,
            sequence,
            source,
            state,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_checkpoint.additional_properties = _extra
        return run_checkpoint

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
        "sequence",
        "source",
        "state",
        "created_at",
    }
)
