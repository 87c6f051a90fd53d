from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """An environment of a project. Variable values are never included."""

    id: str
    project_id: str
    name: str
    slug: str
    is_standard: bool
    """ True for the project's standard environments, which cannot be deleted. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    parent_id: None | str | Unset = UNSET
    """ The environment this one inherits variables from. """
    variable_keys: list[str] | None | Unset = UNSET
    """ The names of the environment's own variables. """
    resolved_variable_keys: list[str] | None | Unset = UNSET
    """ The names of all variables it resolves to, inherited ones included. """
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

        slug = self.slug

        is_standard = self.is_standard

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        variable_keys: list[str] | None | Unset
        if isinstance(self.variable_keys, Unset):
            variable_keys = UNSET
        elif isinstance(self.variable_keys, list):
            variable_keys = self.variable_keys

        else:
            variable_keys = self.variable_keys

        resolved_variable_keys: list[str] | None | Unset
        if isinstance(self.resolved_variable_keys, Unset):
            resolved_variable_keys = UNSET
        elif isinstance(self.resolved_variable_keys, list):
            resolved_variable_keys = self.resolved_variable_keys

        else:
            resolved_variable_keys = self.resolved_variable_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "slug": slug,
                "is_standard": is_standard,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if variable_keys is not UNSET:
            field_dict["variable_keys"] = variable_keys
        if resolved_variable_keys is not UNSET:
            field_dict["resolved_variable_keys"] = resolved_variable_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        is_standard = src_dict["is_standard"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        parent_id = _get("parent_id", UNSET)

        variable_keys = _get("variable_keys", UNSET)

        resolved_variable_keys = _get("resolved_variable_keys", UNSET)

        environment = cls(
            id,
            project_id,
            name,
            slug,
            is_standard,
            created_at,
            updated_at,
            parent_id,
            variable_keys,
            resolved_variable_keys,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            environment.additional_properties = _extra
        return environment

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
        "slug",
        "is_standard",
        "created_at",
        "updated_at",
        "parent_id",
        "variable_keys",
        "resolved_variable_keys",
    }
)
