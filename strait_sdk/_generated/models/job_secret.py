from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSecret")


@_attrs_define
class JobSecret:
    """A secret's metadata. The value is never returned."""

    id: str
    project_id: str
    environment: str
    """ The environment's id, or the name given at creation when the project has no environments. """
    secret_key: str
    """ The name the secret is injected under. """
    key_version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    job_id: None | str | Unset = UNSET
    """ The job the secret belongs to, absent for secrets of the whole environment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        environment = self.environment

        secret_key = self.secret_key

        key_version = self.key_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "environment": environment,
                "secret_key": secret_key,
                "key_version": key_version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        environment = src_dict["environment"]

        secret_key = src_dict["secret_key"]

        key_version = src_dict["key_version"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        job_id = _get("job_id", UNSET)

        job_secret = cls(
            id,
            project_id,
            environment,
            secret_key,
            key_version,
            created_at,
            updated_at,
            job_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_secret.additional_properties = _extra
        return job_secret

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
        "environment",
        "secret_key",
        "key_version",
        "created_at",
        "updated_at",
        "job_id",
    }
)
