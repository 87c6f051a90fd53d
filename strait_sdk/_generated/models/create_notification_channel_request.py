from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_type import (
    MEMBERS_BY_VALUE as _members_of_notification_channel_type,
)
from ..models.notification_channel_type import NotificationChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNotificationChannelRequest")


@_attrs_define
class CreateNotificationChannelRequest:
    channel_type: NotificationChannelType
    name: str
    config: CreateNotificationChannelRequestConfig
    """ `{"webhook_url": ...}` for Slack and Discord, `{"url": ...}` for `webhook`. """
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_type = NotificationChannelType(self.channel_type).value

        name = self.name

        config = self.config.to_dict()

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_type": channel_type,
                "name": name,
                "config": config,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        channel_type = src_dict["channel_type"]
        channel_type = _members_of_notification_channel_type.get(
            channel_type
        ) or NotificationChannelType(channel_type)

        name = src_dict["name"]

        config = src_dict["config"]
        config = CreateNotificationChannelRequestConfig.from_dict(config)

        enabled = _get("enabled", UNSET)

        create_notification_channel_request = cls(
            channel_type,
            name,
            config,
            enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_notification_channel_request.additional_properties = _extra
        return create_notification_channel_request

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
        "channel_type",
        "name",
        "config",
        "enabled",
    }
)

from ..models.create_notification_channel_request_config import (
    CreateNotificationChannelRequestConfig,
)
