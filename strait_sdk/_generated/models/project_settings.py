from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings:
    project_id: str
    plan_tier: str
    """ The plan of the project's organization, such as `free` or `pro`. """
    max_key_lifetime_days: int
    """ The longest lifetime, in days, that new API keys of the project may have. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        plan_tier = self.plan_tier

        max_key_lifetime_days = self.max_key_lifetime_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "plan_tier": plan_tier,
                "max_key_lifetime_days": max_key_lifetime_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]

        plan_tier = src_dict["plan_tier"]

        max_key_lifetime_days = src_dict["max_key_lifetime_days"]

        project_settings = cls(
            project_id,
            plan_tier,
            max_key_lifetime_days,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_settings.additional_properties = _extra
        return project_settings

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
        "plan_tier",
        "max_key_lifetime_days",
    }
)
