from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_diff import StatusDiff


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
        from ..models.status_diff import StatusDiff  # noqa: PLC0415

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
        from ..models.status_diff import StatusDiff  # noqa: PLC0415

        d = dict(src_dict)
        step_ref = d.pop("step_ref")

        duration_ms_a = d.pop("duration_ms_a")

        duration_ms_b = d.pop("duration_ms_b")

        def _parse_status_diff(data: object) -> None | StatusDiff | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_diff_type_0 = StatusDiff.from_dict(data)

                return status_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusDiff | Unset, data)

        status_diff = _parse_status_diff(d.pop("status_diff", UNSET))

        def _parse_only_in_a(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        only_in_a = _parse_only_in_a(d.pop("only_in_a", UNSET))

        def _parse_only_in_b(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        only_in_b = _parse_only_in_b(d.pop("only_in_b", UNSET))

        workflow_step_comparison = cls(
            step_ref=step_ref,
            duration_ms_a=duration_ms_a,
            duration_ms_b=duration_ms_b,
            status_diff=status_diff,
            only_in_a=only_in_a,
            only_in_b=only_in_b,
        )

        workflow_step_comparison.additional_properties = d
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
