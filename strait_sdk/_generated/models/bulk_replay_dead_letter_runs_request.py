from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkReplayDeadLetterRunsRequest")


@_attrs_define
class BulkReplayDeadLetterRunsRequest:
    """Give exactly one of `run_ids` and `project_id`."""

    run_ids: list[str] | None | Unset = UNSET
    project_id: None | str | Unset = UNSET
    """ Replay dead-letter runs of this project, which must be the key's project (403 otherwise). """
    limit: int | None | Unset = UNSET
    """ With `project_id`, the maximum number of runs to replay. The server uses 100 when absent or not positive.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_ids: list[str] | None | Unset
        if isinstance(self.run_ids, Unset):
            run_ids = UNSET
        elif isinstance(self.run_ids, list):
            run_ids = self.run_ids

        else:
            run_ids = self.run_ids

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        run_ids = _get("run_ids", UNSET)

        project_id = _get("project_id", UNSET)

        limit = _get("limit", UNSET)

        bulk_replay_dead_letter_runs_request = cls(
            run_ids,
            project_id,
            limit,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_replay_dead_letter_runs_request.additional_properties = _extra
        return bulk_replay_dead_letter_runs_request

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
        "run_ids",
        "project_id",
        "limit",
    }
)
