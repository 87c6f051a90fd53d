from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = PermissionScope(permissions_item_data)

            permissions.append(permissions_item)

        is_system = d.pop("is_system")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_parent_role_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_role_id = _parse_parent_role_id(d.pop("parent_role_id", UNSET))

        project_role = cls(
            id=id,
            project_id=project_id,
            name=name,
            permissions=permissions,
            is_system=is_system,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            parent_role_id=parent_role_id,
        )

        project_role.additional_properties = d
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
