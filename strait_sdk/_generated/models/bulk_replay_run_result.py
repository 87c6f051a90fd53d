from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        original_run_id = d.pop("original_run_id")

        status = BulkReplayRunResultStatus(d.pop("status"))

        def _parse_new_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_run_id = _parse_new_run_id(d.pop("new_run_id", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        bulk_replay_run_result = cls(
            original_run_id=original_run_id,
            status=status,
            new_run_id=new_run_id,
            error=error,
        )

        bulk_replay_run_result.additional_properties = d
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
