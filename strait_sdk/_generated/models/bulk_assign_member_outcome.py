from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_assign_member_outcome_status import (
    MEMBERS_BY_VALUE as _members_of_bulk_assign_member_outcome_status,
)
from ..models.bulk_assign_member_outcome_status import BulkAssignMemberOutcomeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkAssignMemberOutcome")


@_attrs_define
class BulkAssignMemberOutcome:
    user_id: str
    role_id: str
    status: BulkAssignMemberOutcomeStatus
    error: None | str | Unset = UNSET
    """ Why the item failed, when `status` is `error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role_id = self.role_id

        status = BulkAssignMemberOutcomeStatus(self.status).value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "role_id": role_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        user_id = src_dict["user_id"]

        role_id = src_dict["role_id"]

        status = src_dict["status"]
        status = _members_of_bulk_assign_member_outcome_status.get(
            status
        ) or BulkAssignMemberOutcomeStatus(status)

        error = _get("error", UNSET)

        bulk_assign_member_outcome = cls(
            user_id,
            role_id,
            status,
            error,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_assign_member_outcome.additional_properties = _extra
        return bulk_assign_member_outcome

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
        "user_id",
        "role_id",
        "status",
        "error",
    }
)
