from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRunComparison")


@_attrs_define
class WorkflowRunComparison:
    """Run A is the run in the path, run B the `otherRunID`."""

    run_a: str
    run_b: str
    step_diffs: list[WorkflowStepComparison]
    """ Only steps whose status or duration differ, or that ran in only one of the runs. """
    status_diff: None | StatusDiff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_a = self.run_a

        run_b = self.run_b

        step_diffs = []
        for step_diffs_item_data in self.step_diffs:
            step_diffs_item = step_diffs_item_data.to_dict()
            step_diffs.append(step_diffs_item)

        status_diff: dict[str, Any] | None | Unset
        if isinstance(self.status_diff, Unset):
            status_diff = UNSET
        elif isinstance(self.status_diff, StatusDiff):
            status_diff = self.status_diff.to_dict()
        else:
            status_diff = self.status_diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_a": run_a,
                "run_b": run_b,
                "step_diffs": step_diffs,
            }
        )
        if status_diff is not UNSET:
            field_dict["status_diff"] = status_diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        run_a = src_dict["run_a"]

        run_b = src_dict["run_b"]

        step_diffs = src_dict["step_diffs"]
        step_diffs = [WorkflowStepComparison.from_dict(item) for item in step_diffs]

        status_diff = _get("status_diff", UNSET)
        if isinstance(status_diff, dict):
            try:
                status_diff = StatusDiff.from_dict(status_diff)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        workflow_run_comparison = cls(
            run_a,
            run_b,
            step_diffs,
            status_diff,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_run_comparison.additional_properties = _extra
        return workflow_run_comparison

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
        "run_a",
        "run_b",
        "step_diffs",
        "status_diff",
    }
)

from ..models.status_diff import StatusDiff
from ..models.workflow_step_comparison import WorkflowStepComparison
