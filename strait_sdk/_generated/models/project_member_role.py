from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectMemberRole")


@_attrs_define
class ProjectMemberRole:
    """A user's role in the project."""

    id: str
    project_id: str
    user_id: str
    role_id: str
    created_at: datetime.datetime
    granted_by: None | str | Unset = UNSET
    """ The actor that made the assignment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        user_id = self.user_id

        role_id = self.role_id

        created_at = self.created_at.isoformat()

        granted_by: None | str | Unset
        if isinstance(self.granted_by, Unset):
            granted_by = UNSET
        else:
            granted_by = self.granted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "user_id": user_id,
                "role_id": role_id,
                "created_at": created_at,
            }
        )
        if granted_by is not UNSET:
            field_dict["granted_by"] = granted_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        user_id = d.pop("user_id")

        role_id = d.pop("role_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_granted_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        granted_by = _parse_granted_by(d.pop("granted_by", UNSET))

        project_member_role = cls(
            id=id,
            project_id=project_id,
            user_id=user_id,
            role_id=role_id,
            created_at=created_at,
            granted_by=granted_by,
        )

        project_member_role.additional_properties = d
        return project_member_role

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
