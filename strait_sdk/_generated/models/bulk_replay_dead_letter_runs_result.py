from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkReplayDeadLetterRunsResult")


@_attrs_define
class BulkReplayDeadLetterRunsResult:
    replayed: list[JobRun]
    """ The runs after they went back to the queue. """
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replayed = []
        for replayed_item_data in self.replayed:
            replayed_item = replayed_item_data.to_dict()
            replayed.append(replayed_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "replayed": replayed,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        replayed = src_dict["replayed"]
        replayed = [JobRun.from_dict(item) for item in replayed]

        count = src_dict["count"]

        bulk_replay_dead_letter_runs_result = cls(
            replayed,
            count,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_replay_dead_letter_runs_result.additional_properties = _extra
        return bulk_replay_dead_letter_runs_result

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
        "replayed",
        "count",
    }
)

from ..models.job_run import JobRun
