from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_max_key_lifetime_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_key_lifetime_days = _parse_max_key_lifetime_days(d.pop("max_key_lifetime_days", UNSET))

        update_project_settings_request = cls(
            max_key_lifetime_days=max_key_lifetime_days,
        )

        update_project_settings_request.additional_properties = d
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
