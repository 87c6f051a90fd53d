from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationDelivery")


@_attrs_define
class NotificationDelivery:
    """One notification sent, or to be sent, to a channel."""

    id: str
    channel_id: str
    project_id: str
    event_type: str
    """ Such as `approval.requested`, `approval.reminder`, `approval.expired`,
    `approval.completed`, `budget.threshold_reached`, `cost.anomaly_detected`,
    `spending.limit_warning`, `spending.limit_reached` or `runs.limit_approaching`.
     """
    payload: Any
    """ The notification's content, any JSON value. """
    status: str
    """ Such as `pending` or `processing`. The set is open. """
    attempts: int
    max_attempts: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_error: None | str | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel_id = self.channel_id

        project_id = self.project_id

        event_type = self.event_type

        payload = self.payload

        status = self.status

        attempts = self.attempts

        max_attempts = self.max_attempts

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "channel_id": channel_id,
                "project_id": project_id,
                "event_type": event_type,
                "payload": payload,
                "status": status,
                "attempts": attempts,
                "max_attempts": max_attempts,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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

        channel_id = src_dict["channel_id"]

        project_id = src_dict["project_id"]

        event_type = src_dict["event_type"]

        payload = src_dict["payload"]

        status = src_dict["status"]

        attempts = src_dict["attempts"]

        max_attempts = src_dict["max_attempts"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

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

        notification_delivery = cls(
            id,
            channel_id,
            project_id,
            event_type,
            payload,
            status,
            attempts,
            max_attempts,
            created_at,
            updated_at,
            last_error,
            next_retry_at,
            delivered_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            notification_delivery.additional_properties = _extra
        return notification_delivery

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
        "channel_id",
        "project_id",
        "event_type",
        "payload",
        "status",
        "attempts",
        "max_attempts",
        "created_at",
        "updated_at",
        "last_error",
        "next_retry_at",
        "delivered_at",
    }
)
