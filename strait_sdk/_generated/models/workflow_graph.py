from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowGraph")


@_attrs_define
class WorkflowGraph:
    workflow_id: str
    roots: list[str]
    """ Steps without dependencies, sorted. """
    adjacency: None | Unset | WorkflowGraphAdjacencyType0 = UNSET
    """ Each `step_ref` mapped to the sorted steps that depend on it; absent with `format=dot`. """
    dot: None | str | Unset = UNSET
    """ The graph as Graphviz DOT text; only with `format=dot`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        roots = self.roots

        adjacency: dict[str, Any] | None | Unset
        if isinstance(self.adjacency, Unset):
            adjacency = UNSET
        elif isinstance(self.adjacency, WorkflowGraphAdjacencyType0):
            adjacency = self.adjacency.to_dict()
        else:
            adjacency = self.adjacency

        dot: None | str | Unset
        if isinstance(self.dot, Unset):
            dot = UNSET
        else:
            dot = self.dot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "roots": roots,
            }
        )
        if adjacency is not UNSET:
            field_dict["adjacency"] = adjacency
        if dot is not UNSET:
            field_dict["dot"] = dot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        workflow_id = src_dict["workflow_id"]

        roots = src_dict["roots"]

        adjacency = _get("adjacency", UNSET)
        if isinstance(adjacency, dict):
            try:
                adjacency = WorkflowGraphAdjacencyType0.from_dict(adjacency)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        dot = _get("dot", UNSET)

        workflow_graph = cls(
            workflow_id,
            roots,
            adjacency,
            dot,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_graph.additional_properties = _extra
        return workflow_graph

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
        "roots",
        "adjacency",
        "dot",
    }
)

from ..models.workflow_graph_adjacency_type_0 import WorkflowGraphAdjacencyType0
