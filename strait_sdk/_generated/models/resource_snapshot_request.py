from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_cpu_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_percent = _parse_cpu_percent(d.pop("cpu_percent", UNSET))

        def _parse_memory_mb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        memory_mb = _parse_memory_mb(d.pop("memory_mb", UNSET))

        def _parse_memory_limit_mb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        memory_limit_mb = _parse_memory_limit_mb(d.pop("memory_limit_mb", UNSET))

        def _parse_network_rx_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        network_rx_bytes = _parse_network_rx_bytes(d.pop("network_rx_bytes", UNSET))

        def _parse_network_tx_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        network_tx_bytes = _parse_network_tx_bytes(d.pop("network_tx_bytes", UNSET))

        resource_snapshot_request = cls(
            cpu_percent=cpu_percent,
            memory_mb=memory_mb,
            memory_limit_mb=memory_limit_mb,
            network_rx_bytes=network_rx_bytes,
            network_tx_bytes=network_tx_bytes,
        )

        resource_snapshot_request.additional_properties = d
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
