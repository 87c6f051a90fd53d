from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowVersion")


@_attrs_define
class WorkflowVersion:
    """A saved snapshot of a workflow's settings."""

    id: str
    workflow_id: str
    version: int
    project_id: str
    name: str
    slug: str
    enabled: bool
    timeout_secs: int
    max_concurrent_runs: int
    max_parallel_steps: int
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    cron: None | str | Unset = UNSET
    cron_timezone: None | str | Unset = UNSET
    skip_if_running: bool | None | Unset = UNSET
    version_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        version = self.version

        project_id = self.project_id

        name = self.name

        slug = self.slug

        enabled = self.enabled

        timeout_secs = self.timeout_secs

        max_concurrent_runs = self.max_concurrent_runs

        max_parallel_steps = self.max_parallel_steps

        created_at = self.created_at.isoformat()

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
                "workflow_id": workflow_id,
                "version": version,
                "project_id": project_id,
                "name": name,
                "slug": slug,
                "enabled": enabled,
                "timeout_secs": timeout_secs,
                "max_concurrent_runs": max_concurrent_runs,
                "max_parallel_steps": max_parallel_steps,
                "created_at": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_timezone is not UNSET:
            field_dict["cron_timezone"] = cron_timezone
        if skip_if_running is not UNSET:
            field_dict["skip_if_running"] = skip_if_running
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_id = src_dict["workflow_id"]

        version = src_dict["version"]

        project_id = src_dict["project_id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        enabled = src_dict["enabled"]

        timeout_secs = src_dict["timeout_secs"]

        max_concurrent_runs = src_dict["max_concurrent_runs"]

        max_parallel_steps = src_dict["max_parallel_steps"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        description = _get("description", UNSET)

        cron = _get("cron", UNSET)

        cron_timezone = _get("cron_timezone", UNSET)

        skip_if_running = _get("skip_if_running", UNSET)

        version_id = _get("version_id", UNSET)

        created_by = _get("created_by", UNSET)

        updated_by = _get("updated_by", UNSET)

        workflow_version = cls(
            id,
            workflow_id,
            version,
            project_id,
            name,
            slug,
            enabled,
            timeout_secs,
            max_concurrent_runs,
            max_parallel_steps,
            created_at,
            description,
            cron,
            cron_timezone,
            skip_if_running,
            version_id,
            created_by,
            updated_by,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_version.additional_properties = _extra
        return workflow_version

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
        "workflow_id",
        "version",
        "project_id",
        "name",
        "slug",
        "enabled",
        "timeout_secs",
        "max_concurrent_runs",
        "max_parallel_steps",
        "created_at",
        "description",
        "cron",
        "cron_timezone",
        "skip_if_running",
        "version_id",
        "created_by",
        "updated_by",
    }
)
