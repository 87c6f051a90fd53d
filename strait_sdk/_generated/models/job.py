from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job definition. Signing and webhook secrets are never returned."""

    id: str
    project_id: str
    name: str
    slug: str
    endpoint_url: str
    """ Where Strait POSTs each attempt; empty for worker-mode jobs. """
    max_attempts: int
    timeout_secs: int
    enabled: bool
    paused: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    group_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cron: None | str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    """ A JSON Schema that trigger payloads are checked against. """
    tags: None | StringMap | Unset = UNSET
    fallback_endpoint_url: None | str | Unset = UNSET
    max_concurrency: int | None | Unset = UNSET
    max_concurrency_per_key: int | None | Unset = UNSET
    execution_window_cron: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    rate_limit_max: int | None | Unset = UNSET
    rate_limit_window_secs: int | None | Unset = UNSET
    rate_limit_keys: list[RateLimitKey] | None | Unset = UNSET
    dedup_window_secs: int | None | Unset = UNSET
    paused_at: datetime.datetime | None | Unset = UNSET
    pause_reason: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    run_ttl_secs: int | None | Unset = UNSET
    retry_strategy: None | str | Unset = UNSET
    """ `exponential`, `linear`, `fixed` or `custom`. """
    retry_delays_secs: list[int] | None | Unset = UNSET
    retry_priority_boost: int | None | Unset = UNSET
    dlq_alert_threshold: int | None | Unset = UNSET
    queue_depth_alert_threshold: int | None | Unset = UNSET
    poison_pill_threshold: int | None | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    default_run_metadata: None | StringMap | Unset = UNSET
    version_id: None | str | Unset = UNSET
    version_policy: None | str | Unset = UNSET
    """ `pin`, `latest` or `minor`. """
    backwards_compatible: bool | None | Unset = UNSET
    cron_overlap_policy: None | str | Unset = UNSET
    """ `allow`, `skip` or `cancel_running`. """
    result_schema: Any | Unset = UNSET
    """ A JSON Schema that results passed to `complete` are checked against. """
    debounce_window_secs: int | None | Unset = UNSET
    batch_window_secs: int | None | Unset = UNSET
    batch_max_size: int | None | Unset = UNSET
    execution_mode: None | str | Unset = UNSET
    """ `http` or `worker`. """
    queue: None | str | Unset = UNSET
    """ The queue the job's runs go to (`queue_name` in requests). """
    on_complete_trigger_workflow: None | str | Unset = UNSET
    on_complete_trigger_job: None | str | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: None | str | Unset = UNSET
    on_failure_trigger_workflow: None | str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        name = self.name

        slug = self.slug

        endpoint_url = self.endpoint_url

        max_attempts = self.max_attempts

        timeout_secs = self.timeout_secs

        enabled = self.enabled

        paused = self.paused

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        fallback_endpoint_url: None | str | Unset
        if isinstance(self.fallback_endpoint_url, Unset):
            fallback_endpoint_url = UNSET
        else:
            fallback_endpoint_url = self.fallback_endpoint_url

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

        rate_limit_keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.rate_limit_keys, Unset):
            rate_limit_keys = UNSET
        elif isinstance(self.rate_limit_keys, list):
            rate_limit_keys = []
            for rate_limit_keys_type_0_item_data in self.rate_limit_keys:
                rate_limit_keys_type_0_item = rate_limit_keys_type_0_item_data.to_dict()
                rate_limit_keys.append(rate_limit_keys_type_0_item)

        else:
            rate_limit_keys = self.rate_limit_keys

        dedup_window_secs: int | None | Unset
        if isinstance(self.dedup_window_secs, Unset):
            dedup_window_secs = UNSET
        else:
            dedup_window_secs = self.dedup_window_secs

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        elif isinstance(self.paused_at, datetime.datetime):
            paused_at = self.paused_at.isoformat()
        else:
            paused_at = self.paused_at

        pause_reason: None | str | Unset
        if isinstance(self.pause_reason, Unset):
            pause_reason = UNSET
        else:
            pause_reason = self.pause_reason

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

        retry_strategy: None | str | Unset
        if isinstance(self.retry_strategy, Unset):
            retry_strategy = UNSET
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

        dlq_alert_threshold: int | None | Unset
        if isinstance(self.dlq_alert_threshold, Unset):
            dlq_alert_threshold = UNSET
        else:
            dlq_alert_threshold = self.dlq_alert_threshold

        queue_depth_alert_threshold: int | None | Unset
        if isinstance(self.queue_depth_alert_threshold, Unset):
            queue_depth_alert_threshold = UNSET
        else:
            queue_depth_alert_threshold = self.queue_depth_alert_threshold

        poison_pill_threshold: int | None | Unset
        if isinstance(self.poison_pill_threshold, Unset):
            poison_pill_threshold = UNSET
        else:
            poison_pill_threshold = self.poison_pill_threshold

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        default_run_metadata: dict[str, Any] | None | Unset
        if isinstance(self.default_run_metadata, Unset):
            default_run_metadata = UNSET
        elif isinstance(self.default_run_metadata, StringMap):
            default_run_metadata = self.default_run_metadata.to_dict()
        else:
            default_run_metadata = self.default_run_metadata

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version_policy: None | str | Unset
        if isinstance(self.version_policy, Unset):
            version_policy = UNSET
        else:
            version_policy = self.version_policy

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

        cron_overlap_policy: None | str | Unset
        if isinstance(self.cron_overlap_policy, Unset):
            cron_overlap_policy = UNSET
        else:
            cron_overlap_policy = self.cron_overlap_policy

        result_schema = self.result_schema

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
        else:
            execution_mode = self.execution_mode

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

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
                "endpoint_url": endpoint_url,
                "max_attempts": max_attempts,
                "timeout_secs": timeout_secs,
                "enabled": enabled,
                "paused": paused,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
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
        if rate_limit_keys is not UNSET:
            field_dict["rate_limit_keys"] = rate_limit_keys
        if dedup_window_secs is not UNSET:
            field_dict["dedup_window_secs"] = dedup_window_secs
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if run_ttl_secs is not UNSET:
            field_dict["run_ttl_secs"] = run_ttl_secs
        if retry_strategy is not UNSET:
            field_dict["retry_strategy"] = retry_strategy
        if retry_delays_secs is not UNSET:
            field_dict["retry_delays_secs"] = retry_delays_secs
        if retry_priority_boost is not UNSET:
            field_dict["retry_priority_boost"] = retry_priority_boost
        if dlq_alert_threshold is not UNSET:
            field_dict["dlq_alert_threshold"] = dlq_alert_threshold
        if queue_depth_alert_threshold is not UNSET:
            field_dict["queue_depth_alert_threshold"] = queue_depth_alert_threshold
        if poison_pill_threshold is not UNSET:
            field_dict["poison_pill_threshold"] = poison_pill_threshold
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if default_run_metadata is not UNSET:
            field_dict["default_run_metadata"] = default_run_metadata
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if cron_overlap_policy is not UNSET:
            field_dict["cron_overlap_policy"] = cron_overlap_policy
        if result_schema is not UNSET:
            field_dict["result_schema"] = result_schema
        if debounce_window_secs is not UNSET:
            field_dict["debounce_window_secs"] = debounce_window_secs
        if batch_window_secs is not UNSET:
            field_dict["batch_window_secs"] = batch_window_secs
        if batch_max_size is not UNSET:
            field_dict["batch_max_size"] = batch_max_size
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if queue is not UNSET:
            field_dict["queue"] = queue
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

        endpoint_url = src_dict["endpoint_url"]

        max_attempts = src_dict["max_attempts"]

        timeout_secs = src_dict["timeout_secs"]

        enabled = src_dict["enabled"]

        paused = src_dict["paused"]

        version = src_dict["version"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

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

        fallback_endpoint_url = _get("fallback_endpoint_url", UNSET)

        max_concurrency = _get("max_concurrency", UNSET)

        max_concurrency_per_key = _get("max_concurrency_per_key", UNSET)

        execution_window_cron = _get("execution_window_cron", UNSET)

        timezone = _get("timezone", UNSET)

        rate_limit_max = _get("rate_limit_max", UNSET)

        rate_limit_window_secs = _get("rate_limit_window_secs", UNSET)

        rate_limit_keys = _get("rate_limit_keys", UNSET)
        if isinstance(rate_limit_keys, list):
            try:
                rate_limit_keys = [RateLimitKey.from_dict(item) for item in rate_limit_keys]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        dedup_window_secs = _get("dedup_window_secs", UNSET)

        paused_at = _get("paused_at", UNSET)
        if isinstance(paused_at, str):
            try:
                paused_at = datetime.datetime.fromisoformat(paused_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pause_reason = _get("pause_reason", UNSET)

        webhook_url = _get("webhook_url", UNSET)

        run_ttl_secs = _get("run_ttl_secs", UNSET)

        retry_strategy = _get("retry_strategy", UNSET)

        retry_delays_secs = _get("retry_delays_secs", UNSET)

        retry_priority_boost = _get("retry_priority_boost", UNSET)

        dlq_alert_threshold = _get("dlq_alert_threshold", UNSET)

        queue_depth_alert_threshold = _get("queue_depth_alert_threshold", UNSET)

        poison_pill_threshold = _get("poison_pill_threshold", UNSET)

        environment_id = _get("environment_id", UNSET)

        default_run_metadata = _get("default_run_metadata", UNSET)
        if isinstance(default_run_metadata, dict):
            try:
                default_run_metadata = StringMap.from_dict(default_run_metadata)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        version_id = _get("version_id", UNSET)

        version_policy = _get("version_policy", UNSET)

        backwards_compatible = _get("backwards_compatible", UNSET)

        cron_overlap_policy = _get("cron_overlap_policy", UNSET)

        result_schema = _get("result_schema", UNSET)

        debounce_window_secs = _get("debounce_window_secs", UNSET)

        batch_window_secs = _get("batch_window_secs", UNSET)

        batch_max_size = _get("batch_max_size", UNSET)

        execution_mode = _get("execution_mode", UNSET)

        queue = _get("queue", UNSET)

        on_complete_trigger_workflow = _get("on_complete_trigger_workflow", UNSET)

        on_complete_trigger_job = _get("on_complete_trigger_job", UNSET)

        on_complete_payload_mapping = _get("on_complete_payload_mapping", UNSET)

        on_failure_trigger_job = _get("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = _get("on_failure_trigger_workflow", UNSET)

        on_failure_payload_mapping = _get("on_failure_payload_mapping", UNSET)

        created_by = _get("created_by", UNSET)

        updated_by = _get("updated_by", UNSET)

        job = cls(
            id,
            project_id,
            name,
            slug,
            endpoint_url,
            max_attempts,
            timeout_secs,
            enabled,
            paused,
            version,
            created_at,
            updated_at,
            group_id,
            description,
            cron,
            payload_schema,
            tags,
            fallback_endpoint_url,
            max_concurrency,
            max_concurrency_per_key,
            execution_window_cron,
            timezone,
            rate_limit_max,
            rate_limit_window_secs,
            rate_limit_keys,
            dedup_window_secs,
            paused_at,
            pause_reason,
            webhook_url,
            run_ttl_secs,
            retry_strategy,
            retry_delays_secs,
            retry_priority_boost,
            dlq_alert_threshold,
            queue_depth_alert_threshold,
            poison_pill_threshold,
            environment_id,
            default_run_metadata,
            version_id,
            version_policy,
            backwards_compatible,
            cron_overlap_policy,
            result_schema,
            debounce_window_secs,
            batch_window_secs,
            batch_max_size,
            execution_mode,
            queue,
            on_complete_trigger_workflow,
            on_complete_trigger_job,
            on_complete_payload_mapping,
            on_failure_trigger_job,
            on_failure_trigger_workflow,
            on_failure_payload_mapping,
            created_by,
            updated_by,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job.additional_properties = _extra
        return job

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
        "endpoint_url",
        "max_attempts",
        "timeout_secs",
        "enabled",
        "paused",
        "version",
        "created_at",
        "updated_at",
        "group_id",
        "description",
        "cron",
        "payload_schema",
        "tags",
        "fallback_endpoint_url",
        "max_concurrency",
        "max_concurrency_per_key",
        "execution_window_cron",
        "timezone",
        "rate_limit_max",
        "rate_limit_window_secs",
        "rate_limit_keys",
        "dedup_window_secs",
        "paused_at",
        "pause_reason",
        "webhook_url",
        "run_ttl_secs",
        "retry_strategy",
        "retry_delays_secs",
        "retry_priority_boost",
        "dlq_alert_threshold",
        "queue_depth_alert_threshold",
        "poison_pill_threshold",
        "environment_id",
        "default_run_metadata",
        "version_id",
        "version_policy",
        "backwards_compatible",
        "cron_overlap_policy",
        "result_schema",
        "debounce_window_secs",
        "batch_window_secs",
        "batch_max_size",
        "execution_mode",
        "queue",
        "on_complete_trigger_workflow",
        "on_complete_trigger_job",
        "on_complete_payload_mapping",
        "on_failure_trigger_job",
        "on_failure_trigger_workflow",
        "on_failure_payload_mapping",
        "created_by",
        "updated_by",
    }
)

from ..models.rate_limit_key import RateLimitKey
from ..models.string_map import StringMap
