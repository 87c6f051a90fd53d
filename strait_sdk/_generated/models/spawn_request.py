from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpawnRequest")


@_attrs_define
class SpawnRequest:
    job_slug: str
    project_id: str
    payload: Any | Unset = UNSET
    """ Any JSON value for the child run. """
    await_completion: bool | None | Unset = UNSET
    """ Suspend this run until the child finishes. """
    await_timeout_secs: int | None | Unset = UNSET
    """ How long to wait for the child; zero or less means one hour. """
    target_api_key: None | str | Unset = UNSET
    """ An API key of the other project, needed when `project_id` is not this run's project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_slug = self.job_slug

        project_id = self.project_id

        payload = self.payload

        await_completion: bool | None | Unset
        if isinstance(self.await_completion, Unset):
            await_completion = UNSET
        else:
            await_completion = self.await_completion

        await_timeout_secs: int | None | Unset
        if isinstance(self.await_timeout_secs, Unset):
            await_timeout_secs = UNSET
        else:
            await_timeout_secs = self.await_timeout_secs

        target_api_key: None | str | Unset
        if isinstance(self.target_api_key, Unset):
            target_api_key = UNSET
        else:
            target_api_key = self.target_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_slug": job_slug,
                "project_id": project_id,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if await_completion is not UNSET:
            field_dict["await_completion"] = await_completion
        if await_timeout_secs is not UNSET:
            field_dict["await_timeout_secs"] = await_timeout_secs
        if target_api_key is not UNSET:
            field_dict["target_api_key"] = target_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        job_slug = src_dict["job_slug"]

        project_id = src_dict["project_id"]

        payload = _get("payload", UNSET)

        await_completion = _get("await_completion", UNSET)

        await_timeout_secs = _get("await_timeout_secs", UNSET)

        target_api_key = _get("target_api_key", UNSET)

        spawn_request = cls(
            job_slug,
            project_id,
            payload,
            await_completion,
            await_timeout_secs,
            target_api_key,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            spawn_request.additional_properties = _extra
        return spawn_request

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
        "job_slug",
        "project_id",
        "payload",
        "await_completion",
        "await_timeout_secs",
        "target_api_key",
    }
)
