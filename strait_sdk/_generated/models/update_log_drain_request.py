from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateLogDrainRequest")


@_attrs_define
class UpdateLogDrainRequest:
    """Every field is optional, and fields left out keep their values."""

    name: None | str | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    auth_type: None | str | Unset = UNSET
    auth_config: None | StringMap | Unset = UNSET
    level_filter: list[str] | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        auth_config: dict[str, Any] | None | Unset
        if isinstance(self.auth_config, Unset):
            auth_config = UNSET
        elif isinstance(self.auth_config, StringMap):
            auth_config = self.auth_config.to_dict()
        else:
            auth_config = self.auth_config

        level_filter: list[str] | None | Unset
        if isinstance(self.level_filter, Unset):
            level_filter = UNSET
        elif isinstance(self.level_filter, list):
            level_filter = self.level_filter

        else:
            level_filter = self.level_filter

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
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if level_filter is not UNSET:
            field_dict["level_filter"] = level_filter
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        endpoint_url = _get("endpoint_url", UNSET)

        auth_type = _get("auth_type", UNSET)

        auth_config = _get("auth_config", UNSET)
        if isinstance(auth_config, dict):
            try:
                auth_config = StringMap.from_dict(auth_config)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        level_filter = _get("level_filter", UNSET)

        enabled = _get("enabled", UNSET)

        update_log_drain_request = cls(
            name,
            endpoint_url,
            auth_type,
            auth_config,
            level_filter,
            enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_log_drain_request.additional_properties = _extra
        return update_log_drain_request

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
        "endpoint_url",
        "auth_type",
        "auth_config",
        "level_filter",
        "enabled",
    }
)

from ..models.string_map import StringMap
