from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_data_flow_edge import WorkflowDataFlowEdge
    from ..models.workflow_debug_step import WorkflowDebugStep


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
        from ..models.workflow_data_flow_edge import WorkflowDataFlowEdge  # noqa: PLC0415
        from ..models.workflow_debug_step import WorkflowDebugStep  # noqa: PLC0415

        d = dict(src_dict)
        workflow_run_id = d.pop("workflow_run_id")

        workflow_id = d.pop("workflow_id")

        status = d.pop("status")

        total_duration_ms = d.pop("total_duration_ms")

        total_cost_microusd = d.pop("total_cost_microusd")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = WorkflowDebugStep.from_dict(steps_item_data)

            steps.append(steps_item)

        data_flow = []
        _data_flow = d.pop("data_flow")
        for data_flow_item_data in _data_flow:
            data_flow_item = WorkflowDataFlowEdge.from_dict(data_flow_item_data)

            data_flow.append(data_flow_item)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        payload = d.pop("payload", UNSET)

        workflow_run_debug_view = cls(
            workflow_run_id=workflow_run_id,
            workflow_id=workflow_id,
            status=status,
            total_duration_ms=total_duration_ms,
            total_cost_microusd=total_cost_microusd,
            steps=steps,
            data_flow=data_flow,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
            payload=payload,
        )

        workflow_run_debug_view.additional_properties = d
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
