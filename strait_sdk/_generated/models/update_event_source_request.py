from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_signature_algorithm import (
    MEMBERS_BY_VALUE as _members_of_event_signature_algorithm,
)
from ..models.event_signature_algorithm import EventSignatureAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEventSourceRequest")


@_attrs_define
class UpdateEventSourceRequest:
    """Every field is optional; fields left out keep their values."""

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    schema: Any | Unset = UNSET
    """ A JSON Schema describing the events, any JSON value. """
    enabled: bool | None | Unset = UNSET
    signature_header: None | str | Unset = UNSET
    signature_algorithm: EventSignatureAlgorithm | None | Unset = UNSET
    signature_secret: None | str | Unset = UNSET
    """ A new secret; an empty string removes the stored one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schema = self.schema

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        signature_header: None | str | Unset
        if isinstance(self.signature_header, Unset):
            signature_header = UNSET
        else:
            signature_header = self.signature_header

        signature_algorithm: None | str | Unset
        if isinstance(self.signature_algorithm, Unset):
            signature_algorithm = UNSET
        elif isinstance(self.signature_algorithm, EventSignatureAlgorithm):
            signature_algorithm = EventSignatureAlgorithm(self.signature_algorithm).value
        else:
            signature_algorithm = self.signature_algorithm

        signature_secret: None | str | Unset
        if isinstance(self.signature_secret, Unset):
            signature_secret = UNSET
        else:
            signature_secret = self.signature_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if signature_header is not UNSET:
            field_dict["signature_header"] = signature_header
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if signature_secret is not UNSET:
            field_dict["signature_secret"] = signature_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        description = _get("description", UNSET)

        schema = _get("schema", UNSET)

        enabled = _get("enabled", UNSET)

        signature_header = _get("signature_header", UNSET)

        signature_algorithm = _get("signature_algorithm", UNSET)
        if isinstance(signature_algorithm, str):
            try:
                signature_algorithm = _members_of_event_signature_algorithm.get(
                    signature_algorithm
                ) or EventSignatureAlgorithm(signature_algorithm)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        signature_secret = _get("signature_secret", UNSET)

        update_event_source_request = cls(
            name,
            description,
            schema,
            enabled,
            signature_header,
            signature_algorithm,
            signature_secret,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_event_source_request.additional_properties = _extra
        return update_event_source_request

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
        "name",
        "description",
        "schema",
        "enabled",
        "signature_header",
        "signature_algorithm",
        "signature_secret",
    }
)
