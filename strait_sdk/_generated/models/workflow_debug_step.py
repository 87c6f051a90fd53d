from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowDebugStep")


@_attrs_define
class WorkflowDebugStep:
    step_ref: str
    step_run_id: str
    step_type: str
    """ The step's type; `job` when the step stored none, empty when the version no longer has the step. """
    status: str
    """ The step run's status, as in `WorkflowStepRunStatus`. """
    duration_ms: int
    """ Time from start to finish; 0 until the step has finished. """
    attempt: int
    job_run_id: None | str | Unset = UNSET
    input_: Any | Unset = UNSET
    """ What the step received, any JSON value; the server currently leaves it out. """
    output: Any | Unset = UNSET
    """ What the step produced, any JSON value. """
    error: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    cost_microusd: int | None | Unset = UNSET
    """ The step's cost in millionths of a US dollar. """
    depends_on: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_ref = self.step_ref

        step_run_id = self.step_run_id

        step_type = self.step_type

        status = self.status

        duration_ms = self.duration_ms

        attempt = self.attempt

        job_run_id: None | str | Unset
        if isinstance(self.job_run_id, Unset):
            job_run_id = UNSET
        else:
            job_run_id = self.job_run_id

        input_ = self.input_

        output = self.output

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

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

        cost_microusd: int | None | Unset
        if isinstance(self.cost_microusd, Unset):
            cost_microusd = UNSET
        else:
            cost_microusd = self.cost_microusd

        depends_on: list[str] | None | Unset
        if isinstance(self.depends_on, Unset):
            depends_on = UNSET
        elif isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_ref": step_ref,
                "step_run_id": step_run_id,
                "step_type": step_type,
                "status": status,
                "duration_ms": duration_ms,
                "attempt": attempt,
            }
        )
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if cost_microusd is not UNSET:
            field_dict["cost_microusd"] = cost_microusd
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        step_ref = src_dict["step_ref"]

        step_run_id = src_dict["step_run_id"]

        step_type = src_dict["step_type"]

        status = src_dict["status"]

        duration_ms = src_dict["duration_ms"]

        attempt = src_dict["attempt"]

        job_run_id = _get("job_run_id", UNSET)

        input_ = _get("input", UNSET)

        output = _get("output", UNSET)

        error = _get("error", UNSET)

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

        cost_microusd = _get("cost_microusd", UNSET)

        depends_on = _get("depends_on", UNSET)

        workflow_debug_step = cls(
            step_ref,
            step_run_id,
            step_type,
            status,
            duration_ms,
            attempt,
            job_run_id,
            input_,
            output,
            error,
            started_at,
            finished_at,
            cost_microusd,
            depends_on,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_debug_step.additional_properties = _extra
        return workflow_debug_step

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
        "step_ref",
        "step_run_id",
        "step_type",
        "status",
        "duration_ms",
        "attempt",
        "job_run_id",
        "input",
        "output",
        "error",
        "started_at",
        "finished_at",
        "cost_microusd",
        "depends_on",
    }
)
