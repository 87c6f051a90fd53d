from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActiveWorkflowVersion")


@_attrs_define
class ActiveWorkflowVersion:
    version_id: str
    version: int
    pending: int
    running: int
    paused: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version = self.version

        pending = self.pending

        running = self.running

        paused = self.paused

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "version": version,
                "pending": pending,
                "running": running,
                "paused": paused,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version_id = src_dict["version_id"]

        version = src_dict["version"]

        pending = src_dict["pending"]

        running = src_dict["running"]

        paused = src_dict["paused"]

        total = src_dict["total"]

        active_workflow_version = cls(
            version_id,
            version,
            pending,
            running,
            paused,
            total,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            active_workflow_version.additional_properties = _extra
        return active_workflow_version

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
        "version_id",
        "version",
        "pending",
        "running",
        "paused",
        "total",
    }
)
