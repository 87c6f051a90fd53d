from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DryRunJob")


@_attrs_define
class DryRunJob:
    id: str
    name: str
    slug: str
    timeout_secs: int
    max_attempts: int
    version: int
    execution_mode: None | str | Unset = UNSET
    queue: None | str | Unset = UNSET
    version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        timeout_secs = self.timeout_secs

        max_attempts = self.max_attempts

        version = self.version

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = self.execution_mode

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "timeout_secs": timeout_secs,
                "max_attempts": max_attempts,
                "version": version,
            }
        )
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if queue is not UNSET:
            field_dict["queue"] = queue
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        timeout_secs = src_dict["timeout_secs"]

        max_attempts = src_dict["max_attempts"]

        version = src_dict["version"]

        execution_mode = _get("execution_mode", UNSET)

        queue = _get("queue", UNSET)

        version_id = _get("version_id", UNSET)

        dry_run_job = cls(
            id,
            name,
            slug,
            timeout_secs,
            max_attempts,
            version,
            execution_mode,
            queue,
            version_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            dry_run_job.additional_properties = _extra
        return dry_run_job

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
        "slug",
        "timeout_secs",
        "max_attempts",
        "version",
        "execution_mode",
        "queue",
        "version_id",
    }
)
