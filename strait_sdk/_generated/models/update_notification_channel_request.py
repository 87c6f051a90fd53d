from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_type import NotificationChannelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_notification_channel_request_config_type_0 import (
        UpdateNotificationChannelRequestConfigType0,
    )


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
        from ..models.update_notification_channel_request_config_type_0 import (
            UpdateNotificationChannelRequestConfigType0,  # noqa: PLC0415
        )

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
        from ..models.update_notification_channel_request_config_type_0 import (
            UpdateNotificationChannelRequestConfigType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_channel_type(data: object) -> None | NotificationChannelType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_type_0 = NotificationChannelType(data)

                return channel_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationChannelType | Unset, data)

        channel_type = _parse_channel_type(d.pop("channel_type", UNSET))

        def _parse_config(
            data: object,
        ) -> None | Unset | UpdateNotificationChannelRequestConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = UpdateNotificationChannelRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateNotificationChannelRequestConfigType0, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        update_notification_channel_request = cls(
            name=name,
            channel_type=channel_type,
            config=config,
            enabled=enabled,
        )

        update_notification_channel_request.additional_properties = d
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
