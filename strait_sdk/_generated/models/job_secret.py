from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        environment = d.pop("environment")

        secret_key = d.pop("secret_key")

        key_version = d.pop("key_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("job_id", UNSET))

        job_secret = cls(
            id=id,
            project_id=project_id,
            environment=environment,
            secret_key=secret_key,
            key_version=key_version,
            created_at=created_at,
            updated_at=updated_at,
            job_id=job_id,
        )

        job_secret.additional_properties = d
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
