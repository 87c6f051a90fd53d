from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetJobEndpointResponse")


@_attrs_define
class SetJobEndpointResponse:
    job: Job | None
    signing_secret: None | str | Unset = UNSET
    """ The new signing secret (`esec_` and 64 hex characters), present only after a rotation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | None
        if isinstance(self.job, Job):
            job = self.job.to_dict()
        else:
            job = self.job

        signing_secret: None | str | Unset
        if isinstance(self.signing_secret, Unset):
            signing_secret = UNSET
        else:
            signing_secret = self.signing_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
            }
        )
        if signing_secret is not UNSET:
            field_dict["signing_secret"] = signing_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        job = src_dict["job"]
        if isinstance(job, dict):
            try:
                job = Job.from_dict(job)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        signing_secret = _get("signing_secret", UNSET)

        set_job_endpoint_response = cls(
            job,
            signing_secret,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            set_job_endpoint_response.additional_properties = _extra
        return set_job_endpoint_response

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
        "signing_secret",
    }
)

from ..models.job import Job
