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

T = TypeVar("T", bound="UpdateNotificationChannelRequest")


@_attrs_define
class UpdateNotificationChannelRequest:
    """Every field is optional, and fields left out keep their values."""

    name: None | str | Unset = UNSET
    channel_type: None | NotificationChannelType | Unset = UNSET
    config: None | Unset | UpdateNotificationChannelRequestConfigType0 = UNSET
    """ Replaces the whole config. """
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        channel_type: None | str | Unset
        if isinstance(self.channel_type, Unset):
            channel_type = UNSET
        elif isinstance(self.channel_type, NotificationChannelType):
            channel_type = NotificationChannelType(self.channel_type).value
        else:
            channel_type = self.channel_type

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, UpdateNotificationChannelRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if config is not UNSET:
            field_dict["config"] = config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        channel_type = _get("channel_type", UNSET)
        if isinstance(channel_type, str):
            try:
                channel_type = _members_of_notification_channel_type.get(
                    channel_type
                ) or NotificationChannelType(channel_type)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        config = _get("config", UNSET)
        if isinstance(config, dict):
            try:
                config = UpdateNotificationChannelRequestConfigType0.from_dict(config)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        enabled = _get("enabled", UNSET)

        update_notification_channel_request = cls(
            name,
            channel_type,
            config,
            enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_notification_channel_request.additional_properties = _extra
        return update_notification_channel_request

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
        "name",
        "channel_type",
        "config",
        "enabled",
    }
)

from ..models.update_notification_channel_request_config_type_0 import (
    UpdateNotificationChannelRequestConfigType0,
)
