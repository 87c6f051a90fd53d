from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import PermissionScope

T = TypeVar("T", bound="ResourcePolicy")


@_attrs_define
class ResourcePolicy:
    """Actions one user may take on one resource, in addition to their role."""

    id: str
    project_id: str
    resource_type: str
    resource_id: str
    user_id: str
    actions: list[PermissionScope]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        resource_type = self.resource_type

        resource_id = self.resource_id

        user_id = self.user_id

        actions = []
        for actions_item_data in self.actions:
            actions_item = PermissionScope(actions_item_data).value
            actions.append(actions_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "resource_type": resource_type,
                "resource_id": resource_id,
                "user_id": user_id,
                "actions": actions,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        resource_type = d.pop("resource_type")

        resource_id = d.pop("resource_id")

        user_id = d.pop("user_id")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = PermissionScope(actions_item_data)

            actions.append(actions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        resource_policy = cls(
            id=id,
            project_id=project_id,
            resource_type=resource_type,
            resource_id=resource_id,
            user_id=user_id,
            actions=actions,
            created_at=created_at,
        )

        resource_policy.additional_properties = d
        return resource_policy

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
