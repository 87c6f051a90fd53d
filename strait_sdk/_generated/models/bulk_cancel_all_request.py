from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCancelAllRequest")


@_attrs_define
class BulkCancelAllRequest:
    """The filters are combined, and at least one is required."""

    job_id: None | str | Unset = UNSET
    batch_id: None | str | Unset = UNSET
    """ The `batch_id` of a bulk trigger. """
    triggered_by: None | str | Unset = UNSET
    status: None | RunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RunStatus):
            status = RunStatus(self.status).value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        job_id = _get("job_id", UNSET)

        batch_id = _get("batch_id", UNSET)

        triggered_by = _get("triggered_by", UNSET)

        status = _get("status", UNSET)
        if isinstance(status, str):
            try:
                status = _members_of_run_status.get(status) or RunStatus(status)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        bulk_cancel_all_request = cls(
            job_id,
            batch_id,
            triggered_by,
            status,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_cancel_all_request.additional_properties = _extra
        return bulk_cancel_all_request

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
        "job_id",
        "batch_id",
        "triggered_by",
        "status",
    }
)
