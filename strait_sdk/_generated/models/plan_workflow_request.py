from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_override import StepOverride


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
        from ..models.step_override import StepOverride  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_step_overrides(data: object) -> list[StepOverride] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                step_overrides_type_0 = []
                _step_overrides_type_0 = data
                for step_overrides_type_0_item_data in _step_overrides_type_0:
                    step_overrides_type_0_item = StepOverride.from_dict(
                        step_overrides_type_0_item_data
                    )

                    step_overrides_type_0.append(step_overrides_type_0_item)

                return step_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepOverride] | None | Unset, data)

        step_overrides = _parse_step_overrides(d.pop("step_overrides", UNSET))

        plan_workflow_request = cls(
            step_overrides=step_overrides,
        )

        plan_workflow_request.additional_properties = d
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
