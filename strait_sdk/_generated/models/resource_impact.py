from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_action import MEMBERS_BY_VALUE as _members_of_resource_action
from ..models.resource_action import ResourceAction

T = TypeVar("T", bound="ResourceImpact")


@_attrs_define
class ResourceImpact:
    resource: str
    """ Such as `projects`, `members_per_org` or `concurrent_runs`. """
    current: int
    """ Current use; -1 means unlimited. """
    limit: int
    """ The new plan's limit; -1 means unlimited. """
    action: ResourceAction
    """ `ok` when the resource fits, `reduce` when it must shrink, `remove` when the new plan allows none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        current = self.current

        limit = self.limit

        action = ResourceAction(self.action).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "current": current,
                "limit": limit,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource = src_dict["resource"]

        current = src_dict["current"]

        limit = src_dict["limit"]

        action = src_dict["action"]
        action = _members_of_resource_action.get(action) or ResourceAction(action)

        resource_impact = cls(
            resource,
            current,
            limit,
            action,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource_impact.additional_properties = _extra
        return resource_impact

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
        "resource",
        "current",
        "limit",
        "action",
    }
)
