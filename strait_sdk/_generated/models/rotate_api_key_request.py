from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RotateApiKeyRequest")


@_attrs_define
class RotateApiKeyRequest:
    grace_period_minutes: int | None | Unset = UNSET
    """ Minutes the old key keeps working. The server uses 60 when it is absent, zero or negative. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grace_period_minutes: int | None | Unset
        if isinstance(self.grace_period_minutes, Unset):
            grace_period_minutes = UNSET
        else:
            grace_period_minutes = self.grace_period_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grace_period_minutes is not UNSET:
            field_dict["grace_period_minutes"] = grace_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        grace_period_minutes = _get("grace_period_minutes", UNSET)

        rotate_api_key_request = cls(
            grace_period_minutes,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            rotate_api_key_request.additional_properties = _extra
        return rotate_api_key_request

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
        "grace_period_minutes",
    }
)
