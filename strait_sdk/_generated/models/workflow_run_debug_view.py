from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunDebugView")


@_attrs_define
class WorkflowRunDebugView:
    workflow_run_id: str
    workflow_id: str
    status: str
    total_duration_ms: int
    total_cost_microusd: int
    """ The run's cost in millionths of a US dollar. """
    steps: list[WorkflowDebugStep]
    """ One entry per step run. """
    data_flow: list[WorkflowDataFlowEdge]
    """ One edge per dependency between steps. """
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    payload: Any | Unset = UNSET
    """ The payload the run was triggered with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_run_id = self.workflow_run_id

        workflow_id = self.workflow_id

        status = self.status

        total_duration_ms = self.total_duration_ms

        total_cost_microusd = self.total_cost_microusd

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        data_flow = []
        for data_flow_item_data in self.data_flow:
            data_flow_item = data_flow_item_data.to_dict()
            data_flow.append(data_flow_item)

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_run_id": workflow_run_id,
                "workflow_id": workflow_id,
                "status": status,
                "total_duration_ms": total_duration_ms,
                "total_cost_microusd": total_cost_microusd,
                "steps": steps,
                "data_flow": data_flow,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if error is not UNSET:
            field_dict["error"] = error
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        workflow_run_id = src_dict["workflow_run_id"]

        workflow_id = src_dict["workflow_id"]

        status = src_dict["status"]

        total_duration_ms = src_dict["total_duration_ms"]

        total_cost_microusd = src_dict["total_cost_microusd"]

        steps = src_dict["steps"]
        steps = [WorkflowDebugStep.from_dict(item) for item in steps]

        data_flow = src_dict["data_flow"]
        data_flow = [WorkflowDataFlowEdge.from_dict(item) for item in data_flow]

        started_at = _get("started_at", UNSET)
        if isinstance(started_at, str):
            try:
                started_at = datetime.datetime.fromisoformat(started_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        finished_at = _get("finished_at", UNSET)
        if isinstance(finished_at, str):
            try:
                finished_at = datetime.datetime.fromisoformat(finished_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = _get("error", UNSET)

        payload = _get("payload", UNSET)

        workflow_run_debug_view = cls(
            workflow_run_id,
            workflow_id,
            status,
            total_duration_ms,
            total_cost_microusd,
            steps,
            data_flow,
            started_at,
            finished_at,
            error,
            payload,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run_debug_view.additional_properties = _extra
        return workflow_run_debug_view

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
        "status",
        "total_duration_ms",
        "total_cost_microusd",
        "steps",
        "data_flow",
        "started_at",
        "finished_at",
        "error",
        "payload",
    }
)

from ..models.workflow_data_flow_edge import WorkflowDataFlowEdge
from ..models.workflow_debug_step import WorkflowDebugStep
