from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowPlan")


@_attrs_define
class WorkflowPlan:
    workflow_id: str
    workflow_version: int
    step_count: int
    """ The steps left after the overrides. """
    roots: list[str]
    """ Steps without dependencies, sorted. """
    topological_order: list[str]
    """ Every step in an order that respects the dependencies, ties broken by `step_ref`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        workflow_version = self.workflow_version

        step_count = self.step_count

        roots = self.roots

        topological_order = self.topological_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "workflow_version": workflow_version,
                "step_count": step_count,
                "roots": roots,
                "topological_order": topological_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_id = src_dict["workflow_id"]

        workflow_version = src_dict["workflow_version"]

        step_count = src_dict["step_count"]

        roots = src_dict["roots"]

        topological_order = src_dict["topological_order"]

        workflow_plan = cls(
            workflow_id,
            workflow_version,
            step_count,
            roots,
            topological_order,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_plan.additional_properties = _extra
        return workflow_plan

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
        "workflow_version",
        "step_count",
        "roots",
        "topological_order",
    }
)
