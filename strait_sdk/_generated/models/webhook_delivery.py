from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_status import (
    MEMBERS_BY_VALUE as _members_of_webhook_delivery_status,
)
from ..models.webhook_delivery_status import WebhookDeliveryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """One webhook message and the attempts to deliver it."""

    id: str
    webhook_url: str
    """ The destination, with its sensitive parts redacted. """
    status: WebhookDeliveryStatus
    """ `pending` has not been sent yet or waits for its next attempt, `delivered` was accepted by
    the endpoint, `failed` had a failed attempt, and `dead` will not be tried again.
     """
    attempts: int
    max_attempts: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    run_id: None | str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    event_trigger_id: None | str | Unset = UNSET
    subscription_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    webhook_retry_policy: None | str | Unset = UNSET
    """ `exponential`, `linear` or `fixed`. """
    last_status_code: int | None | Unset = UNSET
    """ The HTTP status of the latest attempt, absent when no response arrived. """
    last_error: None | str | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_url = self.webhook_url

        status = WebhookDeliveryStatus(self.status).value

        attempts = self.attempts

        max_attempts = self.max_attempts

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        event_trigger_id: None | str | Unset
        if isinstance(self.event_trigger_id, Unset):
            event_trigger_id = UNSET
        else:
            event_trigger_id = self.event_trigger_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        webhook_retry_policy: None | str | Unset
        if isinstance(self.webhook_retry_policy, Unset):
            webhook_retry_policy = UNSET
        else:
            webhook_retry_policy = self.webhook_retry_policy

        last_status_code: int | None | Unset
        if isinstance(self.last_status_code, Unset):
            last_status_code = UNSET
        else:
            last_status_code = self.last_status_code

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        next_retry_at: None | str | Unset
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhook_url": webhook_url,
                "status": status,
                "attempts": attempts,
                "max_attempts": max_attempts,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if event_trigger_id is not UNSET:
            field_dict["event_trigger_id"] = event_trigger_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if webhook_retry_policy is not UNSET:
            field_dict["webhook_retry_policy"] = webhook_retry_policy
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        webhook_url = src_dict["webhook_url"]

        status = src_dict["status"]
        status = _members_of_webhook_delivery_status.get(status) or WebhookDeliveryStatus(status)

        attempts = src_dict["attempts"]

        max_attempts = src_dict["max_attempts"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        run_id = _get("run_id", UNSET)

        job_id = _get("job_id", UNSET)

        event_trigger_id = _get("event_trigger_id", UNSET)

        subscription_id = _get("subscription_id", UNSET)

        project_id = _get("project_id", UNSET)

        org_id = _get("org_id", UNSET)

        webhook_retry_policy = _get("webhook_retry_policy", UNSET)

        last_status_code = _get("last_status_code", UNSET)

        last_error = _get("last_error", UNSET)

        next_retry_at = _get("next_retry_at", UNSET)
        if isinstance(next_retry_at, str):
            try:
                next_retry_at = datetime.datetime.fromisoformat(next_retry_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        delivered_at = _get("delivered_at", UNSET)
        if isinstance(delivered_at, str):
            try:
                delivered_at = datetime.datetime.fromisoformat(delivered_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        webhook_delivery = cls(
            id,
            webhook_url,
            status,
            attempts,
            max_attempts,
            created_at,
            updated_at,
            run_id,
            job_id,
            event_trigger_id,
            subscription_id,
            project_id,
            org_id,
            webhook_retry_policy,
            last_status_code,
            last_error,
            next_retry_at,
            delivered_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            webhook_delivery.additional_properties = _extra
        return webhook_delivery

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
        "webhook_url",
        "status",
        "attempts",
        "max_attempts",
        "created_at",
        "updated_at",
        "run_id",
        "job_id",
        "event_trigger_id",
        "subscription_id",
        "project_id",
        "org_id",
        "webhook_retry_policy",
        "last_status_code",
        "last_error",
        "next_retry_at",
        "delivered_at",
    }
)
