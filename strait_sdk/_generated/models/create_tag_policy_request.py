from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_scope import PermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagPolicyRequest")


@_attrs_define
class CreateTagPolicyRequest:
    project_id: str
    """ Must be the API key's project. """
    resource_type: str
    user_id: str
    tag_key: str
    actions: list[PermissionScope]
    tag_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        resource_type = self.resource_type

        user_id = self.user_id

        tag_key = self.tag_key

        actions = []
        for actions_item_data in self.actions:
            actions_item = PermissionScope(actions_item_data).value
            actions.append(actions_item)

        tag_value: None | str | Unset
        if isinstance(self.tag_value, Unset):
            tag_value = UNSET
        else:
            tag_value = self.tag_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "resource_type": resource_type,
                "user_id": user_id,
                "tag_key": tag_key,
                "actions": actions,
            }
        )
        if tag_value is not UNSET:
            field_dict["tag_value"] = tag_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        resource_type = d.pop("resource_type")

        user_id = d.pop("user_id")

        tag_key = d.pop("tag_key")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = PermissionScope(actions_item_data)

            actions.append(actions_item)

        def _parse_tag_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag_value = _parse_tag_value(d.pop("tag_value", UNSET))

        create_tag_policy_request = cls(
            project_id=project_id,
            resource_type=resource_type,
            user_id=user_id,
            tag_key=tag_key,
            actions=actions,
            tag_value=tag_value,
        )

        create_tag_policy_request.additional_properties = d
        return create_tag_policy_request

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
