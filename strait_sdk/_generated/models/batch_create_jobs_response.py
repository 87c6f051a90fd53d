from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCreateJobsResponse")


@_attrs_define
class BatchCreateJobsResponse:
    """The jobs created by a batch, and the items that failed."""

    created: list[Job] | None
    """ The new jobs in the order of their items, or null when no item succeeded. """
    errors: list[BatchJobError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        created: list[dict[str, Any]] | None
        if isinstance(self.created, list):
            created = []
            for created_type_0_item_data in self.created:
                created_type_0_item = created_type_0_item_data.to_dict()
                created.append(created_type_0_item)

        else:
            created = self.created

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        created = src_dict["created"]
        if isinstance(created, list):
            try:
                created = [Job.from_dict(item) for item in created]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        errors = _get("errors", UNSET)
        if isinstance(errors, list):
            try:
                errors = [BatchJobError.from_dict(item) for item in errors]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        batch_create_jobs_response = cls(
            created,
            errors,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            batch_create_jobs_response.additional_properties = _extra
        return batch_create_jobs_response

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
        "created",
        "errors",
    }
)

from ..models.batch_job_error import BatchJobError
from ..models.job import Job
