from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowGraphAdjacencyType0")


@_attrs_define
class WorkflowGraphAdjacencyType0:
    """Each `step_ref` mapped to the sorted steps that depend on it; absent with `format=dot`."""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_graph_adjacency_type_0 = cls()

        _extra = dict(src_dict)
        if _extra:
            additional_properties = {}
            for prop_name, prop_dict in _extra.items():
                additional_property = cast(list[str], prop_dict)

                additional_properties[prop_name] = additional_property
            workflow_graph_adjacency_type_0.additional_properties = additional_properties
        return workflow_graph_adjacency_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
