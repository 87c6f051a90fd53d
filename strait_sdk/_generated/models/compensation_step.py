from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompensationStep")


@_attrs_define
class CompensationStep:
    """A completed step and the job that undoes it. The keys are Go field names."""

    step_ref: str
    step_run_id: str
    compensation_job_id: str
    timeout_secs: int
    original_output: Any
    """ The output of the step being undone, any JSON value or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_ref = self.step_ref

        step_run_id = self.step_run_id

        compensation_job_id = self.compensation_job_id

        timeout_secs = self.timeout_secs

        original_output = self.original_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StepRef": step_ref,
                "StepRunID": step_run_id,
                "CompensationJobID": compensation_job_id,
                "TimeoutSecs": timeout_secs,
                "OriginalOutput": original_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        step_ref = src_dict["StepRef"]

        step_run_id = src_dict["StepRunID"]

        compensation_job_id = src_dict["CompensationJobID"]

        timeout_secs = src_dict["TimeoutSecs"]

        original_output = src_dict["OriginalOutput"]

        compensation_step = cls(
            step_ref,
            step_run_id,
            compensation_job_id,
            timeout_secs,
            original_output,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            compensation_step.additional_properties = _extra
        return compensation_step

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
        "StepRef",
        "StepRunID",
        "CompensationJobID",
        "TimeoutSecs",
        "OriginalOutput",
    }
)
