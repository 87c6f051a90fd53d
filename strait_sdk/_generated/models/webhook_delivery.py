from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        webhook_url = d.pop("webhook_url")

        status = WebhookDeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        max_attempts = d.pop("max_attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        def _parse_event_trigger_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_trigger_id = _parse_event_trigger_id(d.pop("event_trigger_id", UNSET))

        def _parse_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("subscription_id", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_webhook_retry_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_retry_policy = _parse_webhook_retry_policy(d.pop("webhook_retry_policy", UNSET))

        def _parse_last_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        def _parse_next_retry_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_retry_at = _parse_next_retry_at(d.pop("next_retry_at", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        webhook_delivery = cls(
            id=id,
            webhook_url=webhook_url,
            status=status,
            attempts=attempts,
            max_attempts=max_attempts,
            created_at=created_at,
            updated_at=updated_at,
            run_id=run_id,
            job_id=job_id,
            event_trigger_id=event_trigger_id,
            subscription_id=subscription_id,
            project_id=project_id,
            org_id=org_id,
            webhook_retry_policy=webhook_retry_policy,
            last_status_code=last_status_code,
            last_error=last_error,
            next_retry_at=next_retry_at,
            delivered_at=delivered_at,
        )

        webhook_delivery.additional_properties = d
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
