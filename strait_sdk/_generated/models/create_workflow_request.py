from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_policy import MEMBERS_BY_VALUE as _members_of_version_policy
from ..models.version_policy import VersionPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    slug: str
    description: None | str | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    timeout_secs: int | None | Unset = UNSET
    max_concurrent_runs: int | None | Unset = UNSET
    max_parallel_steps: int | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    """ A standard five-field cron expression that triggers the workflow on a schedule. """
    cron_timezone: None | str | Unset = UNSET
    """ An IANA time zone name for `cron`. """
    skip_if_running: bool | None | Unset = UNSET
    version_policy: None | Unset | VersionPolicy = UNSET
    steps: list[WorkflowStepRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        slug = self.slug

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

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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

        version_policy: None | str | Unset
        if isinstance(self.version_policy, Unset):
            version_policy = UNSET
        elif isinstance(self.version_policy, VersionPolicy):
            version_policy = VersionPolicy(self.version_policy).value
        else:
            version_policy = self.version_policy

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "slug": slug,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
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
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = src_dict["project_id"]

        name = src_dict["name"]

        slug = src_dict["slug"]

        description = _get("description", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        enabled = _get("enabled", UNSET)

        timeout_secs = _get("timeout_secs", UNSET)

        max_concurrent_runs = _get("max_concurrent_runs", UNSET)

        max_parallel_steps = _get("max_parallel_steps", UNSET)

        cron = _get("cron", UNSET)

        cron_timezone = _get("cron_timezone", UNSET)

        skip_if_running = _get("skip_if_running", UNSET)

        version_policy = _get("version_policy", UNSET)
        if isinstance(version_policy, str):
            try:
                version_policy = _members_of_version_policy.get(version_policy) or VersionPolicy(
                    version_policy
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        steps = _get("steps", UNSET)
        if isinstance(steps, list):
            try:
                steps = [WorkflowStepRequest.from_dict(item) for item in steps]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        create_workflow_request = cls(
            project_id,
            name,
            slug,
            description,
            tags,
            enabled,
            timeout_secs,
            max_concurrent_runs,
            max_parallel_steps,
            cron,
            cron_timezone,
            skip_if_running,
            version_policy,
            steps,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            create_workflow_request.additional_properties = _extra
        return create_workflow_request

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
        "name",
        "slug",
        "description",
        "tags",
        "enabled",
        "timeout_secs",
        "max_concurrent_runs",
        "max_parallel_steps",
        "cron",
        "cron_timezone",
        "skip_if_running",
        "version_policy",
        "steps",
    }
)

from ..models.string_map import StringMap
from ..models.workflow_step_request import WorkflowStepRequest
