from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_channel_type import NotificationChannelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_notification_channel_request_config import (
        CreateNotificationChannelRequestConfig,
    )


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
        from ..models.create_notification_channel_request_config import (
            CreateNotificationChannelRequestConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        channel_type = NotificationChannelType(d.pop("channel_type"))

        name = d.pop("name")

        config = CreateNotificationChannelRequestConfig.from_dict(d.pop("config"))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        create_notification_channel_request = cls(
            channel_type=channel_type,
            name=name,
            config=config,
            enabled=enabled,
        )

        create_notification_channel_request.additional_properties = d
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
