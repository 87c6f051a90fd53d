from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowStepApprovalResult")


@_attrs_define
class WorkflowStepApprovalResult:
    step_run: WorkflowStepRun
    """ The execution of one step within a workflow run. """
    approval: WorkflowStepApproval
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_run = self.step_run.to_dict()

        approval = self.approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_run": step_run,
                "approval": approval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        step_run = src_dict["step_run"]
        step_run = WorkflowStepRun.from_dict(step_run)

        approval = src_dict["approval"]
        approval = WorkflowStepApproval.from_dict(approval)

        workflow_step_approval_result = cls(
            step_run,
            approval,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step_approval_result.additional_properties = _extra
        return workflow_step_approval_result

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
        "step_run",
        "approval",
    }
)

from ..models.workflow_step_approval import WorkflowStepApproval
from ..models.workflow_step_run import WorkflowStepRun
