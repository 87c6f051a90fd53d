from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limit_key import RateLimitKey
    from ..models.string_map import StringMap


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
    group_id: str | Unset = UNSET
    description: str | Unset = UNSET
    cron: str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    """ A JSON Schema that trigger payloads are checked against. """
    tags: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    fallback_endpoint_url: str | Unset = UNSET
    max_concurrency: int | Unset = UNSET
    max_concurrency_per_key: int | Unset = UNSET
    execution_window_cron: str | Unset = UNSET
    timezone: str | Unset = UNSET
    rate_limit_max: int | Unset = UNSET
    rate_limit_window_secs: int | Unset = UNSET
    rate_limit_keys: list[RateLimitKey] | Unset = UNSET
    dedup_window_secs: int | Unset = UNSET
    paused_at: datetime.datetime | Unset = UNSET
    pause_reason: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    run_ttl_secs: int | Unset = UNSET
    retry_strategy: str | Unset = UNSET
    """ `exponential`, `linear`, `fixed` or `custom`. """
    retry_delays_secs: list[int] | Unset = UNSET
    retry_priority_boost: int | Unset = UNSET
    dlq_alert_threshold: int | Unset = UNSET
    queue_depth_alert_threshold: int | Unset = UNSET
    poison_pill_threshold: int | Unset = UNSET
    environment_id: str | Unset = UNSET
    default_run_metadata: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    version_id: str | Unset = UNSET
    version_policy: str | Unset = UNSET
    """ `pin`, `latest` or `minor`. """
    backwards_compatible: bool | Unset = UNSET
    cron_overlap_policy: str | Unset = UNSET
    """ `allow`, `skip` or `cancel_running`. """
    result_schema: Any | Unset = UNSET
    """ A JSON Schema that results passed to `complete` are checked against. """
    debounce_window_secs: int | Unset = UNSET
    batch_window_secs: int | Unset = UNSET
    batch_max_size: int | Unset = UNSET
    execution_mode: str | Unset = UNSET
    """ `http` or `worker`. """
    queue: str | Unset = UNSET
    """ The queue the job's runs go to (`queue_name` in requests). """
    on_complete_trigger_workflow: str | Unset = UNSET
    on_complete_trigger_job: str | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: str | Unset = UNSET
    on_failure_trigger_workflow: str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        group_id = self.group_id

        description = self.description

        cron = self.cron

        payload_schema = self.payload_schema

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        fallback_endpoint_url = self.fallback_endpoint_url

        max_concurrency = self.max_concurrency

        max_concurrency_per_key = self.max_concurrency_per_key

        execution_window_cron = self.execution_window_cron

        timezone = self.timezone

        rate_limit_max = self.rate_limit_max

        rate_limit_window_secs = self.rate_limit_window_secs

        rate_limit_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_limit_keys, Unset):
            rate_limit_keys = []
            for rate_limit_keys_item_data in self.rate_limit_keys:
                rate_limit_keys_item = rate_limit_keys_item_data.to_dict()
                rate_limit_keys.append(rate_limit_keys_item)

        dedup_window_secs = self.dedup_window_secs

        paused_at: str | Unset = UNSET
        if not isinstance(self.paused_at, Unset):
            paused_at = self.paused_at.isoformat()

        pause_reason = self.pause_reason

        webhook_url = self.webhook_url

        run_ttl_secs = self.run_ttl_secs

        retry_strategy = self.retry_strategy

        retry_delays_secs: list[int] | Unset = UNSET
        if not isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost = self.retry_priority_boost

        dlq_alert_threshold = self.dlq_alert_threshold

        queue_depth_alert_threshold = self.queue_depth_alert_threshold

        poison_pill_threshold = self.poison_pill_threshold

        environment_id = self.environment_id

        default_run_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_run_metadata, Unset):
            default_run_metadata = self.default_run_metadata.to_dict()

        version_id = self.version_id

        version_policy = self.version_policy

        backwards_compatible = self.backwards_compatible

        cron_overlap_policy = self.cron_overlap_policy

        result_schema = self.result_schema

        debounce_window_secs = self.debounce_window_secs

        batch_window_secs = self.batch_window_secs

        batch_max_size = self.batch_max_size

        execution_mode = self.execution_mode

        queue = self.queue

        on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_failure_trigger_job = self.on_failure_trigger_job

        on_failure_trigger_workflow = self.on_failure_trigger_workflow

        on_failure_payload_mapping = self.on_failure_payload_mapping

        created_by = self.created_by

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
        from ..models.rate_limit_key import RateLimitKey  # noqa: PLC0415
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        name = d.pop("name")

        slug = d.pop("slug")

        endpoint_url = d.pop("endpoint_url")

        max_attempts = d.pop("max_attempts")

        timeout_secs = d.pop("timeout_secs")

        enabled = d.pop("enabled")

        paused = d.pop("paused")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        group_id = d.pop("group_id", UNSET)

        description = d.pop("description", UNSET)

        cron = d.pop("cron", UNSET)

        payload_schema = d.pop("payload_schema", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: StringMap | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = StringMap.from_dict(_tags)

        fallback_endpoint_url = d.pop("fallback_endpoint_url", UNSET)

        max_concurrency = d.pop("max_concurrency", UNSET)

        max_concurrency_per_key = d.pop("max_concurrency_per_key", UNSET)

        execution_window_cron = d.pop("execution_window_cron", UNSET)

        timezone = d.pop("timezone", UNSET)

        rate_limit_max = d.pop("rate_limit_max", UNSET)

        rate_limit_window_secs = d.pop("rate_limit_window_secs", UNSET)

        _rate_limit_keys = d.pop("rate_limit_keys", UNSET)
        rate_limit_keys: list[RateLimitKey] | Unset = UNSET
        if _rate_limit_keys is not UNSET:
            rate_limit_keys = []
            for rate_limit_keys_item_data in _rate_limit_keys:
                rate_limit_keys_item = RateLimitKey.from_dict(rate_limit_keys_item_data)

                rate_limit_keys.append(rate_limit_keys_item)

        dedup_window_secs = d.pop("dedup_window_secs", UNSET)

        _paused_at = d.pop("paused_at", UNSET)
        paused_at: datetime.datetime | Unset
        if isinstance(_paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = datetime.datetime.fromisoformat(_paused_at)

        pause_reason = d.pop("pause_reason", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        run_ttl_secs = d.pop("run_ttl_secs", UNSET)

        retry_strategy = d.pop("retry_strategy", UNSET)

        retry_delays_secs = cast(list[int], d.pop("retry_delays_secs", UNSET))

        retry_priority_boost = d.pop("retry_priority_boost", UNSET)

        dlq_alert_threshold = d.pop("dlq_alert_threshold", UNSET)

        queue_depth_alert_threshold = d.pop("queue_depth_alert_threshold", UNSET)

        poison_pill_threshold = d.pop("poison_pill_threshold", UNSET)

        environment_id = d.pop("environment_id", UNSET)

        _default_run_metadata = d.pop("default_run_metadata", UNSET)
        default_run_metadata: StringMap | Unset
        if isinstance(_default_run_metadata, Unset):
            default_run_metadata = UNSET
        else:
            default_run_metadata = StringMap.from_dict(_default_run_metadata)

        version_id = d.pop("version_id", UNSET)

        version_policy = d.pop("version_policy", UNSET)

        backwards_compatible = d.pop("backwards_compatible", UNSET)

        cron_overlap_policy = d.pop("cron_overlap_policy", UNSET)

        result_schema = d.pop("result_schema", UNSET)

        debounce_window_secs = d.pop("debounce_window_secs", UNSET)

        batch_window_secs = d.pop("batch_window_secs", UNSET)

        batch_max_size = d.pop("batch_max_size", UNSET)

        execution_mode = d.pop("execution_mode", UNSET)

        queue = d.pop("queue", UNSET)

        on_complete_trigger_workflow = d.pop("on_complete_trigger_workflow", UNSET)

        on_complete_trigger_job = d.pop("on_complete_trigger_job", UNSET)

        on_complete_payload_mapping = d.pop("on_complete_payload_mapping", UNSET)

        on_failure_trigger_job = d.pop("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = d.pop("on_failure_trigger_workflow", UNSET)

        on_failure_payload_mapping = d.pop("on_failure_payload_mapping", UNSET)

        created_by = d.pop("created_by", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        job = cls(
            id=id,
            project_id=project_id,
            name=name,
            slug=slug,
            endpoint_url=endpoint_url,
            max_attempts=max_attempts,
            timeout_secs=timeout_secs,
            enabled=enabled,
            paused=paused,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            group_id=group_id,
            description=description,
            cron=cron,
            payload_schema=payload_schema,
            tags=tags,
            fallback_endpoint_url=fallback_endpoint_url,
            max_concurrency=max_concurrency,
            max_concurrency_per_key=max_concurrency_per_key,
            execution_window_cron=execution_window_cron,
            timezone=timezone,
            rate_limit_max=rate_limit_max,
            rate_limit_window_secs=rate_limit_window_secs,
            rate_limit_keys=rate_limit_keys,
            dedup_window_secs=dedup_window_secs,
            paused_at=paused_at,
            pause_reason=pause_reason,
            webhook_url=webhook_url,
            run_ttl_secs=run_ttl_secs,
            retry_strategy=retry_strategy,
            retry_delays_secs=retry_delays_secs,
            retry_priority_boost=retry_priority_boost,
            dlq_alert_threshold=dlq_alert_threshold,
            queue_depth_alert_threshold=queue_depth_alert_threshold,
            poison_pill_threshold=poison_pill_threshold,
            environment_id=environment_id,
            default_run_metadata=default_run_metadata,
            version_id=version_id,
            version_policy=version_policy,
            backwards_compatible=backwards_compatible,
            cron_overlap_policy=cron_overlap_policy,
            result_schema=result_schema,
            debounce_window_secs=debounce_window_secs,
            batch_window_secs=batch_window_secs,
            batch_max_size=batch_max_size,
            execution_mode=execution_mode,
            queue=queue,
            on_complete_trigger_workflow=on_complete_trigger_workflow,
            on_complete_trigger_job=on_complete_trigger_job,
            on_complete_payload_mapping=on_complete_payload_mapping,
            on_failure_trigger_job=on_failure_trigger_job,
            on_failure_trigger_workflow=on_failure_trigger_workflow,
            on_failure_payload_mapping=on_failure_payload_mapping,
            created_by=created_by,
            updated_by=updated_by,
        )

        job.additional_properties = d
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
