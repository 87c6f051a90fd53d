from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
from ..models.permission_scope import PermissionScope

T = TypeVar("T", bound="CreateResourcePolicyRequest")


@_attrs_define
class CreateResourcePolicyRequest:
    project_id: str
    """ Must be the API key's project. """
    resource_type: str
    resource_id: str
    user_id: str
    actions: list[PermissionScope]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        resource_type = self.resource_type

        resource_id = self.resource_id

        user_id = self.user_id

        actions = []
        for actions_item_data in self.actions:
            actions_item = PermissionScope(actions_item_data).value
            actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "user_id": user_id,
                "actions": actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        resource_type = src_dict["resource_type"]

        resource_id = src_dict["resource_id"]

        user_id = src_dict["user_id"]

        actions = src_dict["actions"]
        actions = [
            (_members_of_permission_scope.get(item) or PermissionScope(item)) for item in actions
        ]

        create_resource_policy_request = cls(
            project_id,
            resource_type,
            resource_id,
            user_id,
            actions,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_resource_policy_request.additional_properties = _extra
        return create_resource_policy_request

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
        "resource_type",
        "resource_id",
        "user_id",
        "actions",
    }
)
