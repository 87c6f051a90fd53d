from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_policy import MEMBERS_BY_VALUE as _members_of_version_policy
from ..models.version_policy import VersionPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkflowRequest")


@_attrs_define
class UpdateWorkflowRequest:
    """Every field is optional; fields left out keep their values."""

    name: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    timeout_secs: int | None | Unset = UNSET
    max_concurrent_runs: int | None | Unset = UNSET
    max_parallel_steps: int | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    cron_timezone: None | str | Unset = UNSET
    skip_if_running: bool | None | Unset = UNSET
    version_policy: None | Unset | VersionPolicy = UNSET
    backwards_compatible: bool | None | Unset = UNSET
    steps: list[WorkflowStepRequest] | None | Unset = UNSET
    """ The complete new step list. It must keep every existing `step_ref`. """
    breaking_change: bool | None | Unset = UNSET
    """ Marks the change as breaking in the audit log when runs of the previous version are still active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
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

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

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

        breaking_change: bool | None | Unset
        if isinstance(self.breaking_change, Unset):
            breaking_change = UNSET
        else:
            breaking_change = self.breaking_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
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
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if steps is not UNSET:
            field_dict["steps"] = steps
        if breaking_change is not UNSET:
            field_dict["breaking_change"] = breaking_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        slug = _get("slug", UNSET)

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

        backwards_compatible = _get("backwards_compatible", UNSET)

        steps = _get("steps", UNSET)
        if isinstance(steps, list):
            try:
                steps = [WorkflowStepRequest.from_dict(item) for item in steps]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        breaking_change = _get("breaking_change", UNSET)

        update_workflow_request = cls(
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
            backwards_compatible,
            steps,
            breaking_change,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_workflow_request.additional_properties = _extra
        return update_workflow_request

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
        "backwards_compatible",
        "steps",
        "breaking_change",
    }
)

from ..models.string_map import StringMap
from ..models.workflow_step_request import WorkflowStepRequest
