from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepComparison")


@_attrs_define
class WorkflowStepComparison:
    step_ref: str
    duration_ms_a: int
    duration_ms_b: int
    status_diff: None | StatusDiff | Unset = UNSET
    only_in_a: bool | None | Unset = UNSET
    only_in_b: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_ref = self.step_ref

        duration_ms_a = self.duration_ms_a

        duration_ms_b = self.duration_ms_b

        status_diff: dict[str, Any] | None | Unset
        if isinstance(self.status_diff, Unset):
            status_diff = UNSET
        elif isinstance(self.status_diff, StatusDiff):
            status_diff = self.status_diff.to_dict()
        else:
            status_diff = self.status_diff

        only_in_a: bool | None | Unset
        if isinstance(self.only_in_a, Unset):
            only_in_a = UNSET
        else:
            only_in_a = self.only_in_a

        only_in_b: bool | None | Unset
        if isinstance(self.only_in_b, Unset):
            only_in_b = UNSET
        else:
            only_in_b = self.only_in_b

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_ref": step_ref,
                "duration_ms_a": duration_ms_a,
                "duration_ms_b": duration_ms_b,
            }
        )
        if status_diff is not UNSET:
            field_dict["status_diff"] = status_diff
        if only_in_a is not UNSET:
            field_dict["only_in_a"] = only_in_a
        if only_in_b is not UNSET:
            field_dict["only_in_b"] = only_in_b

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        step_ref = src_dict["step_ref"]

        duration_ms_a = src_dict["duration_ms_a"]

        duration_ms_b = src_dict["duration_ms_b"]

        status_diff = _get("status_diff", UNSET)
        if isinstance(status_diff, dict):
            try:
                status_diff = StatusDiff.from_dict(status_diff)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        only_in_a = _get("only_in_a", UNSET)

        only_in_b = _get("only_in_b", UNSET)

        workflow_step_comparison = cls(
            step_ref,
            duration_ms_a,
            duration_ms_b,
            status_diff,
            only_in_a,
            only_in_b,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step_comparison.additional_properties = _extra
        return workflow_step_comparison

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
        "step_ref",
        "duration_ms_a",
        "duration_ms_b",
        "status_diff",
        "only_in_a",
        "only_in_b",
    }
)

from ..models.status_diff import StatusDiff
