from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagPolicy")


@_attrs_define
class TagPolicy:
    """Actions one user may take on every resource of a kind that carries a tag."""

    id: str
    project_id: str
    resource_type: str
    user_id: str
    tag_key: str
    actions: list[PermissionScope]
    created_at: datetime.datetime
    tag_value: None | str | Unset = UNSET
    """ Absent when the policy was created without one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        resource_type = self.resource_type

        user_id = self.user_id

        tag_key = self.tag_key

        actions = []
        for actions_item_data in self.actions:
            actions_item = PermissionScope(actions_item_data).value
            actions.append(actions_item)

        created_at = self.created_at.isoformat()

        tag_value: None | str | Unset
        if isinstance(self.tag_value, Unset):
            tag_value = UNSET
        else:
            tag_value = self.tag_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "resource_type": resource_type,
                "user_id": user_id,
                "tag_key": tag_key,
                "actions": actions,
                "created_at": created_at,
            }
        )
        if tag_value is not UNSET:
            field_dict["tag_value"] = tag_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        resource_type = d.pop("resource_type")

        user_id = d.pop("user_id")

        tag_key = d.pop("tag_key")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = PermissionScope(actions_item_data)

            actions.append(actions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_tag_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag_value = _parse_tag_value(d.pop("tag_value", UNSET))

        tag_policy = cls(
            id=id,
            project_id=project_id,
            resource_type=resource_type,
            user_id=user_id,
            tag_key=tag_key,
            actions=actions,
            created_at=created_at,
            tag_value=tag_value,
        )

        tag_policy.additional_properties = d
        return tag_policy

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
