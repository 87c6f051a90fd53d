from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowSimulation")


@_attrs_define
class WorkflowSimulation:
    workflow_id: str
    version: int
    predicted_order: list[str]
    step_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        version = self.version

        predicted_order = self.predicted_order

        step_count = self.step_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "version": version,
                "predicted_order": predicted_order,
                "step_count": step_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_id = src_dict["workflow_id"]

        version = src_dict["version"]

        predicted_order = src_dict["predicted_order"]

        step_count = src_dict["step_count"]

        workflow_simulation = cls(
            workflow_id,
            version,
            predicted_order,
            step_count,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_simulation.additional_properties = _extra
        return workflow_simulation

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
        "workflow_id",
        "version",
        "predicted_order",
        "step_count",
    }
)
