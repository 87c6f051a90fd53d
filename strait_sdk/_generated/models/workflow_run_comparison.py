from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_diff import StatusDiff
    from ..models.workflow_step_comparison import WorkflowStepComparison


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
        from ..models.status_diff import StatusDiff  # noqa: PLC0415

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
        from ..models.status_diff import StatusDiff  # noqa: PLC0415
        from ..models.workflow_step_comparison import WorkflowStepComparison  # noqa: PLC0415

        d = dict(src_dict)
        run_a = d.pop("run_a")

        run_b = d.pop("run_b")

        step_diffs = []
        _step_diffs = d.pop("step_diffs")
        for step_diffs_item_data in _step_diffs:
            step_diffs_item = WorkflowStepComparison.from_dict(step_diffs_item_data)

            step_diffs.append(step_diffs_item)

        def _parse_status_diff(data: object) -> None | StatusDiff | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_diff_type_0 = StatusDiff.from_dict(data)

                return status_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusDiff | Unset, data)

        status_diff = _parse_status_diff(d.pop("status_diff", UNSET))

        workflow_run_comparison = cls(
            run_a=run_a,
            run_b=run_b,
            step_diffs=step_diffs,
            status_diff=status_diff,
        )

        workflow_run_comparison.additional_properties = d
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
