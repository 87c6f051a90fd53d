from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_step_run_status import (
    MEMBERS_BY_VALUE as _members_of_workflow_step_run_status,
)
from ..models.workflow_step_run_status import WorkflowStepRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepRun")


@_attrs_define
class WorkflowStepRun:
    """The execution of one step within a workflow run."""

    id: str
    workflow_run_id: str
    workflow_step_id: str
    step_ref: str
    attempt: int
    status: WorkflowStepRunStatus
    """ Where a step of a workflow run is. New values may appear. """
    deps_completed: int
    """ How many of the step's dependencies have finished. """
    deps_required: int
    """ How many dependencies the step waits for. """
    created_at: datetime.datetime
    job_run_id: None | str | Unset = UNSET
    """ The job run that executes the step, for `job` steps. """
    output: Any | Unset = UNSET
    """ What the step produced, any JSON value. """
    error: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_run_id = self.workflow_run_id

        workflow_step_id = self.workflow_step_id

        step_ref = self.step_ref

        attempt = self.attempt

        status = WorkflowStepRunStatus(self.status).value

        deps_completed = self.deps_completed

        deps_required = self.deps_required

        created_at = self.created_at.isoformat()

        job_run_id: None | str | Unset
        if isinstance(self.job_run_id, Unset):
            job_run_id = UNSET
        else:
            job_run_id = self.job_run_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_run_id": workflow_run_id,
                "workflow_step_id": workflow_step_id,
                "step_ref": step_ref,
                "attempt": attempt,
                "status": status,
                "deps_completed": deps_completed,
                "deps_required": deps_required,
                "created_at": created_at,
            }
        )
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_run_id = src_dict["workflow_run_id"]

        workflow_step_id = src_dict["workflow_step_id"]

        step_ref = src_dict["step_ref"]

        attempt = src_dict["attempt"]

        status = src_dict["status"]
        status = _members_of_workflow_step_run_status.get(status) or WorkflowStepRunStatus(status)

        deps_completed = src_dict["deps_completed"]

        deps_required = src_dict["deps_required"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        job_run_id = _get("job_run_id", UNSET)

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

        workflow_step_run = cls(
            id,
            workflow_run_id,
            workflow_step_id,
            step_ref,
            attempt,
            status,
            deps_completed,
            deps_required,
            created_at,
            job_run_id,
            output,
            error,
            started_at,
            finished_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step_run.additional_properties = _extra
        return workflow_step_run

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
        "workflow_step_id",
        "step_ref",
        "attempt",
        "status",
        "deps_completed",
        "deps_required",
        "created_at",
        "job_run_id",
        "output",
        "error",
        "started_at",
        "finished_at",
    }
)
