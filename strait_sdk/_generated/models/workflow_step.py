from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_failure_policy import (
    MEMBERS_BY_VALUE as _members_of_workflow_failure_policy,
)
from ..models.workflow_failure_policy import WorkflowFailurePolicy
from ..models.workflow_step_backoff import (
    MEMBERS_BY_VALUE as _members_of_workflow_step_backoff,
)
from ..models.workflow_step_backoff import WorkflowStepBackoff
from ..models.workflow_step_type import (
    MEMBERS_BY_VALUE as _members_of_workflow_step_type,
)
from ..models.workflow_step_type import WorkflowStepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep:
    """One step of a workflow version."""

    id: str
    workflow_id: str
    step_ref: str
    """ The step's name, unique within the workflow. """
    depends_on: list[str] | None
    """ The `step_ref` values this step waits for; null or empty when it waits for none. """
    on_failure: WorkflowFailurePolicy
    """ What happens to the workflow when a step fails. """
    created_at: datetime.datetime
    job_id: None | str | Unset = UNSET
    condition: Any | Unset = UNSET
    """ The condition under which the step runs, as given when the step was defined. """
    payload: Any | Unset = UNSET
    """ The payload the step's job run receives. """
    step_type: None | Unset | WorkflowStepType = UNSET
    approval_timeout_secs: int | None | Unset = UNSET
    approval_approvers: list[str] | None | Unset = UNSET
    retry_max_attempts: int | None | Unset = UNSET
    retry_backoff: None | Unset | WorkflowStepBackoff = UNSET
    retry_initial_delay_secs: int | None | Unset = UNSET
    retry_max_delay_secs: int | None | Unset = UNSET
    timeout_secs_override: int | None | Unset = UNSET
    output_transform: None | str | Unset = UNSET
    sub_workflow_id: None | str | Unset = UNSET
    max_nesting_depth: int | None | Unset = UNSET
    event_key: None | str | Unset = UNSET
    event_timeout_secs: int | None | Unset = UNSET
    event_notify_url: None | str | Unset = UNSET
    sleep_duration_secs: int | None | Unset = UNSET
    event_emit_key: None | str | Unset = UNSET
    concurrency_key: None | str | Unset = UNSET
    resource_class: None | str | Unset = UNSET
    """ `small`, `medium` or `large`. """
    cost_gate_threshold_microusd: int | None | Unset = UNSET
    cost_gate_timeout_secs: int | None | Unset = UNSET
    cost_gate_default_action: None | str | Unset = UNSET
    expected_duration_secs: int | None | Unset = UNSET
    stage_notifications: Any | Unset = UNSET
    """ Notification settings of the step, as given when the step was defined. """
    compensation_job_id: None | str | Unset = UNSET
    """ The job that undoes this step when the workflow run is compensated. """
    compensation_timeout_secs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        step_ref = self.step_ref

        depends_on: list[str] | None
        if isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on

        on_failure = WorkflowFailurePolicy(self.on_failure).value

        created_at = self.created_at.isoformat()

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        condition = self.condition

        payload = self.payload

        step_type: None | str | Unset
        if isinstance(self.step_type, Unset):
            step_type = UNSET
        elif isinstance(self.step_type, WorkflowStepType):
            step_type = WorkflowStepType(self.step_type).value
        else:
            step_type = self.step_type

        approval_timeout_secs: int | None | Unset
        if isinstance(self.approval_timeout_secs, Unset):
            approval_timeout_secs = UNSET
        else:
            approval_timeout_secs = self.approval_timeout_secs

        approval_approvers: list[str] | None | Unset
        if isinstance(self.approval_approvers, Unset):
            approval_approvers = UNSET
        elif isinstance(self.approval_approvers, list):
            approval_approvers = self.approval_approvers

        else:
            approval_approvers = self.approval_approvers

        retry_max_attempts: int | None | Unset
        if isinstance(self.retry_max_attempts, Unset):
            retry_max_attempts = UNSET
        else:
            retry_max_attempts = self.retry_max_attempts

        retry_backoff: None | str | Unset
        if isinstance(self.retry_backoff, Unset):
            retry_backoff = UNSET
        elif isinstance(self.retry_backoff, WorkflowStepBackoff):
            retry_backoff = WorkflowStepBackoff(self.retry_backoff).value
        else:
            retry_backoff = self.retry_backoff

        retry_initial_delay_secs: int | None | Unset
        if isinstance(self.retry_initial_delay_secs, Unset):
            retry_initial_delay_secs = UNSET
        else:
            retry_initial_delay_secs = self.retry_initial_delay_secs

        retry_max_delay_secs: int | None | Unset
        if isinstance(self.retry_max_delay_secs, Unset):
            retry_max_delay_secs = UNSET
        else:
            retry_max_delay_secs = self.retry_max_delay_secs

        timeout_secs_override: int | None | Unset
        if isinstance(self.timeout_secs_override, Unset):
            timeout_secs_override = UNSET
        else:
            timeout_secs_override = self.timeout_secs_override

        output_transform: None | str | Unset
        if isinstance(self.output_transform, Unset):
            output_transform = UNSET
        else:
            output_transform = self.output_transform

        sub_workflow_id: None | str | Unset
        if isinstance(self.sub_workflow_id, Unset):
            sub_workflow_id = UNSET
        else:
            sub_workflow_id = self.sub_workflow_id

        max_nesting_depth: int | None | Unset
        if isinstance(self.max_nesting_depth, Unset):
            max_nesting_depth = UNSET
        else:
            max_nesting_depth = self.max_nesting_depth

        event_key: None | str | Unset
        if isinstance(self.event_key, Unset):
            event_key = UNSET
        else:
            event_key = self.event_key

        event_timeout_secs: int | None | Unset
        if isinstance(self.event_timeout_secs, Unset):
            event_timeout_secs = UNSET
        else:
            event_timeout_secs = self.event_timeout_secs

        event_notify_url: None | str | Unset
        if isinstance(self.event_notify_url, Unset):
            event_notify_url = UNSET
        else:
            event_notify_url = self.event_notify_url

        sleep_duration_secs: int | None | Unset
        if isinstance(self.sleep_duration_secs, Unset):
            sleep_duration_secs = UNSET
        else:
            sleep_duration_secs = self.sleep_duration_secs

        event_emit_key: None | str | Unset
        if isinstance(self.event_emit_key, Unset):
            event_emit_key = UNSET
        else:
            event_emit_key = self.event_emit_key

        concurrency_key: None | str | Unset
        if isinstance(self.concurrency_key, Unset):
            concurrency_key = UNSET
        else:
            concurrency_key = self.concurrency_key

        resource_class: None | str | Unset
        if isinstance(self.resource_class, Unset):
            resource_class = UNSET
        else:
            resource_class = self.resource_class

        cost_gate_threshold_microusd: int | None | Unset
        if isinstance(self.cost_gate_threshold_microusd, Unset):
            cost_gate_threshold_microusd = UNSET
        else:
            cost_gate_threshold_microusd = self.cost_gate_threshold_microusd

        cost_gate_timeout_secs: int | None | Unset
        if isinstance(self.cost_gate_timeout_secs, Unset):
            cost_gate_timeout_secs = UNSET
        else:
            cost_gate_timeout_secs = self.cost_gate_timeout_secs

        cost_gate_default_action: None | str | Unset
        if isinstance(self.cost_gate_default_action, Unset):
            cost_gate_default_action = UNSET
        else:
            cost_gate_default_action = self.cost_gate_default_action

        expected_duration_secs: int | None | Unset
        if isinstance(self.expected_duration_secs, Unset):
            expected_duration_secs = UNSET
        else:
            expected_duration_secs = self.expected_duration_secs

        stage_notifications = self.stage_notifications

        compensation_job_id: None | str | Unset
        if isinstance(self.compensation_job_id, Unset):
            compensation_job_id = UNSET
        else:
            compensation_job_id = self.compensation_job_id

        compensation_timeout_secs: int | None | Unset
        if isinstance(self.compensation_timeout_secs, Unset):
            compensation_timeout_secs = UNSET
        else:
            compensation_timeout_secs = self.compensation_timeout_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "step_ref": step_ref,
                "depends_on": depends_on,
                "on_failure": on_failure,
                "created_at": created_at,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if condition is not UNSET:
            field_dict["condition"] = condition
        if payload is not UNSET:
            field_dict["payload"] = payload
        if step_type is not UNSET:
            field_dict["step_type"] = step_type
        if approval_timeout_secs is not UNSET:
            field_dict["approval_timeout_secs"] = approval_timeout_secs
        if approval_approvers is not UNSET:
            field_dict["approval_approvers"] = approval_approvers
        if retry_max_attempts is not UNSET:
            field_dict["retry_max_attempts"] = retry_max_attempts
        if retry_backoff is not UNSET:
            field_dict["retry_backoff"] = retry_backoff
        if retry_initial_delay_secs is not UNSET:
            field_dict["retry_initial_delay_secs"] = retry_initial_delay_secs
        if retry_max_delay_secs is not UNSET:
            field_dict["retry_max_delay_secs"] = retry_max_delay_secs
        if timeout_secs_override is not UNSET:
            field_dict["timeout_secs_override"] = timeout_secs_override
        if output_transform is not UNSET:
            field_dict["output_transform"] = output_transform
        if sub_workflow_id is not UNSET:
            field_dict["sub_workflow_id"] = sub_workflow_id
        if max_nesting_depth is not UNSET:
            field_dict["max_nesting_depth"] = max_nesting_depth
        if event_key is not UNSET:
            field_dict["event_key"] = event_key
        if event_timeout_secs is not UNSET:
            field_dict["event_timeout_secs"] = event_timeout_secs
        if event_notify_url is not UNSET:
            field_dict["event_notify_url"] = event_notify_url
        if sleep_duration_secs is not UNSET:
            field_dict["sleep_duration_secs"] = sleep_duration_secs
        if event_emit_key is not UNSET:
            field_dict["event_emit_key"] = event_emit_key
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if resource_class is not UNSET:
            field_dict["resource_class"] = resource_class
        if cost_gate_threshold_microusd is not UNSET:
            field_dict["cost_gate_threshold_microusd"] = cost_gate_threshold_microusd
        if cost_gate_timeout_secs is not UNSET:
            field_dict["cost_gate_timeout_secs"] = cost_gate_timeout_secs
        if cost_gate_default_action is not UNSET:
            field_dict["cost_gate_default_action"] = cost_gate_default_action
        if expected_duration_secs is not UNSET:
            field_dict["expected_duration_secs"] = expected_duration_secs
        if stage_notifications is not UNSET:
            field_dict["stage_notifications"] = stage_notifications
        if compensation_job_id is not UNSET:
            field_dict["compensation_job_id"] = compensation_job_id
        if compensation_timeout_secs is not UNSET:
            field_dict["compensation_timeout_secs"] = compensation_timeout_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_id = src_dict["workflow_id"]

        step_ref = src_dict["step_ref"]

        depends_on = src_dict["depends_on"]

        on_failure = src_dict["on_failure"]
        on_failure = _members_of_workflow_failure_policy.get(on_failure) or WorkflowFailurePolicy(
            on_failure
        )

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        job_id = _get("job_id", UNSET)

        condition = _get("condition", UNSET)

        payload = _get("payload", UNSET)

        step_type = _get("step_type", UNSET)
        if isinstance(step_type, str):
            try:
                step_type = _members_of_workflow_step_type.get(step_type) or WorkflowStepType(
                    step_type
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        approval_timeout_secs = _get("approval_timeout_secs", UNSET)

        approval_approvers = _get("approval_approvers", UNSET)

        retry_max_attempts = _get("retry_max_attempts", UNSET)

        retry_backoff = _get("retry_backoff", UNSET)
        if isinstance(retry_backoff, str):
            try:
                retry_backoff = _members_of_workflow_step_backoff.get(
                    retry_backoff
                ) or WorkflowStepBackoff(retry_backoff)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        retry_initial_delay_secs = _get("retry_initial_delay_secs", UNSET)

        retry_max_delay_secs = _get("retry_max_delay_secs", UNSET)

        timeout_secs_override = _get("timeout_secs_override", UNSET)

        output_transform = _get("output_transform", UNSET)

        sub_workflow_id = _get("sub_workflow_id", UNSET)

        max_nesting_depth = _get("max_nesting_depth", UNSET)

        event_key = _get("event_key", UNSET)

        event_timeout_secs = _get("event_timeout_secs", UNSET)

        event_notify_url = _get("event_notify_url", UNSET)

        sleep_duration_secs = _get("sleep_duration_secs", UNSET)

        event_emit_key = _get("event_emit_key", UNSET)

        concurrency_key = _get("concurrency_key", UNSET)

        resource_class = _get("resource_class", UNSET)

        cost_gate_threshold_microusd = _get("cost_gate_threshold_microusd", UNSET)

        cost_gate_timeout_secs = _get("cost_gate_timeout_secs", UNSET)

        cost_gate_default_action = _get("cost_gate_default_action", UNSET)

        expected_duration_secs = _get("expected_duration_secs", UNSET)

        stage_notifications = _get("stage_notifications", UNSET)

        compensation_job_id = _get("compensation_job_id", UNSET)

        compensation_timeout_secs = _get("compensation_timeout_secs", UNSET)

        workflow_step = cls(
            id,
            workflow_id,
            step_ref,
            depends_on,
            on_failure,
            created_at,
            job_id,
            condition,
            payload,
            step_type,
            approval_timeout_secs,
            approval_approvers,
            retry_max_attempts,
            retry_backoff,
            retry_initial_delay_secs,
            retry_max_delay_secs,
            timeout_secs_override,
            output_transform,
            sub_workflow_id,
            max_nesting_depth,
            event_key,
            event_timeout_secs,
            event_notify_url,
            sleep_duration_secs,
            event_emit_key,
            concurrency_key,
            resource_class,
            cost_gate_threshold_microusd,
            cost_gate_timeout_secs,
            cost_gate_default_action,
            expected_duration_secs,
            stage_notifications,
            compensation_job_id,
            compensation_timeout_secs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step.additional_properties = _extra
        return workflow_step

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
        "workflow_id",
        "step_ref",
        "depends_on",
        "on_failure",
        "created_at",
        "job_id",
        "condition",
        "payload",
        "step_type",
        "approval_timeout_secs",
        "approval_approvers",
        "retry_max_attempts",
        "retry_backoff",
        "retry_initial_delay_secs",
        "retry_max_delay_secs",
        "timeout_secs_override",
        "output_transform",
        "sub_workflow_id",
        "max_nesting_depth",
        "event_key",
        "event_timeout_secs",
        "event_notify_url",
        "sleep_duration_secs",
        "event_emit_key",
        "concurrency_key",
        "resource_class",
        "cost_gate_threshold_microusd",
        "cost_gate_timeout_secs",
        "cost_gate_default_action",
        "expected_duration_secs",
        "stage_notifications",
        "compensation_job_id",
        "compensation_timeout_secs",
    }
)
