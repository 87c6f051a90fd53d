from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesRequest")


@_attrs_define
class ResourcesRequest:
    memory_mb: float | None | Unset = UNSET
    memory_percent: float | None | Unset = UNSET
    cpu_percent: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_mb: float | None | Unset
        if isinstance(self.memory_mb, Unset):
            memory_mb = UNSET
        else:
            memory_mb = self.memory_mb

        memory_percent: float | None | Unset
        if isinstance(self.memory_percent, Unset):
            memory_percent = UNSET
        else:
            memory_percent = self.memory_percent

        cpu_percent: float | None | Unset
        if isinstance(self.cpu_percent, Unset):
            cpu_percent = UNSET
        else:
            cpu_percent = self.cpu_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if memory_percent is not UNSET:
            field_dict["memory_percent"] = memory_percent
        if cpu_percent is not UNSET:
            field_dict["cpu_percent"] = cpu_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        memory_mb = _get("memory_mb", UNSET)

        memory_percent = _get("memory_percent", UNSET)

        cpu_percent = _get("cpu_percent", UNSET)

        resources_request = cls(
            memory_mb,
            memory_percent,
            cpu_percent,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resources_request.additional_properties = _extra
        return resources_request

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
        "memory_mb",
        "memory_percent",
        "cpu_percent",
    }
)
