from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectSettingsRequest")


@_attrs_define
class UpdateProjectSettingsRequest:
    max_key_lifetime_days: int | None | Unset = UNSET
    """ The longest lifetime, in days, that new API keys of the project may have. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_key_lifetime_days: int | None | Unset
        if isinstance(self.max_key_lifetime_days, Unset):
            max_key_lifetime_days = UNSET
        else:
            max_key_lifetime_days = self.max_key_lifetime_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_key_lifetime_days is not UNSET:
            field_dict["max_key_lifetime_days"] = max_key_lifetime_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        max_key_lifetime_days = _get("max_key_lifetime_days", UNSET)

        update_project_settings_request = cls(
            max_key_lifetime_days,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_project_settings_request.additional_properties = _extra
        return update_project_settings_request

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
        "max_key_lifetime_days",
    }
)
