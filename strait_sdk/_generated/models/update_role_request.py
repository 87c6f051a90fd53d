from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRoleRequest")


@_attrs_define
class UpdateRoleRequest:
    """The role's new fields. Fields left out are cleared, not kept."""

    name: str
    permissions: list[PermissionScope]
    description: None | str | Unset = UNSET
    parent_role_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = PermissionScope(permissions_item_data).value
            permissions.append(permissions_item)

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
                "name": name,
                "permissions": permissions,
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
        name = src_dict["name"]

        permissions = src_dict["permissions"]
        permissions = [
            (_members_of_permission_scope.get(item) or PermissionScope(item))
            for item in permissions
        ]

        description = _get("description", UNSET)

        parent_role_id = _get("parent_role_id", UNSET)

        update_role_request = cls(
            name,
            permissions,
            description,
            parent_role_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_role_request.additional_properties = _extra
        return update_role_request

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
        "permissions",
        "description",
        "parent_role_id",
    }
)
