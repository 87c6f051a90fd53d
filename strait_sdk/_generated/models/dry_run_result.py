from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dry_run_job import DryRunJob


T = TypeVar("T", bound="DryRunResult")


@_attrs_define
class DryRunResult:
    """What a trigger would do, returned for `dry_run`."""

    job: DryRunJob | None
    """ The job the run would belong to; null if the server could not load it. """
    payload_hash: str
    expires_at: datetime.datetime
    payload: Any | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    validation_warnings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dry_run_job import DryRunJob  # noqa: PLC0415

        job: dict[str, Any] | None
        if isinstance(self.job, DryRunJob):
            job = self.job.to_dict()
        else:
            job = self.job

        payload_hash = self.payload_hash

        expires_at = self.expires_at.isoformat()

        payload = self.payload

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        validation_warnings: list[str] | None | Unset
        if isinstance(self.validation_warnings, Unset):
            validation_warnings = UNSET
        elif isinstance(self.validation_warnings, list):
            validation_warnings = self.validation_warnings

        else:
            validation_warnings = self.validation_warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "payload_hash": payload_hash,
                "expires_at": expires_at,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if validation_warnings is not UNSET:
            field_dict["validation_warnings"] = validation_warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dry_run_job import DryRunJob  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_job(data: object) -> DryRunJob | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_type_0 = DryRunJob.from_dict(data)

                return job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DryRunJob | None, data)

        job = _parse_job(d.pop("job"))

        payload_hash = d.pop("payload_hash")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        payload = d.pop("payload", UNSET)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        def _parse_validation_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_warnings_type_0 = cast(list[str], data)

                return validation_warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        validation_warnings = _parse_validation_warnings(d.pop("validation_warnings", UNSET))

        dry_run_result = cls(
            job=job,
            payload_hash=payload_hash,
            expires_at=expires_at,
            payload=payload,
            scheduled_at=scheduled_at,
            validation_warnings=validation_warnings,
        )

        dry_run_result.additional_properties = d
        return dry_run_result

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
