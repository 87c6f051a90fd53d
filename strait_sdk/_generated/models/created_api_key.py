from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey:
    id: str
    project_id: str
    name: str
    key: str
    """ The full key, `strait_` and 64 hex characters. Store it now: no route returns it again. """
    key_prefix: str
    scopes: list[PermissionScope]
    created_at: datetime.datetime
    expires_at: datetime.datetime | None | Unset = UNSET
    rotation_webhook_secret: None | str | Unset = UNSET
    """ The secret that signs rotation notifications, present when `rotation_webhook_url` was given. Returned only
    here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        key = self.key

        key_prefix = self.key_prefix

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = PermissionScope(scopes_item_data).value
            scopes.append(scopes_item)

        created_at = self.created_at.isoformat()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        rotation_webhook_secret: None | str | Unset
        if isinstance(self.rotation_webhook_secret, Unset):
            rotation_webhook_secret = UNSET
        else:
            rotation_webhook_secret = self.rotation_webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "key": key,
                "key_prefix": key_prefix,
                "scopes": scopes,
                "created_at": created_at,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if rotation_webhook_secret is not UNSET:
            field_dict["rotation_webhook_secret"] = rotation_webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        key = src_dict["key"]

        key_prefix = src_dict["key_prefix"]

        scopes = src_dict["scopes"]
        scopes = [
            (_members_of_permission_scope.get(item) or PermissionScope(item)) for item in scopes
        ]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        expires_at = _get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        rotation_webhook_secret = _get("rotation_webhook_secret", UNSET)

        created_api_key = cls(
            id,
            project_id,
            name,
            key,
            key_prefix,
            scopes,
            created_at,
            expires_at,
            rotation_webhook_secret,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            created_api_key.additional_properties = _extra
        return created_api_key

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
        "key",
        "key_prefix",
        "scopes",
        "created_at",
        "expires_at",
        "rotation_webhook_secret",
    }
)
