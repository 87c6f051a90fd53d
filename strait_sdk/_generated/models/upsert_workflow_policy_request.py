from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpsertWorkflowPolicyRequest")


@_attrs_define
class UpsertWorkflowPolicyRequest:
    max_fan_out: int
    """ The most steps that may depend on one step; 0 means no limit. """
    max_depth: int
    """ The longest chain of dependent steps; 0 means no limit. """
    forbidden_step_types: list[str]
    """ Step types that workflows may not use, such as `sub_workflow`. """
    require_approval_for_deploy: bool
    """ Require an approval step in workflows with a job step named like `deploy` or `release`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_fan_out = self.max_fan_out

        max_depth = self.max_depth

        forbidden_step_types = self.forbidden_step_types

        require_approval_for_deploy = self.require_approval_for_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_fan_out": max_fan_out,
                "max_depth": max_depth,
                "forbidden_step_types": forbidden_step_types,
                "require_approval_for_deploy": require_approval_for_deploy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        max_fan_out = src_dict["max_fan_out"]

        max_depth = src_dict["max_depth"]

        forbidden_step_types = src_dict["forbidden_step_types"]

        require_approval_for_deploy = src_dict["require_approval_for_deploy"]

        upsert_workflow_policy_request = cls(
            max_fan_out,
            max_depth,
            forbidden_step_types,
            require_approval_for_deploy,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            upsert_workflow_policy_request.additional_properties = _extra
        return upsert_workflow_policy_request

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
        "max_fan_out",
        "max_depth",
        "forbidden_step_types",
        "require_approval_for_deploy",
    }
)
