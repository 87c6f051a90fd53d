from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_run_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                run_ids_type_0 = cast(list[str], data)

                return run_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        run_ids = _parse_run_ids(d.pop("run_ids", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        bulk_replay_dead_letter_runs_request = cls(
            run_ids=run_ids,
            project_id=project_id,
            limit=limit,
        )

        bulk_replay_dead_letter_runs_request.additional_properties = d
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
