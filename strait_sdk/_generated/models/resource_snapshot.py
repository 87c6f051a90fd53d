from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResourceSnapshot")


@_attrs_define
class ResourceSnapshot:
    id: str
    run_id: str
    cpu_percent: float
    memory_mb: float
    memory_limit_mb: float
    network_rx_bytes: int
    network_tx_bytes: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        cpu_percent = self.cpu_percent

        memory_mb = self.memory_mb

        memory_limit_mb = self.memory_limit_mb

        network_rx_bytes = self.network_rx_bytes

        network_tx_bytes = self.network_tx_bytes

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "cpu_percent": cpu_percent,
                "memory_mb": memory_mb,
                "memory_limit_mb": memory_limit_mb,
                "network_rx_bytes": network_rx_bytes,
                "network_tx_bytes": network_tx_bytes,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        run_id = src_dict["run_id"]

        cpu_percent = src_dict["cpu_percent"]

        memory_mb = src_dict["memory_mb"]

        memory_limit_mb = src_dict["memory_limit_mb"]

        network_rx_bytes = src_dict["network_rx_bytes"]

        network_tx_bytes = src_dict["network_tx_bytes"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        resource_snapshot = cls(
            id,
            run_id,
            cpu_percent,
            memory_mb,
            memory_limit_mb,
            network_rx_bytes,
            network_tx_bytes,
            created_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            resource_snapshot.additional_properties = _extra
        return resource_snapshot

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
        "run_id",
        "cpu_percent",
        "memory_mb",
        "memory_limit_mb",
        "network_rx_bytes",
        "network_tx_bytes",
        "created_at",
    }
)
