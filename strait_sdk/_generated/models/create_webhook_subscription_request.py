from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import (
    MEMBERS_BY_VALUE as _members_of_webhook_event_type,
)
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookSubscriptionRequest")


@_attrs_define
class CreateWebhookSubscriptionRequest:
    project_id: str
    """ Must be the API key's project. """
    webhook_url: str
    event_types: list[WebhookEventType]
    active: bool | None | Unset = UNSET
    """ Defaults to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        webhook_url = self.webhook_url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = WebhookEventType(event_types_item_data).value
            event_types.append(event_types_item)

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "webhook_url": webhook_url,
                "event_types": event_types,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        webhook_url = src_dict["webhook_url"]

        event_types = src_dict["event_types"]
        event_types = [
            (_members_of_webhook_event_type.get(item) or WebhookEventType(item))
            for item in event_types
        ]

        active = _get("active", UNSET)

        create_webhook_subscription_request = cls(
            project_id,
            webhook_url,
            event_types,
            active,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_webhook_subscription_request.additional_properties = _extra
        return create_webhook_subscription_request

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
        "project_id",
        "webhook_url",
        "event_types",
        "active",
    }
)
