from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="LogDrain")


@_attrs_define
class LogDrain:
    """A destination that receives the events of the project's finished runs."""

    id: str
    project_id: str
    name: str
    drain_type: str
    """ A label for the kind of destination, which the server stores without checking it. """
    endpoint_url: str
    auth_type: str
    """ How the server authenticates to the destination. `bearer` sends `auth_config.token`
    as a bearer token, `basic` sends `auth_config.username` and `auth_config.password`,
    and `header` sends each `auth_config` entry as a header. Any other value sends no
    credentials.
     """
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    auth_config: None | StringMap | Unset = UNSET
    level_filter: list[str] | None | Unset = UNSET
    """ Run event levels stored with the drain, such as `info` or `error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.string_map import StringMap  # noqa: PLC0415

        id = self.id

        project_id = self.project_id

        name = self.name

        drain_type = self.drain_type

        endpoint_url = self.endpoint_url

        auth_type = self.auth_type

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "drain_type": drain_type,
                "endpoint_url": endpoint_url,
                "auth_type": auth_type,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if level_filter is not UNSET:
            field_dict["level_filter"] = level_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        drain_type = d.pop("drain_type")

        endpoint_url = d.pop("endpoint_url")

        auth_type = d.pop("auth_type")

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_auth_config(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_config_type_0 = StringMap.from_dict(data)

                return auth_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        auth_config = _parse_auth_config(d.pop("auth_config", UNSET))

        def _parse_level_filter(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                level_filter_type_0 = cast(list[str], data)

                return level_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        level_filter = _parse_level_filter(d.pop("level_filter", UNSET))

        log_drain = cls(
            id=id,
            project_id=project_id,
            name=name,
            drain_type=drain_type,
            endpoint_url=endpoint_url,
            auth_type=auth_type,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            auth_config=auth_config,
            level_filter=level_filter,
        )

        log_drain.additional_properties = d
        return log_drain

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
