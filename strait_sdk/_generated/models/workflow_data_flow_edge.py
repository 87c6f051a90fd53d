from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowDataFlowEdge")


@_attrs_define
class WorkflowDataFlowEdge:
    """Data passed from one step to a step that depends on it."""

    from_step_ref: str
    to_step_ref: str
    data_size_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_step_ref = self.from_step_ref

        to_step_ref = self.to_step_ref

        data_size_bytes: int | None | Unset
        if isinstance(self.data_size_bytes, Unset):
            data_size_bytes = UNSET
        else:
            data_size_bytes = self.data_size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_step_ref": from_step_ref,
                "to_step_ref": to_step_ref,
            }
        )
        if data_size_bytes is not UNSET:
            field_dict["data_size_bytes"] = data_size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        from_step_ref = src_dict["from_step_ref"]

        to_step_ref = src_dict["to_step_ref"]

        data_size_bytes = _get("data_size_bytes", UNSET)

        workflow_data_flow_edge = cls(
            from_step_ref,
            to_step_ref,
            data_size_bytes,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_data_flow_edge.additional_properties = _extra
        return workflow_data_flow_edge

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
        "from_step_ref",
        "to_step_ref",
        "data_size_bytes",
    }
)
