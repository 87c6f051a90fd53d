from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import (
    MEMBERS_BY_VALUE as _members_of_webhook_event_type,
)
from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """A URL that receives the project's events of the chosen types. The signing secret is never returned here."""

    id: str
    project_id: str
    webhook_url: str
    event_types: list[WebhookEventType]
    active: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        webhook_url = self.webhook_url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = WebhookEventType(event_types_item_data).value
            event_types.append(event_types_item)

        active = self.active

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "webhook_url": webhook_url,
                "event_types": event_types,
                "active": active,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        webhook_url = src_dict["webhook_url"]

        event_types = src_dict["event_types"]
        event_types = [
            (_members_of_webhook_event_type.get(item) or WebhookEventType(item))
            for item in event_types
        ]

        active = src_dict["active"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        webhook_subscription = cls(
            id,
            project_id,
            webhook_url,
            event_types,
            active,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            webhook_subscription.additional_properties = _extra
        return webhook_subscription

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
        "project_id",
        "webhook_url",
        "event_types",
        "active",
        "created_at",
    }
)
