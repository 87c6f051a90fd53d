from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import MEMBERS_BY_VALUE as _members_of_permission_scope
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
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

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
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        resource_type = src_dict["resource_type"]

        resource_id = src_dict["resource_id"]

        user_id = src_dict["user_id"]

        actions = src_dict["actions"]
        actions = [
            (_members_of_permission_scope.get(item) or PermissionScope(item)) for item in actions
        ]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        resource_policy = cls(
            id,
            project_id,
            resource_type,
            resource_id,
            user_id,
            actions,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource_policy.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "id",
        "project_id",
        "resource_type",
        "resource_id",
        "user_id",
        "actions",
        "created_at",
    }
)
