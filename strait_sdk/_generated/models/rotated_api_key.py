from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope

T = TypeVar("T", bound="RotatedApiKey")


@_attrs_define
class RotatedApiKey:
    old_key_id: str
    new_key_id: str
    project_id: str
    name: str
    key: str
    """ The new key's full value. Store it now: no route returns it again. """
    key_prefix: str
    scopes: list[PermissionScope]
    expires_at: datetime.datetime | None
    """ The new key's expiry. """
    created_at: datetime.datetime
    grace_expires_at: datetime.datetime
    """ When the old key stops working. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_key_id = self.old_key_id

        new_key_id = self.new_key_id

        project_id = self.project_id

        name = self.name

        key = self.key

        key_prefix = self.key_prefix

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = PermissionScope(scopes_item_data).value
            scopes.append(scopes_item)

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        created_at = self.created_at.isoformat()

        grace_expires_at = self.grace_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_key_id": old_key_id,
                "new_key_id": new_key_id,
                "project_id": project_id,
                "name": name,
                "key": key,
                "key_prefix": key_prefix,
                "scopes": scopes,
                "expires_at": expires_at,
                "created_at": created_at,
                "grace_expires_at": grace_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        old_key_id = src_dict["old_key_id"]

        new_key_id = src_dict["new_key_id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        key = src_dict["key"]

        key_prefix = src_dict["key_prefix"]

        scopes = src_dict["scopes"]
        scopes = [
            (_members_of_permission_scope.get(item) or PermissionScope(item)) for item in scopes
        ]

        expires_at = src_dict["expires_at"]
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        grace_expires_at = src_dict["grace_expires_at"]
        grace_expires_at = datetime.datetime.fromisoformat(grace_expires_at)

        rotated_api_key = cls(
            old_key_id,
            new_key_id,
            project_id,
            name,
            key,
            key_prefix,
            scopes,
            expires_at,
            created_at,
            grace_expires_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            rotated_api_key.additional_properties = _extra
        return rotated_api_key

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
        "old_key_id",
        "new_key_id",
        "project_id",
        "name",
        "key",
        "key_prefix",
        "scopes",
        "expires_at",
        "created_at",
        "grace_expires_at",
    }
)
