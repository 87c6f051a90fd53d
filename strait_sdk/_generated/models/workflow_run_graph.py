from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowRunGraph")


@_attrs_define
class WorkflowRunGraph:
    workflow_run_id: str
    workflow_id: str
    version: int
    nodes: list[WorkflowRunGraphNode]
    edges: list[WorkflowRunGraphEdge]
    roots: list[str]
    """ Steps without dependencies, sorted. """
    runnable: list[str]
    """ Pending or waiting steps whose dependencies have all finished, sorted. """
    critical_path: list[str] | None
    """ The `step_ref` values on the critical path, first step first; null for a version without steps. """
    critical_path_estimate_ms: int
    critical_path_remaining_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_run_id = self.workflow_run_id

        workflow_id = self.workflow_id

        version = self.version

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        roots = self.roots

        runnable = self.runnable

        critical_path: list[str] | None
        if isinstance(self.critical_path, list):
            critical_path = self.critical_path

        else:
            critical_path = self.critical_path

        critical_path_estimate_ms = self.critical_path_estimate_ms

        critical_path_remaining_ms = self.critical_path_remaining_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_run_id": workflow_run_id,
                "workflow_id": workflow_id,
                "version": version,
                "nodes": nodes,
                "edges": edges,
                "roots": roots,
                "runnable": runnable,
                "critical_path": critical_path,
                "critical_path_estimate_ms": critical_path_estimate_ms,
                "critical_path_remaining_ms": critical_path_remaining_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_run_id = src_dict["workflow_run_id"]

        workflow_id = src_dict["workflow_id"]

        version = src_dict["version"]

        nodes = src_dict["nodes"]
        nodes = [WorkflowRunGraphNode.from_dict(item) for item in nodes]

        edges = src_dict["edges"]
        edges = [WorkflowRunGraphEdge.from_dict(item) for item in edges]

        roots = src_dict["roots"]

        runnable = src_dict["runnable"]

        critical_path = src_dict["critical_path"]

        critical_path_estimate_ms = src_dict["critical_path_estimate_ms"]

        critical_path_remaining_ms = src_dict["critical_path_remaining_ms"]

        workflow_run_graph = cls(
            workflow_run_id,
            workflow_id,
            version,
            nodes,
            edges,
            roots,
            runnable,
            critical_path,
            critical_path_estimate_ms,
            critical_path_remaining_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run_graph.additional_properties = _extra
        return workflow_run_graph

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
        "workflow_run_id",
        "workflow_id",
        "version",
        "nodes",
        "edges",
        "roots",
        "runnable",
        "critical_path",
        "critical_path_estimate_ms",
        "critical_path_remaining_ms",
    }
)

from ..models.workflow_run_graph_edge import WorkflowRunGraphEdge
from ..models.workflow_run_graph_node import WorkflowRunGraphNode
