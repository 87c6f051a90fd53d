from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_overlap_policy import (
    MEMBERS_BY_VALUE as _members_of_cron_overlap_policy,
)
from ..models.cron_overlap_policy import CronOverlapPolicy
from ..models.execution_mode import MEMBERS_BY_VALUE as _members_of_execution_mode
from ..models.execution_mode import ExecutionMode
from ..models.retry_strategy import MEMBERS_BY_VALUE as _members_of_retry_strategy
from ..models.retry_strategy import RetryStrategy
from ..models.version_policy import MEMBERS_BY_VALUE as _members_of_version_policy
from ..models.version_policy import VersionPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJobRequest")


@_attrs_define
class UpdateJobRequest:
    """Every field is optional; fields left out keep their values."""

    name: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    fallback_endpoint_url: None | str | Unset = UNSET
    endpoint_signing_secret: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cron: None | str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    queue_name: None | str | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    timeout_secs: int | None | Unset = UNSET
    run_ttl_secs: int | None | Unset = UNSET
    max_concurrency: int | None | Unset = UNSET
    max_concurrency_per_key: int | None | Unset = UNSET
    execution_window_cron: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    rate_limit_max: int | None | Unset = UNSET
    rate_limit_window_secs: int | None | Unset = UNSET
    dedup_window_secs: int | None | Unset = UNSET
    retry_strategy: None | RetryStrategy | Unset = UNSET
    retry_delays_secs: list[int] | None | Unset = UNSET
    retry_priority_boost: int | None | Unset = UNSET
    version_policy: None | Unset | VersionPolicy = UNSET
    backwards_compatible: bool | None | Unset = UNSET
    default_run_metadata: None | StringMap | Unset = UNSET
    result_schema: Any | Unset = UNSET
    cron_overlap_policy: CronOverlapPolicy | None | Unset = UNSET
    debounce_window_secs: int | None | Unset = UNSET
    batch_window_secs: int | None | Unset = UNSET
    batch_max_size: int | None | Unset = UNSET
    execution_mode: ExecutionMode | None | Unset = UNSET
    poison_pill_threshold: int | None | Unset = UNSET
    on_complete_trigger_workflow: None | str | Unset = UNSET
    on_complete_trigger_job: None | str | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: None | str | Unset = UNSET
    on_failure_trigger_workflow: None | str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
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

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        fallback_endpoint_url: None | str | Unset
        if isinstance(self.fallback_endpoint_url, Unset):
            fallback_endpoint_url = UNSET
        else:
            fallback_endpoint_url = self.fallback_endpoint_url

        endpoint_signing_secret: None | str | Unset
        if isinstance(self.endpoint_signing_secret, Unset):
            endpoint_signing_secret = UNSET
        else:
            endpoint_signing_secret = self.endpoint_signing_secret

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

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

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        queue_name: None | str | Unset
        if isinstance(self.queue_name, Unset):
            queue_name = UNSET
        else:
            queue_name = self.queue_name

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        timeout_secs: int | None | Unset
        if isinstance(self.timeout_secs, Unset):
            timeout_secs = UNSET
        else:
            timeout_secs = self.timeout_secs

        run_ttl_secs: int | None | Unset
        if isinstance(self.run_ttl_secs, Unset):
            run_ttl_secs = UNSET
        else:
            run_ttl_secs = self.run_ttl_secs

        max_concurrency: int | None | Unset
        if isinstance(self.max_concurrency, Unset):
            max_concurrency = UNSET
        else:
            max_concurrency = self.max_concurrency

        max_concurrency_per_key: int | None | Unset
        if isinstance(self.max_concurrency_per_key, Unset):
            max_concurrency_per_key = UNSET
        else:
            max_concurrency_per_key = self.max_concurrency_per_key

        execution_window_cron: None | str | Unset
        if isinstance(self.execution_window_cron, Unset):
            execution_window_cron = UNSET
        else:
            execution_window_cron = self.execution_window_cron

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        rate_limit_max: int | None | Unset
        if isinstance(self.rate_limit_max, Unset):
            rate_limit_max = UNSET
        else:
            rate_limit_max = self.rate_limit_max

        rate_limit_window_secs: int | None | Unset
        if isinstance(self.rate_limit_window_secs, Unset):
            rate_limit_window_secs = UNSET
        else:
            rate_limit_window_secs = self.rate_limit_window_secs

        dedup_window_secs: int | None | Unset
        if isinstance(self.dedup_window_secs, Unset):
            dedup_window_secs = UNSET
        else:
            dedup_window_secs = self.dedup_window_secs

        retry_strategy: None | str | Unset
        if isinstance(self.retry_strategy, Unset):
            retry_strategy = UNSET
        elif isinstance(self.retry_strategy, RetryStrategy):
            retry_strategy = RetryStrategy(self.retry_strategy).value
        else:
            retry_strategy = self.retry_strategy

        retry_delays_secs: list[int] | None | Unset
        if isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = UNSET
        elif isinstance(self.retry_delays_secs, list):
            retry_delays_secs = self.retry_delays_secs

        else:
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost: int | None | Unset
        if isinstance(self.retry_priority_boost, Unset):
            retry_priority_boost = UNSET
        else:
            retry_priority_boost = self.retry_priority_boost

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

        default_run_metadata: dict[str, Any] | None | Unset
        if isinstance(self.default_run_metadata, Unset):
            default_run_metadata = UNSET
        elif isinstance(self.default_run_metadata, StringMap):
            default_run_metadata = self.default_run_metadata.to_dict()
        else:
            default_run_metadata = self.default_run_metadata

        result_schema = self.result_schema

        cron_overlap_policy: None | str | Unset
        if isinstance(self.cron_overlap_policy, Unset):
            cron_overlap_policy = UNSET
        elif isinstance(self.cron_overlap_policy, CronOverlapPolicy):
            cron_overlap_policy = CronOverlapPolicy(self.cron_overlap_policy).value
        else:
            cron_overlap_policy = self.cron_overlap_policy

        debounce_window_secs: int | None | Unset
        if isinstance(self.debounce_window_secs, Unset):
            debounce_window_secs = UNSET
        else:
            debounce_window_secs = self.debounce_window_secs

        batch_window_secs: int | None | Unset
        if isinstance(self.batch_window_secs, Unset):
            batch_window_secs = UNSET
        else:
            batch_window_secs = self.batch_window_secs

        batch_max_size: int | None | Unset
        if isinstance(self.batch_max_size, Unset):
            batch_max_size = UNSET
        else:
            batch_max_size = self.batch_max_size

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif isinstance(self.execution_mode, ExecutionMode):
            execution_mode = ExecutionMode(self.execution_mode).value
        else:
            execution_mode = self.execution_mode

        poison_pill_threshold: int | None | Unset
        if isinstance(self.poison_pill_threshold, Unset):
            poison_pill_threshold = UNSET
        else:
            poison_pill_threshold = self.poison_pill_threshold

        on_complete_trigger_workflow: None | str | Unset
        if isinstance(self.on_complete_trigger_workflow, Unset):
            on_complete_trigger_workflow = UNSET
        else:
            on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_complete_trigger_job: None | str | Unset
        if isinstance(self.on_complete_trigger_job, Unset):
            on_complete_trigger_job = UNSET
        else:
            on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_failure_trigger_job: None | str | Unset
        if isinstance(self.on_failure_trigger_job, Unset):
            on_failure_trigger_job = UNSET
        else:
            on_failure_trigger_job = self.on_failure_trigger_job

        on_failure_trigger_workflow: None | str | Unset
        if isinstance(self.on_failure_trigger_workflow, Unset):
            on_failure_trigger_workflow = UNSET
        else:
            on_failure_trigger_workflow = self.on_failure_trigger_workflow

        on_failure_payload_mapping = self.on_failure_payload_mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if endpoint_signing_secret is not UNSET:
            field_dict["endpoint_signing_secret"] = endpoint_signing_secret
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if description is not UNSET:
            field_dict["description"] = description
        if cron is not UNSET:
            field_dict["cron"] = cron
        if payload_schema is not UNSET:
            field_dict["payload_schema"] = payload_schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if run_ttl_secs is not UNSET:
            field_dict["run_ttl_secs"] = run_ttl_secs
        if max_concurrency is not UNSET:
            field_dict["max_concurrency"] = max_concurrency
        if max_concurrency_per_key is not UNSET:
            field_dict["max_concurrency_per_key"] = max_concurrency_per_key
        if execution_window_cron is not UNSET:
            field_dict["execution_window_cron"] = execution_window_cron
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if rate_limit_max is not UNSET:
            field_dict["rate_limit_max"] = rate_limit_max
        if rate_limit_window_secs is not UNSET:
            field_dict["rate_limit_window_secs"] = rate_limit_window_secs
        if dedup_window_secs is not UNSET:
            field_dict["dedup_window_secs"] = dedup_window_secs
        if retry_strategy is not UNSET:
            field_dict["retry_strategy"] = retry_strategy
        if retry_delays_secs is not UNSET:
            field_dict["retry_delays_secs"] = retry_delays_secs
        if retry_priority_boost is not UNSET:
            field_dict["retry_priority_boost"] = retry_priority_boost
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if default_run_metadata is not UNSET:
            field_dict["default_run_metadata"] = default_run_metadata
        if result_schema is not UNSET:
            field_dict["result_schema"] = result_schema
        if cron_overlap_policy is not UNSET:
            field_dict["cron_overlap_policy"] = cron_overlap_policy
        if debounce_window_secs is not UNSET:
            field_dict["debounce_window_secs"] = debounce_window_secs
        if batch_window_secs is not UNSET:
            field_dict["batch_window_secs"] = batch_window_secs
        if batch_max_size is not UNSET:
            field_dict["batch_max_size"] = batch_max_size
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if poison_pill_threshold is not UNSET:
            field_dict["poison_pill_threshold"] = poison_pill_threshold
        if on_complete_trigger_workflow is not UNSET:
            field_dict["on_complete_trigger_workflow"] = on_complete_trigger_workflow
        if on_complete_trigger_job is not UNSET:
            field_dict["on_complete_trigger_job"] = on_complete_trigger_job
        if on_complete_payload_mapping is not UNSET:
            field_dict["on_complete_payload_mapping"] = on_complete_payload_mapping
        if on_failure_trigger_job is not UNSET:
            field_dict["on_failure_trigger_job"] = on_failure_trigger_job
        if on_failure_trigger_workflow is not UNSET:
            field_dict["on_failure_trigger_workflow"] = on_failure_trigger_workflow
        if on_failure_payload_mapping is not UNSET:
            field_dict["on_failure_payload_mapping"] = on_failure_payload_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)

        slug = _get("slug", UNSET)

        endpoint_url = _get("endpoint_url", UNSET)

        fallback_endpoint_url = _get("fallback_endpoint_url", UNSET)

        endpoint_signing_secret = _get("endpoint_signing_secret", UNSET)

        group_id = _get("group_id", UNSET)

        description = _get("description", UNSET)

        cron = _get("cron", UNSET)

        payload_schema = _get("payload_schema", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        enabled = _get("enabled", UNSET)

        environment_id = _get("environment_id", UNSET)

        queue_name = _get("queue_name", UNSET)

        max_attempts = _get("max_attempts", UNSET)

        timeout_secs = _get("timeout_secs", UNSET)

        run_ttl_secs = _get("run_ttl_secs", UNSET)

        max_concurrency = _get("max_concurrency", UNSET)

        max_concurrency_per_key = _get("max_concurrency_per_key", UNSET)

        execution_window_cron = _get("execution_window_cron", UNSET)

        timezone = _get("timezone", UNSET)

        rate_limit_max = _get("rate_limit_max", UNSET)

        rate_limit_window_secs = _get("rate_limit_window_secs", UNSET)

        dedup_window_secs = _get("dedup_window_secs", UNSET)

        retry_strategy = _get("retry_strategy", UNSET)
        if isinstance(retry_strategy, str):
            try:
                retry_strategy = _members_of_retry_strategy.get(retry_strategy) or RetryStrategy(
                    retry_strategy
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        retry_delays_secs = _get("retry_delays_secs", UNSET)

        retry_priority_boost = _get("retry_priority_boost", UNSET)

        version_policy = _get("version_policy", UNSET)
        if isinstance(version_policy, str):
            try:
                version_policy = _members_of_version_policy.get(version_policy) or VersionPolicy(
                    version_policy
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        backwards_compatible = _get("backwards_compatible", UNSET)

        default_run_metadata = _get("default_run_metadata", UNSET)
        if isinstance(default_run_metadata, dict):
            try:
                default_run_metadata = StringMap.from_dict(default_run_metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        result_schema = _get("result_schema", UNSET)

        cron_overlap_policy = _get("cron_overlap_policy", UNSET)
        if isinstance(cron_overlap_policy, str):
            try:
                cron_overlap_policy = _members_of_cron_overlap_policy.get(
                    cron_overlap_policy
                ) or CronOverlapPolicy(cron_overlap_policy)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        debounce_window_secs = _get("debounce_window_secs", UNSET)

        batch_window_secs = _get("batch_window_secs", UNSET)

        batch_max_size = _get("batch_max_size", UNSET)

        execution_mode = _get("execution_mode", UNSET)
        if isinstance(execution_mode, str):
            try:
                execution_mode = _members_of_execution_mode.get(execution_mode) or ExecutionMode(
                    execution_mode
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        poison_pill_threshold = _get("poison_pill_threshold", UNSET)

        on_complete_trigger_workflow = _get("on_complete_trigger_workflow", UNSET)

        on_complete_trigger_job = _get("on_complete_trigger_job", UNSET)

        on_complete_payload_mapping = _get("on_complete_payload_mapping", UNSET)

        on_failure_trigger_job = _get("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = _get("on_failure_trigger_workflow", UNSET)

        on_failure_payload_mapping = _get("on_failure_payload_mapping", UNSET)

        update_job_request = cls(
            name,
            slug,
            endpoint_url,
            fallback_endpoint_url,
            endpoint_signing_secret,
            group_id,
            description,
            cron,
            payload_schema,
            tags,
            enabled,
            environment_id,
            queue_name,
            max_attempts,
            timeout_secs,
            run_ttl_secs,
            max_concurrency,
            max_concurrency_per_key,
            execution_window_cron,
            timezone,
            rate_limit_max,
            rate_limit_window_secs,
            dedup_window_secs,
            retry_strategy,
            retry_delays_secs,
            retry_priority_boost,
            version_policy,
            backwards_compatible,
            default_run_metadata,
            result_schema,
            cron_overlap_policy,
            debounce_window_secs,
            batch_window_secs,
            batch_max_size,
            execution_mode,
            poison_pill_threshold,
            on_complete_trigger_workflow,
            on_complete_trigger_job,
            on_complete_payload_mapping,
            on_failure_trigger_job,
            on_failure_trigger_workflow,
            on_failure_payload_mapping,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_job_request.additional_properties = _extra
        return update_job_request

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
        "endpoint_url",
        "fallback_endpoint_url",
        "endpoint_signing_secret",
        "group_id",
        "description",
        "cron",
        "payload_schema",
        "tags",
        "enabled",
        "environment_id",
        "queue_name",
        "max_attempts",
        "timeout_secs",
        "run_ttl_secs",
        "max_concurrency",
        "max_concurrency_per_key",
        "execution_window_cron",
        "timezone",
        "rate_limit_max",
        "rate_limit_window_secs",
        "dedup_window_secs",
        "retry_strategy",
        "retry_delays_secs",
        "retry_priority_boost",
        "version_policy",
        "backwards_compatible",
        "default_run_metadata",
        "result_schema",
        "cron_overlap_policy",
        "debounce_window_secs",
        "batch_window_secs",
        "batch_max_size",
        "execution_mode",
        "poison_pill_threshold",
        "on_complete_trigger_workflow",
        "on_complete_trigger_job",
        "on_complete_payload_mapping",
        "on_failure_trigger_job",
        "on_failure_trigger_workflow",
        "on_failure_payload_mapping",
    }
)

from ..models.string_map import StringMap
