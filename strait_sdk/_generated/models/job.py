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

    def to_dict(self) -> dict[str, Any]:
        from ..models.string_map import StringMap  # noqa: PLC0415

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

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron = _parse_cron(d.pop("cron", UNSET))

        payload_schema = d.pop("payload_schema", UNSET)

        def _parse_tags(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = StringMap.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_fallback_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_endpoint_url = _parse_fallback_endpoint_url(d.pop("fallback_endpoint_url", UNSET))

        def _parse_max_concurrency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrency = _parse_max_concurrency(d.pop("max_concurrency", UNSET))

        def _parse_max_concurrency_per_key(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrency_per_key = _parse_max_concurrency_per_key(
            d.pop("max_concurrency_per_key", UNSET)
        )

        def _parse_execution_window_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_window_cron = _parse_execution_window_cron(d.pop("execution_window_cron", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_rate_limit_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_max = _parse_rate_limit_max(d.pop("rate_limit_max", UNSET))

        def _parse_rate_limit_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_window_secs = _parse_rate_limit_window_secs(
            d.pop("rate_limit_window_secs", UNSET)
        )

        def _parse_rate_limit_keys(data: object) -> list[RateLimitKey] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rate_limit_keys_type_0 = []
                _rate_limit_keys_type_0 = data
                for rate_limit_keys_type_0_item_data in _rate_limit_keys_type_0:
                    rate_limit_keys_type_0_item = RateLimitKey.from_dict(
                        rate_limit_keys_type_0_item_data
                    )

                    rate_limit_keys_type_0.append(rate_limit_keys_type_0_item)

                return rate_limit_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RateLimitKey] | None | Unset, data)

        rate_limit_keys = _parse_rate_limit_keys(d.pop("rate_limit_keys", UNSET))

        def _parse_dedup_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dedup_window_secs = _parse_dedup_window_secs(d.pop("dedup_window_secs", UNSET))

        def _parse_paused_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paused_at_type_0 = datetime.datetime.fromisoformat(data)

                return paused_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paused_at = _parse_paused_at(d.pop("paused_at", UNSET))

        def _parse_pause_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pause_reason = _parse_pause_reason(d.pop("pause_reason", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_run_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_ttl_secs = _parse_run_ttl_secs(d.pop("run_ttl_secs", UNSET))

        def _parse_retry_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retry_strategy = _parse_retry_strategy(d.pop("retry_strategy", UNSET))

        def _parse_retry_delays_secs(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_delays_secs_type_0 = cast(list[int], data)

                return retry_delays_secs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        retry_delays_secs = _parse_retry_delays_secs(d.pop("retry_delays_secs", UNSET))

        def _parse_retry_priority_boost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_priority_boost = _parse_retry_priority_boost(d.pop("retry_priority_boost", UNSET))

        def _parse_dlq_alert_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dlq_alert_threshold = _parse_dlq_alert_threshold(d.pop("dlq_alert_threshold", UNSET))

        def _parse_queue_depth_alert_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_depth_alert_threshold = _parse_queue_depth_alert_threshold(
            d.pop("queue_depth_alert_threshold", UNSET)
        )

        def _parse_poison_pill_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        poison_pill_threshold = _parse_poison_pill_threshold(d.pop("poison_pill_threshold", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_default_run_metadata(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_run_metadata_type_0 = StringMap.from_dict(data)

                return default_run_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        default_run_metadata = _parse_default_run_metadata(d.pop("default_run_metadata", UNSET))

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_version_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_policy = _parse_version_policy(d.pop("version_policy", UNSET))

        def _parse_backwards_compatible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        backwards_compatible = _parse_backwards_compatible(d.pop("backwards_compatible", UNSET))

        def _parse_cron_overlap_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron_overlap_policy = _parse_cron_overlap_policy(d.pop("cron_overlap_policy", UNSET))

        result_schema = d.pop("result_schema", UNSET)

        def _parse_debounce_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        debounce_window_secs = _parse_debounce_window_secs(d.pop("debounce_window_secs", UNSET))

        def _parse_batch_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_window_secs = _parse_batch_window_secs(d.pop("batch_window_secs", UNSET))

        def _parse_batch_max_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_max_size = _parse_batch_max_size(d.pop("batch_max_size", UNSET))

        def _parse_execution_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_mode = _parse_execution_mode(d.pop("execution_mode", UNSET))

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_on_complete_trigger_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_complete_trigger_workflow = _parse_on_complete_trigger_workflow(
            d.pop("on_complete_trigger_workflow", UNSET)
        )

        def _parse_on_complete_trigger_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_complete_trigger_job = _parse_on_complete_trigger_job(
            d.pop("on_complete_trigger_job", UNSET)
        )

        on_complete_payload_mapping = d.pop("on_complete_payload_mapping", UNSET)

        def _parse_on_failure_trigger_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_failure_trigger_job = _parse_on_failure_trigger_job(
            d.pop("on_failure_trigger_job", UNSET)
        )

        def _parse_on_failure_trigger_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_failure_trigger_workflow = _parse_on_failure_trigger_workflow(
            d.pop("on_failure_trigger_workflow", UNSET)
        )

        on_failure_payload_mapping = d.pop("on_failure_payload_mapping", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

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
