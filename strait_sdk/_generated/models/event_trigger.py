from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventTrigger")


@_attrs_define
class EventTrigger:
    """A wait for an event, created by a run or a workflow step."""

    id: str
    event_key: str
    project_id: str
    source_type: str
    """ `job_run` or `workflow_step`. """
    status: str
    """ `waiting`, `received`, `timed_out` or `canceled`. """
    timeout_secs: int
    requested_at: datetime.datetime
    expires_at: datetime.datetime
    environment_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    workflow_step_run_id: None | str | Unset = UNSET
    job_run_id: None | str | Unset = UNSET
    request_payload: Any | Unset = UNSET
    response_payload: Any | Unset = UNSET
    """ The payload delivered by `send-event`. """
    received_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    notify_status: None | str | Unset = UNSET
    trigger_type: None | str | Unset = UNSET
    sent_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_key = self.event_key

        project_id = self.project_id

        source_type = self.source_type

        status = self.status

        timeout_secs = self.timeout_secs

        requested_at = self.requested_at.isoformat()

        expires_at = self.expires_at.isoformat()

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        workflow_step_run_id: None | str | Unset
        if isinstance(self.workflow_step_run_id, Unset):
            workflow_step_run_id = UNSET
        else:
            workflow_step_run_id = self.workflow_step_run_id

        job_run_id: None | str | Unset
        if isinstance(self.job_run_id, Unset):
            job_run_id = UNSET
        else:
            job_run_id = self.job_run_id

        request_payload = self.request_payload

        response_payload = self.response_payload

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        notify_status: None | str | Unset
        if isinstance(self.notify_status, Unset):
            notify_status = UNSET
        else:
            notify_status = self.notify_status

        trigger_type: None | str | Unset
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type

        sent_by: None | str | Unset
        if isinstance(self.sent_by, Unset):
            sent_by = UNSET
        else:
            sent_by = self.sent_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_key": event_key,
                "project_id": project_id,
                "source_type": source_type,
                "status": status,
                "timeout_secs": timeout_secs,
                "requested_at": requested_at,
                "expires_at": expires_at,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_step_run_id is not UNSET:
            field_dict["workflow_step_run_id"] = workflow_step_run_id
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if request_payload is not UNSET:
            field_dict["request_payload"] = request_payload
        if response_payload is not UNSET:
            field_dict["response_payload"] = response_payload
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if error is not UNSET:
            field_dict["error"] = error
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if notify_status is not UNSET:
            field_dict["notify_status"] = notify_status
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if sent_by is not UNSET:
            field_dict["sent_by"] = sent_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        event_key = src_dict["event_key"]

        project_id = src_dict["project_id"]

        source_type = src_dict["source_type"]

        status = src_dict["status"]

        timeout_secs = src_dict["timeout_secs"]

        requested_at = src_dict["requested_at"]
        requested_at = datetime.datetime.fromisoformat(requested_at)

        expires_at = src_dict["expires_at"]
        expires_at = datetime.datetime.fromisoformat(expires_at)

        environment_id = _get("environment_id", UNSET)

        workflow_run_id = _get("workflow_run_id", UNSET)

        workflow_step_run_id = _get("workflow_step_run_id", UNSET)

        job_run_id = _get("job_run_id", UNSET)

        request_payload = _get("request_payload", UNSET)

        response_payload = _get("response_payload", UNSET)

        received_at = _get("received_at", UNSET)
        if isinstance(received_at, str):
            try:
                received_at = datetime.datetime.fromisoformat(received_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = _get("error", UNSET)

        notify_url = _get("notify_url", UNSET)

        notify_status = _get("notify_status", UNSET)

        trigger_type = _get("trigger_type", UNSET)

        sent_by = _get("sent_by", UNSET)

        event_trigger = cls(
            id,
            event_key,
            project_id,
            source_type,
            status,
            timeout_secs,
            requested_at,
            expires_at,
            environment_id,
            workflow_run_id,
            workflow_step_run_id,
            job_run_id,
            request_payload,
            response_payload,
            received_at,
            error,
            notify_url,
            notify_status,
            trigger_type,
            sent_by,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_trigger.additional_properties = _extra
        return event_trigger

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
        "event_key",
        "project_id",
        "source_type",
        "status",
        "timeout_secs",
        "requested_at",
        "expires_at",
        "environment_id",
        "workflow_run_id",
        "workflow_step_run_id",
        "job_run_id",
        "request_payload",
        "response_payload",
        "received_at",
        "error",
        "notify_url",
        "notify_status",
        "trigger_type",
        "sent_by",
    }
)
