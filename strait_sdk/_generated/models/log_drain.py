from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
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
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        drain_type = src_dict["drain_type"]

        endpoint_url = src_dict["endpoint_url"]

        auth_type = src_dict["auth_type"]

        enabled = src_dict["enabled"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        auth_config = _get("auth_config", UNSET)
        if isinstance(auth_config, dict):
            try:
                auth_config = StringMap.from_dict(auth_config)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        level_filter = _get("level_filter", UNSET)

        log_drain = cls(
            id,
            project_id,
            name,
            drain_type,
            endpoint_url,
            auth_type,
            enabled,
            created_at,
            updated_at,
            auth_config,
            level_filter,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            log_drain.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "id",
        "project_id",
        "name",
        "drain_type",
        "endpoint_url",
        "auth_type",
        "enabled",
        "created_at",
        "updated_at",
        "auth_config",
        "level_filter",
    }
)

from ..models.string_map import StringMap
