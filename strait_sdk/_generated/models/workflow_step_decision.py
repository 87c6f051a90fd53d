from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepDecision")


@_attrs_define
class WorkflowStepDecision:
    """A decision the workflow engine made about a step, with its reason."""

    id: str
    workflow_run_id: str
    step_run_id: str
    step_ref: str
    decision_type: str
    decision: str
    explanation: str
    created_at: datetime.datetime
    details: Any | Unset = UNSET
    """ Structured details of the decision, any JSON value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_run_id = self.workflow_run_id

        step_run_id = self.step_run_id

        step_ref = self.step_ref

        decision_type = self.decision_type

        decision = self.decision

        explanation = self.explanation

        created_at = self.created_at.isoformat()

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_run_id": workflow_run_id,
                "step_run_id": step_run_id,
                "step_ref": step_ref,
                "decision_type": decision_type,
                "decision": decision,
                "explanation": explanation,
                "created_at": created_at,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_run_id = src_dict["workflow_run_id"]

        step_run_id = src_dict["step_run_id"]

        step_ref = src_dict["step_ref"]

        decision_type = src_dict["decision_type"]

        decision = src_dict["decision"]

        explanation = src_dict["explanation"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        details = _get("details", UNSET)

        workflow_step_decision = cls(
            id,
            workflow_run_id,
            step_run_id,
            step_ref,
            decision_type,
            decision,
            explanation,
            created_at,
            details,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step_decision.additional_properties = _extra
        return workflow_step_decision

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
        "id",
        "workflow_run_id",
        "step_run_id",
        "step_ref",
        "decision_type",
        "decision",
        "explanation",
        "created_at",
        "details",
    }
)
