from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_signature_algorithm import (
    MEMBERS_BY_VALUE as _members_of_event_signature_algorithm,
)
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
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

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
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        enabled = src_dict["enabled"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        description = _get("description", UNSET)

        schema = _get("schema", UNSET)

        signature_header = _get("signature_header", UNSET)

        signature_algorithm = _get("signature_algorithm", UNSET)
        if isinstance(signature_algorithm, str):
            try:
                signature_algorithm = _members_of_event_signature_algorithm.get(
                    signature_algorithm
                ) or EventSignatureAlgorithm(signature_algorithm)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        event_source = cls(
            id,
            project_id,
            name,
            enabled,
            created_at,
            updated_at,
            description,
            schema,
            signature_header,
            signature_algorithm,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_source.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "id",
        "project_id",
        "name",
        "enabled",
        "created_at",
        "updated_at",
        "description",
        "schema",
        "signature_header",
        "signature_algorithm",
    }
)
