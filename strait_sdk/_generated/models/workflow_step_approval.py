from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepApproval")


@_attrs_define
class WorkflowStepApproval:
    id: str
    workflow_run_id: str
    workflow_step_run_id: str
    approvers: list[str]
    status: str
    requested_at: datetime.datetime
    approved_by: None | str | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_run_id = self.workflow_run_id

        workflow_step_run_id = self.workflow_step_run_id

        approvers = self.approvers

        status = self.status

        requested_at = self.requested_at.isoformat()

        approved_by: None | str | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = self.approved_by

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_run_id": workflow_run_id,
                "workflow_step_run_id": workflow_step_run_id,
                "approvers": approvers,
                "status": status,
                "requested_at": requested_at,
            }
        )
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_run_id = src_dict["workflow_run_id"]

        workflow_step_run_id = src_dict["workflow_step_run_id"]

        approvers = src_dict["approvers"]

        status = src_dict["status"]

        requested_at = src_dict["requested_at"]
        requested_at = datetime.datetime.fromisoformat(requested_at)

        approved_by = _get("approved_by", UNSET)

        approved_at = _get("approved_at", UNSET)
        if isinstance(approved_at, str):
            try:
                approved_at = datetime.datetime.fromisoformat(approved_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expires_at = _get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = _get("error", UNSET)

        workflow_step_approval = cls(
            id,
            workflow_run_id,
            workflow_step_run_id,
            approvers,
            status,
            requested_at,
            approved_by,
            approved_at,
            expires_at,
            error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_step_approval.additional_properties = _extra
        return workflow_step_approval

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
        "workflow_run_id",
        "workflow_step_run_id",
        "approvers",
        "status",
        "requested_at",
        "approved_by",
        "approved_at",
        "expires_at",
        "error",
    }
)
