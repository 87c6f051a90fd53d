from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_signature_algorithm import EventSignatureAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEventSourceRequest")


@_attrs_define
class CreateEventSourceRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    description: None | str | Unset = UNSET
    schema: Any | Unset = UNSET
    """ A JSON Schema describing the events, any JSON value. """
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    signature_header: None | str | Unset = UNSET
    """ The request header of `dispatch-event` that carries the signature. """
    signature_algorithm: EventSignatureAlgorithm | None | Unset = UNSET
    signature_secret: None | str | Unset = UNSET
    """ The secret that signatures are checked with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

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
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
            }
        )
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
        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        schema = d.pop("schema", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_signature_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_header = _parse_signature_header(d.pop("signature_header", UNSET))

        def _parse_signature_algorithm(data: object) -> EventSignatureAlgorithm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_algorithm_type_0 = EventSignatureAlgorithm(data)

                return signature_algorithm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSignatureAlgorithm | None | Unset, data)

        signature_algorithm = _parse_signature_algorithm(d.pop("signature_algorithm", UNSET))

        def _parse_signature_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_secret = _parse_signature_secret(d.pop("signature_secret", UNSET))

        create_event_source_request = cls(
            project_id=project_id,
            name=name,
            description=description,
            schema=schema,
            enabled=enabled,
            signature_header=signature_header,
            signature_algorithm=signature_algorithm,
            signature_secret=signature_secret,
        )

        create_event_source_request.additional_properties = d
        return create_event_source_request

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
