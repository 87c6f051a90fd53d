from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CanaryRollbackResult")


@_attrs_define
class CanaryRollbackResult:
    workflow_id: str
    traffic_pct: int
    """ Always 0. """
    status: str
    """ Always `rolled_back`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        traffic_pct = self.traffic_pct

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "traffic_pct": traffic_pct,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        workflow_id = src_dict["workflow_id"]

        traffic_pct = src_dict["traffic_pct"]

        status = src_dict["status"]

        canary_rollback_result = cls(
            workflow_id,
            traffic_pct,
            status,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            canary_rollback_result.additional_properties = _extra
        return canary_rollback_result

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
        "workflow_id",
        "traffic_pct",
        "status",
    }
)
