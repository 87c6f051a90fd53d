from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        old_key_id = d.pop("old_key_id")

        new_key_id = d.pop("new_key_id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        key = d.pop("key")

        key_prefix = d.pop("key_prefix")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = PermissionScope(scopes_item_data)

            scopes.append(scopes_item)

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        grace_expires_at = datetime.datetime.fromisoformat(d.pop("grace_expires_at"))

        rotated_api_key = cls(
            old_key_id=old_key_id,
            new_key_id=new_key_id,
            project_id=project_id,
            name=name,
            key=key,
            key_prefix=key_prefix,
            scopes=scopes,
            expires_at=expires_at,
            created_at=created_at,
            grace_expires_at=grace_expires_at,
        )

        rotated_api_key.additional_properties = d
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
