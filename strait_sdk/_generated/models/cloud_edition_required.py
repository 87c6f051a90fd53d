from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CloudEditionRequired")


@_attrs_define
class CloudEditionRequired:
    """The flat body of a cloud-only route on the community edition; it is not the error envelope."""

    error: str
    """ A sentence that names the missing edition. """
    edition: str
    """ The server's edition, `community`. """
    upgrade: str
    """ A URL with the plans of Strait Cloud. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        edition = self.edition

        upgrade = self.upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "edition": edition,
                "upgrade": upgrade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        error = src_dict["error"]

        edition = src_dict["edition"]

        upgrade = src_dict["upgrade"]

        cloud_edition_required = cls(
            error,
            edition,
            upgrade,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            cloud_edition_required.additional_properties = _extra
        return cloud_edition_required

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
        "error",
        "edition",
        "upgrade",
    }
)
