from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpiringApiKey")


@_attrs_define
class ExpiringApiKey:
    id: str
    name: str
    key_prefix: str
    expires_at: datetime.datetime | None
    days_left: int | None
    """ Whole days until expiry, never below 0, or null for keys without expiry. """
    no_expiry: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key_prefix = self.key_prefix

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        days_left: int | None
        days_left = self.days_left

        no_expiry = self.no_expiry

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "key_prefix": key_prefix,
                "expires_at": expires_at,
                "days_left": days_left,
                "no_expiry": no_expiry,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        key_prefix = src_dict["key_prefix"]

        expires_at = src_dict["expires_at"]
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        days_left = src_dict["days_left"]

        no_expiry = src_dict["no_expiry"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        expiring_api_key = cls(
            id,
            name,
            key_prefix,
            expires_at,
            days_left,
            no_expiry,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            expiring_api_key.additional_properties = _extra
        return expiring_api_key

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
        "name",
        "key_prefix",
        "expires_at",
        "days_left",
        "no_expiry",
        "created_at",
    }
)
