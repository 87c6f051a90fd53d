from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowCompletionBucket")


@_attrs_define
class WorkflowCompletionBucket:
    period: str
    """ The hour or day the bucket covers. """
    completed: int
    failed: int
    timed_out: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        completed = self.completed

        failed = self.failed

        timed_out = self.timed_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "completed": completed,
                "failed": failed,
                "timed_out": timed_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        period = src_dict["period"]

        completed = src_dict["completed"]

        failed = src_dict["failed"]

        timed_out = src_dict["timed_out"]

        workflow_completion_bucket = cls(
            period,
            completed,
            failed,
            timed_out,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_completion_bucket.additional_properties = _extra
        return workflow_completion_bucket

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
        "period",
        "completed",
        "failed",
        "timed_out",
    }
)
