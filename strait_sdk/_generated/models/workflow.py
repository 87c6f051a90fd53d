from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_policy import MEMBERS_BY_VALUE as _members_of_version_policy
from ..models.version_policy import VersionPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow definition without its steps."""

    id: str
    project_id: str
    name: str
    slug: str
    enabled: bool
    version: int
    """ The number of the current version, from 1. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    timeout_secs: int | None | Unset = UNSET
    max_concurrent_runs: int | None | Unset = UNSET
    max_parallel_steps: int | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    cron_timezone: None | str | Unset = UNSET
    skip_if_running: bool | None | Unset = UNSET
    version_id: None | str | Unset = UNSET
    """ The id of the current version. """
    version_policy: None | Unset | VersionPolicy = UNSET
    backwards_compatible: bool | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        slug = self.slug

        enabled = self.enabled

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        timeout_secs: int | None | Unset
        if isinstance(self.timeout_secs, Unset):
            timeout_secs = UNSET
        else:
            timeout_secs = self.timeout_secs

        max_concurrent_runs: int | None | Unset
        if isinstance(self.max_concurrent_runs, Unset):
            max_concurrent_runs = UNSET
        else:
            max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps: int | None | Unset
        if isinstance(self.max_parallel_steps, Unset):
            max_parallel_steps = UNSET
        else:
            max_parallel_steps = self.max_parallel_steps

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        cron_timezone: None | str | Unset
        if isinstance(self.cron_timezone, Unset):
            cron_timezone = UNSET
        else:
            cron_timezone = self.cron_timezone

        skip_if_running: bool | None | Unset
        if isinstance(self.skip_if_running, Unset):
            skip_if_running = UNSET
        else:
            skip_if_running = self.skip_if_running

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version_policy: None | str | Unset
        if isinstance(self.version_policy, Unset):
            version_policy = UNSET
        elif isinstance(self.version_policy, VersionPolicy):
            version_policy = VersionPolicy(self.version_policy).value
        else:
            version_policy = self.version_policy

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "slug": slug,
                "enabled": enabled,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if max_concurrent_runs is not UNSET:
            field_dict["max_concurrent_runs"] = max_concurrent_runs
        if max_parallel_steps is not UNSET:
            field_dict["max_parallel_steps"] = max_parallel_steps
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_timezone is not UNSET:
            field_dict["cron_timezone"] = cron_timezone
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        enabled = src_dict["enabled"]

        version = src_dict["version"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        description = _get("description", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timeout_secs = _get("timeout_secs", UNSET)

        max_concurrent_runs = _get("max_concurrent_runs", UNSET)

        max_parallel_steps = _get("max_parallel_steps", UNSET)

        cron = _get("cron", UNSET)

        cron_timezone = _get("cron_timezone", UNSET)

        skip_if_running = _get("skip_if_running", UNSET)

        version_id = _get("version_id", UNSET)

        version_policy = _get("version_policy", UNSET)
        if isinstance(version_policy, str):
            try:
                version_policy = _members_of_version_policy.get(version_policy) or VersionPolicy(
                    version_policy
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        backwards_compatible = _get("backwards_compatible", UNSET)

        created_by = _get("created_by", UNSET)

        updated_by = _get("updated_by", UNSET)

        workflow = cls(
            id,
            project_id,
            name,
            slug,
            enabled,
            version,
            created_at,
            updated_at,
            description,
            tags,
            timeout_secs,
            max_concurrent_runs,
            max_parallel_steps,
            cron,
            cron_timezone,
            skip_if_running,
            version_id,
            version_policy,
            backwards_compatible,
            created_by,
            updated_by,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow.additional_properties = _extra
        return workflow

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
        "name",
        "slug",
        "enabled",
        "version",
        "created_at",
        "updated_at",
        "description",
        "tags",
        "timeout_secs",
        "max_concurrent_runs",
        "max_parallel_steps",
        "cron",
        "cron_timezone",
        "skip_if_running",
        "version_id",
        "version_policy",
        "backwards_compatible",
        "created_by",
        "updated_by",
    }
)

from ..models.string_map import StringMap
