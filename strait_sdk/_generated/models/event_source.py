from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_signature_algorithm import EventSignatureAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSource")


@_attrs_define
class EventSource:
    """A named source of external events, such as a third-party webhook. The signing secret is never returned."""

    id: str
    project_id: str
    name: str
    """ The name that `dispatch-event` uses as `source`. """
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    schema: Any | Unset = UNSET
    """ A JSON Schema describing the events, as given at creation. """
    signature_header: None | str | Unset = UNSET
    signature_algorithm: EventSignatureAlgorithm | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        schema = self.schema

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "enabled": enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if signature_header is not UNSET:
            field_dict["signature_header"] = signature_header
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        schema = d.pop("schema", UNSET)

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

        event_source = cls(
            id=id,
            project_id=project_id,
            name=name,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            schema=schema,
            signature_header=signature_header,
            signature_algorithm=signature_algorithm,
        )

        event_source.additional_properties = d
        return event_source

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
