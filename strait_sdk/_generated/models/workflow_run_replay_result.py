from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_run_replay_result_status import WorkflowRunReplayResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunReplayResult")


@_attrs_define
class WorkflowRunReplayResult:
    original_run_id: str
    status: WorkflowRunReplayResultStatus
    new_run_id: None | str | Unset = UNSET
    """ The new run; only when `status` is `replayed`. """
    error: None | str | Unset = UNSET
    """ Why the replay failed; only when `status` is `failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_run_id = self.original_run_id

        status = WorkflowRunReplayResultStatus(self.status).value

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

        status = WorkflowRunReplayResultStatus(d.pop("status"))

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

        workflow_run_replay_result = cls(
            original_run_id=original_run_id,
            status=status,
            new_run_id=new_run_id,
            error=error,
        )

        workflow_run_replay_result.additional_properties = d
        return workflow_run_replay_result

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
