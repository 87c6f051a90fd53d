from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSecretRequest")


@_attrs_define
class CreateSecretRequest:
    project_id: str
    """ Must be the API key's project. """
    secret_key: str
    value: str
    """ The plaintext value, encrypted by the server before it is stored. """
    job_id: None | str | Unset = UNSET
    """ Limit the secret to this job. Absent means every job of the environment. """
    environment: None | str | Unset = UNSET
    """ An environment id, slug or name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        secret_key = self.secret_key

        value = self.value

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "secret_key": secret_key,
                "value": value,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        secret_key = src_dict["secret_key"]

        value = src_dict["value"]

        job_id = _get("job_id", UNSET)

        environment = _get("environment", UNSET)

        create_secret_request = cls(
            project_id,
            secret_key,
            value,
            job_id,
            environment,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_secret_request.additional_properties = _extra
        return create_secret_request

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
        "project_id",
        "secret_key",
        "value",
        "job_id",
        "environment",
    }
)
