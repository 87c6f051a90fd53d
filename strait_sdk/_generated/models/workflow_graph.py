from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_graph_adjacency_type_0 import WorkflowGraphAdjacencyType0


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
        from ..models.workflow_graph_adjacency_type_0 import WorkflowGraphAdjacencyType0  # noqa: PLC0415

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
        from ..models.workflow_graph_adjacency_type_0 import WorkflowGraphAdjacencyType0  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        roots = cast(list[str], d.pop("roots"))

        def _parse_adjacency(data: object) -> None | Unset | WorkflowGraphAdjacencyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                adjacency_type_0 = WorkflowGraphAdjacencyType0.from_dict(data)

                return adjacency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowGraphAdjacencyType0, data)

        adjacency = _parse_adjacency(d.pop("adjacency", UNSET))

        def _parse_dot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dot = _parse_dot(d.pop("dot", UNSET))

        workflow_graph = cls(
            workflow_id=workflow_id,
            roots=roots,
            adjacency=adjacency,
            dot=dot,
        )

        workflow_graph.additional_properties = d
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
