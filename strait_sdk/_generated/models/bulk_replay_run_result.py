from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_replay_run_result_status import (
    MEMBERS_BY_VALUE as _members_of_bulk_replay_run_result_status,
)
from ..models.bulk_replay_run_result_status import BulkReplayRunResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkReplayRunResult")


@_attrs_define
class BulkReplayRunResult:
    original_run_id: str
    status: BulkReplayRunResultStatus
    new_run_id: None | str | Unset = UNSET
    """ The id of the new run, when one was queued. """
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_run_id = self.original_run_id

        status = BulkReplayRunResultStatus(self.status).value

        new_run_id: None | str | Unset
        if isinstance(self.new_run_id, Unset):
            new_run_id = UNSET
        else:
            new_run_id = self.new_run_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_run_id": original_run_id,
                "status": status,
            }
        )
        if new_run_id is not UNSET:
            field_dict["new_run_id"] = new_run_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        original_run_id = src_dict["original_run_id"]

        status = src_dict["status"]
        status = _members_of_bulk_replay_run_result_status.get(status) or BulkReplayRunResultStatus(
            status
        )

        new_run_id = _get("new_run_id", UNSET)

        error = _get("error", UNSET)

        bulk_replay_run_result = cls(
            original_run_id,
            status,
            new_run_id,
            error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_replay_run_result.additional_properties = _extra
        return bulk_replay_run_result

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
        "original_run_id",
        "status",
        "new_run_id",
        "error",
    }
)
