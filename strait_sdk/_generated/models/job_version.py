from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobVersion")


@_attrs_define
class JobVersion:
    """A snapshot of a job's main settings, saved when the job changed."""

    id: str
    job_id: str
    version: int
    name: str
    slug: str
    endpoint_url: str
    max_attempts: int
    timeout_secs: int
    created_at: datetime.datetime
    version_id: None | str | Unset = UNSET
    backwards_compatible: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    cron: None | str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    """ The JSON Schema trigger payloads were checked against. """
    tags: None | StringMap | Unset = UNSET
    fallback_endpoint_url: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    run_ttl_secs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        version = self.version

        name = self.name

        slug = self.slug

        endpoint_url = self.endpoint_url

        max_attempts = self.max_attempts

        timeout_secs = self.timeout_secs

        created_at = self.created_at.isoformat()

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        payload_schema = self.payload_schema

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        fallback_endpoint_url: None | str | Unset
        if isinstance(self.fallback_endpoint_url, Unset):
            fallback_endpoint_url = UNSET
        else:
            fallback_endpoint_url = self.fallback_endpoint_url

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        run_ttl_secs: int | None | Unset
        if isinstance(self.run_ttl_secs, Unset):
            run_ttl_secs = UNSET
        else:
            run_ttl_secs = self.run_ttl_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "version": version,
                "name": name,
                "slug": slug,
                "endpoint_url": endpoint_url,
                "max_attempts": max_attempts,
                "timeout_secs": timeout_secs,
                "created_at": created_at,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if description is not UNSET:
            field_dict["description"] = description
        if cron is not UNSET:
            field_dict["cron"] = cron
        if payload_schema is not UNSET:
            field_dict["payload_schema"] = payload_schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if run_ttl_secs is not UNSET:
            field_dict["run_ttl_secs"] = run_ttl_secs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        job_id = src_dict["job_id"]

        version = src_dict["version"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        endpoint_url = src_dict["endpoint_url"]

        max_attempts = src_dict["max_attempts"]

        timeout_secs = src_dict["timeout_secs"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        version_id = _get("version_id", UNSET)

        backwards_compatible = _get("backwards_compatible", UNSET)

        description = _get("description", UNSET)

        cron = _get("cron", UNSET)

        payload_schema = _get("payload_schema", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        fallback_endpoint_url = _get("fallback_endpoint_url", UNSET)

        webhook_url = _get("webhook_url", UNSET)

        run_ttl_secs = _get("run_ttl_secs", UNSET)

        job_version = cls(
            id,
            job_id,
            version,
            name,
            slug,
            endpoint_url,
            max_attempts,
            timeout_secs,
            created_at,
            version_id,
            backwards_compatible,
            description,
            cron,
            payload_schema,
            tags,
            fallback_endpoint_url,
            webhook_url,
            run_ttl_secs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_version.additional_properties = _extra
        return job_version

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
        "job_id",
        "version",
        "name",
        "slug",
        "endpoint_url",
        "max_attempts",
        "timeout_secs",
        "created_at",
        "version_id",
        "backwards_compatible",
        "description",
        "cron",
        "payload_schema",
        "tags",
        "fallback_endpoint_url",
        "webhook_url",
        "run_ttl_secs",
    }
)

from ..models.string_map import StringMap
