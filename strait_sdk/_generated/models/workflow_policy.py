from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowPolicy")


@_attrs_define
class WorkflowPolicy:
    """Limits that every workflow of a project must respect."""

    id: str
    project_id: str
    max_fan_out: int
    """ The most steps that may depend on one step; 0 means no limit. """
    max_depth: int
    """ The longest chain of dependent steps; 0 means no limit. """
    require_approval_for_deploy: bool
    """ When true, a workflow with a job step whose `step_ref` contains `deploy` or `release`
    must also have an approval step.
     """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    forbidden_step_types: list[str] | None | Unset = UNSET
    """ Step types that workflows may not use, compared without regard to case. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        max_fan_out = self.max_fan_out

        max_depth = self.max_depth

        require_approval_for_deploy = self.require_approval_for_deploy

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        forbidden_step_types: list[str] | None | Unset
        if isinstance(self.forbidden_step_types, Unset):
            forbidden_step_types = UNSET
        elif isinstance(self.forbidden_step_types, list):
            forbidden_step_types = self.forbidden_step_types

        else:
            forbidden_step_types = self.forbidden_step_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "max_fan_out": max_fan_out,
                "max_depth": max_depth,
                "require_approval_for_deploy": require_approval_for_deploy,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if forbidden_step_types is not UNSET:
            field_dict["forbidden_step_types"] = forbidden_step_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        max_fan_out = src_dict["max_fan_out"]

        max_depth = src_dict["max_depth"]

        require_approval_for_deploy = src_dict["require_approval_for_deploy"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        forbidden_step_types = _get("forbidden_step_types", UNSET)

        workflow_policy = cls(
            id,
            project_id,
            max_fan_out,
            max_depth,
            require_approval_for_deploy,
            created_at,
            updated_at,
            forbidden_step_types,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_policy.additional_properties = _extra
        return workflow_policy

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
        "project_id",
        "max_fan_out",
        "max_depth",
        "require_approval_for_deploy",
        "created_at",
        "updated_at",
        "forbidden_step_types",
    }
)
