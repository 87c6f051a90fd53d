from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetJobEndpointRequest")


@_attrs_define
class SetJobEndpointRequest:
    endpoint_url: str
    fallback_endpoint_url: None | str | Unset = UNSET
    """ Tried when the main URL fails. """
    rotate_signing_secret: bool | None | Unset = UNSET
    """ Make a new signing secret and return it once. False keeps the current one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_url = self.endpoint_url

        fallback_endpoint_url: None | str | Unset
        if isinstance(self.fallback_endpoint_url, Unset):
            fallback_endpoint_url = UNSET
        else:
            fallback_endpoint_url = self.fallback_endpoint_url

        rotate_signing_secret: bool | None | Unset
        if isinstance(self.rotate_signing_secret, Unset):
            rotate_signing_secret = UNSET
        else:
            rotate_signing_secret = self.rotate_signing_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint_url": endpoint_url,
            }
        )
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if rotate_signing_secret is not UNSET:
            field_dict["rotate_signing_secret"] = rotate_signing_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        endpoint_url = src_dict["endpoint_url"]

        fallback_endpoint_url = _get("fallback_endpoint_url", UNSET)

        rotate_signing_secret = _get("rotate_signing_secret", UNSET)

        set_job_endpoint_request = cls(
            endpoint_url,
            fallback_endpoint_url,
            rotate_signing_secret,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            set_job_endpoint_request.additional_properties = _extra
        return set_job_endpoint_request

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
        "endpoint_url",
        "fallback_endpoint_url",
        "rotate_signing_secret",
    }
)
