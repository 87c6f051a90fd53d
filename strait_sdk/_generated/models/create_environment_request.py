from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEnvironmentRequest")


@_attrs_define
class CreateEnvironmentRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    slug: str
    parent_id: None | str | Unset = UNSET
    """ An environment to inherit variables from. """
    variables: None | StringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        slug = self.slug

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, StringMap):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "slug": slug,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        parent_id = _get("parent_id", UNSET)

        variables = _get("variables", UNSET)
        if isinstance(variables, dict):
            try:
                variables = StringMap.from_dict(variables)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_environment_request = cls(
            project_id,
            name,
            slug,
            parent_id,
            variables,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_environment_request.additional_properties = _extra
        return create_environment_request

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
        "name",
        "slug",
        "parent_id",
        "variables",
    }
)

from ..models.string_map import StringMap
