from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanWorkflowRequest")


@_attrs_define
class PlanWorkflowRequest:
    step_overrides: list[StepOverride] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_overrides: list[dict[str, Any]] | None | Unset
        if isinstance(self.step_overrides, Unset):
            step_overrides = UNSET
        elif isinstance(self.step_overrides, list):
            step_overrides = []
            for step_overrides_type_0_item_data in self.step_overrides:
                step_overrides_type_0_item = step_overrides_type_0_item_data.to_dict()
                step_overrides.append(step_overrides_type_0_item)

        else:
            step_overrides = self.step_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_overrides is not UNSET:
            field_dict["step_overrides"] = step_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        step_overrides = _get("step_overrides", UNSET)
        if isinstance(step_overrides, list):
            try:
                step_overrides = [StepOverride.from_dict(item) for item in step_overrides]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        plan_workflow_request = cls(
            step_overrides,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            plan_workflow_request.additional_properties = _extra
        return plan_workflow_request

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
        "step_overrides",
    }
)

from ..models.step_override import StepOverride
