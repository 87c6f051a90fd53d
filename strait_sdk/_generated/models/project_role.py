from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRole")


@_attrs_define
class ProjectRole:
    """A named set of permissions that members of the project can hold."""

    id: str
    project_id: str
    """ Empty for a system role that is not tied to one project. """
    name: str
    permissions: list[PermissionScope]
    is_system: bool
    """ Built-in roles, which cannot be changed or deleted. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    parent_role_id: None | str | Unset = UNSET
    """ A role whose permissions this role inherits. """
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

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = PermissionScope(permissions_item_data).value
            permissions.append(permissions_item)

        is_system = self.is_system

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parent_role_id: None | str | Unset
        if isinstance(self.parent_role_id, Unset):
            parent_role_id = UNSET
        else:
            parent_role_id = self.parent_role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "permissions": permissions,
                "is_system": is_system,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent_role_id is not UNSET:
            field_dict["parent_role_id"] = parent_role_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        permissions = src_dict["permissions"]
        permissions = [
            (_members_of_permission_scope.get(item) or PermissionScope(item))
            for item in permissions
        ]

        is_system = src_dict["is_system"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        description = _get("description", UNSET)

        parent_role_id = _get("parent_role_id", UNSET)

        project_role = cls(
            id,
            project_id,
            name,
            permissions,
            is_system,
            created_at,
            updated_at,
            description,
            parent_role_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_role.additional_properties = _extra
        return project_role

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
        "permissions",
        "is_system",
        "created_at",
        "updated_at",
        "description",
        "parent_role_id",
    }
)
