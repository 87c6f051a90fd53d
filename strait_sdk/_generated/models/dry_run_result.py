from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
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
        _get = src_dict.get
        job = src_dict["job"]
        if isinstance(job, dict):
            try:
                job = DryRunJob.from_dict(job)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payload_hash = src_dict["payload_hash"]

        expires_at = src_dict["expires_at"]
        expires_at = datetime.datetime.fromisoformat(expires_at)

        payload = _get("payload", UNSET)

        scheduled_at = _get("scheduled_at", UNSET)
        if isinstance(scheduled_at, str):
            try:
                scheduled_at = datetime.datetime.fromisoformat(scheduled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        validation_warnings = _get("validation_warnings", UNSET)

        dry_run_result = cls(
            job,
            payload_hash,
            expires_at,
            payload,
            scheduled_at,
            validation_warnings,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            dry_run_result.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "job",
        "payload_hash",
        "expires_at",
        "payload",
        "scheduled_at",
        "validation_warnings",
    }
)

from ..models.dry_run_job import DryRunJob
