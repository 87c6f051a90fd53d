from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLogDrainRequest")


@_attrs_define
class CreateLogDrainRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    drain_type: str
    endpoint_url: str
    auth_type: str
    """ `bearer`, `basic` or `header`, as `LogDrain.auth_type` explains. Use another value, such as `none`, for no
    credentials. """
    auth_config: None | StringMap | Unset = UNSET
    level_filter: list[str] | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        drain_type = self.drain_type

        endpoint_url = self.endpoint_url

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
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "drain_type": drain_type,
                "endpoint_url": endpoint_url,
                "auth_type": auth_type,
            }
        )
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
        project_id = src_dict["project_id"]

        name = src_dict["name"]

        drain_type = src_dict["drain_type"]

        endpoint_url = src_dict["endpoint_url"]

        auth_type = src_dict["auth_type"]

        auth_config = _get("auth_config", UNSET)
        if isinstance(auth_config, dict):
            try:
                auth_config = StringMap.from_dict(auth_config)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        level_filter = _get("level_filter", UNSET)

        enabled = _get("enabled", UNSET)

        create_log_drain_request = cls(
            project_id,
            name,
            drain_type,
            endpoint_url,
            auth_type,
            auth_config,
            level_filter,
            enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_log_drain_request.additional_properties = _extra
        return create_log_drain_request

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
        "name",
        "drain_type",
        "endpoint_url",
        "auth_type",
        "auth_config",
        "level_filter",
        "enabled",
    }
)

from ..models.string_map import StringMap
