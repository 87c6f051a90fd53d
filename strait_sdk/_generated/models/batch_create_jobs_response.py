from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_job_error import BatchJobError
    from ..models.job import Job


T = TypeVar("T", bound="BatchCreateJobsResponse")


@_attrs_define
class BatchCreateJobsResponse:
    """The jobs created by a batch, and the items that failed."""

    created: list[Job] | None
    """ The new jobs in the order of their items, or null when no item succeeded. """
    errors: list[BatchJobError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.batch_job_error import BatchJobError  # noqa: PLC0415
        from ..models.job import Job  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_created(data: object) -> list[Job] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                created_type_0 = []
                _created_type_0 = data
                for created_type_0_item_data in _created_type_0:
                    created_type_0_item = Job.from_dict(created_type_0_item_data)

                    created_type_0.append(created_type_0_item)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Job] | None, data)

        created = _parse_created(d.pop("created"))

        def _parse_errors(data: object) -> list[BatchJobError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = BatchJobError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchJobError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        batch_create_jobs_response = cls(
            created=created,
            errors=errors,
        )

        batch_create_jobs_response.additional_properties = d
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
