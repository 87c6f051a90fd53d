from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMemory")


@_attrs_define
class JobMemory:
    id: str
    job_id: str
    project_id: str
    memory_key: str
    value: Any
    """ The stored JSON value. """
    size_bytes: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ttl_expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        project_id = self.project_id

        memory_key = self.memory_key

        value = self.value

        size_bytes = self.size_bytes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        ttl_expires_at: None | str | Unset
        if isinstance(self.ttl_expires_at, Unset):
            ttl_expires_at = UNSET
        elif isinstance(self.ttl_expires_at, datetime.datetime):
            ttl_expires_at = self.ttl_expires_at.isoformat()
        else:
            ttl_expires_at = self.ttl_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "project_id": project_id,
                "memory_key": memory_key,
                "value": value,
                "size_bytes": size_bytes,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if ttl_expires_at is not UNSET:
            field_dict["ttl_expires_at"] = ttl_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        job_id = d.pop("job_id")

        project_id = d.pop("project_id")

        memory_key = d.pop("memory_key")

        value = d.pop("value")

        size_bytes = d.pop("size_bytes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_ttl_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return ttl_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ttl_expires_at = _parse_ttl_expires_at(d.pop("ttl_expires_at", UNSET))

        job_memory = cls(
            id=id,
            job_id=job_id,
            project_id=project_id,
            memory_key=memory_key,
            value=value,
            size_bytes=size_bytes,
            created_at=created_at,
            updated_at=updated_at,
            ttl_expires_at=ttl_expires_at,
        )

        job_memory.additional_properties = d
        return job_memory

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
