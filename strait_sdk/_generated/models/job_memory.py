from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
        _get = src_dict.get
        id = src_dict["id"]

        job_id = src_dict["job_id"]

        project_id = src_dict["project_id"]

        memory_key = src_dict["memory_key"]

        value = src_dict["value"]

        size_bytes = src_dict["size_bytes"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        ttl_expires_at = _get("ttl_expires_at", UNSET)
        if isinstance(ttl_expires_at, str):
            try:
                ttl_expires_at = datetime.datetime.fromisoformat(ttl_expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        job_memory = cls(
            id,
            job_id,
            project_id,
            memory_key,
            value,
            size_bytes,
            created_at,
            updated_at,
            ttl_expires_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_memory.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "id",
        "job_id",
        "project_id",
        "memory_key",
        "value",
        "size_bytes",
        "created_at",
        "updated_at",
        "ttl_expires_at",
    }
)
