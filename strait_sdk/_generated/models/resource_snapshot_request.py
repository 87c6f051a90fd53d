from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceSnapshotRequest")


@_attrs_define
class ResourceSnapshotRequest:
    cpu_percent: float | None | Unset = UNSET
    memory_mb: float | None | Unset = UNSET
    memory_limit_mb: float | None | Unset = UNSET
    network_rx_bytes: int | None | Unset = UNSET
    network_tx_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_percent: float | None | Unset
        if isinstance(self.cpu_percent, Unset):
            cpu_percent = UNSET
        else:
            cpu_percent = self.cpu_percent

        memory_mb: float | None | Unset
        if isinstance(self.memory_mb, Unset):
            memory_mb = UNSET
        else:
            memory_mb = self.memory_mb

        memory_limit_mb: float | None | Unset
        if isinstance(self.memory_limit_mb, Unset):
            memory_limit_mb = UNSET
        else:
            memory_limit_mb = self.memory_limit_mb

        network_rx_bytes: int | None | Unset
        if isinstance(self.network_rx_bytes, Unset):
            network_rx_bytes = UNSET
        else:
            network_rx_bytes = self.network_rx_bytes

        network_tx_bytes: int | None | Unset
        if isinstance(self.network_tx_bytes, Unset):
            network_tx_bytes = UNSET
        else:
            network_tx_bytes = self.network_tx_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_percent is not UNSET:
            field_dict["cpu_percent"] = cpu_percent
        if memory_mb is not UNSET:
            field_dict["memory_mb"] = memory_mb
        if memory_limit_mb is not UNSET:
            field_dict["memory_limit_mb"] = memory_limit_mb
        if network_rx_bytes is not UNSET:
            field_dict["network_rx_bytes"] = network_rx_bytes
        if network_tx_bytes is not UNSET:
            field_dict["network_tx_bytes"] = network_tx_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        cpu_percent = _get("cpu_percent", UNSET)

        memory_mb = _get("memory_mb", UNSET)

        memory_limit_mb = _get("memory_limit_mb", UNSET)

        network_rx_bytes = _get("network_rx_bytes", UNSET)

        network_tx_bytes = _get("network_tx_bytes", UNSET)

        resource_snapshot_request = cls(
            cpu_percent,
            memory_mb,
            memory_limit_mb,
            network_rx_bytes,
            network_tx_bytes,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource_snapshot_request.additional_properties = _extra
        return resource_snapshot_request

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
        "cpu_percent",
        "memory_mb",
        "memory_limit_mb",
        "network_rx_bytes",
        "network_tx_bytes",
    }
)
