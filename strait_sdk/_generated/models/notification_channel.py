from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_type import NotificationChannelType

T = TypeVar("T", bound="NotificationChannel")


@_attrs_define
class NotificationChannel:
    """A destination for approval, budget and spending notifications."""

    id: str
    project_id: str
    channel_type: NotificationChannelType
    name: str
    config: Any
    """ The channel's settings as given, a JSON object. """
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        channel_type = NotificationChannelType(self.channel_type).value

        name = self.name

        config = self.config

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "channel_type": channel_type,
                "name": name,
                "config": config,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        channel_type = NotificationChannelType(d.pop("channel_type"))

        name = d.pop("name")

        config = d.pop("config")

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        notification_channel = cls(
            id=id,
            project_id=project_id,
            channel_type=channel_type,
            name=name,
            config=config,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
        )

        notification_channel.additional_properties = d
        return notification_channel

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
