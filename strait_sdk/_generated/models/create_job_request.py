from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cron_overlap_policy import CronOverlapPolicy
from ..models.execution_mode import ExecutionMode
from ..models.retry_strategy import RetryStrategy
from ..models.version_policy import VersionPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="CreateJobRequest")


@_attrs_define
class CreateJobRequest:
    project_id: str
    """ Must be the API key's project. """
    name: str
    slug: str
    """ Unique within the project. """
    endpoint_url: None | str | Unset = UNSET
    """ Required when `execution_mode` is `http`, the default. """
    fallback_endpoint_url: None | str | Unset = UNSET
    endpoint_signing_secret: None | str | Unset = UNSET
    """ When set, each dispatch carries an HMAC-SHA256 signature made with it. """
    group_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    cron: None | str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    environment_id: None | str | Unset = UNSET
    queue_name: None | str | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    """ Defaults to 3. """
    timeout_secs: int | None | Unset = UNSET
    """ Defaults to 300. """
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
        from ..models.string_map import StringMap  # noqa: PLC0415

        project_id = self.project_id

        name = self.name

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
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "slug": slug,
            }
        )
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
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_url = _parse_endpoint_url(d.pop("endpoint_url", UNSET))

        def _parse_fallback_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_endpoint_url = _parse_fallback_endpoint_url(d.pop("fallback_endpoint_url", UNSET))

        def _parse_endpoint_signing_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_signing_secret = _parse_endpoint_signing_secret(
            d.pop("endpoint_signing_secret", UNSET)
        )

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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.pop("environment_id", UNSET))

        def _parse_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue_name = _parse_queue_name(d.pop("queue_name", UNSET))

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))

        def _parse_timeout_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_secs = _parse_timeout_secs(d.pop("timeout_secs", UNSET))

        def _parse_run_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_ttl_secs = _parse_run_ttl_secs(d.pop("run_ttl_secs", UNSET))

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

        def _parse_dedup_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dedup_window_secs = _parse_dedup_window_secs(d.pop("dedup_window_secs", UNSET))

        def _parse_retry_strategy(data: object) -> None | RetryStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_strategy_type_0 = RetryStrategy(data)

                return retry_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetryStrategy | Unset, data)

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

        def _parse_version_policy(data: object) -> None | Unset | VersionPolicy:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_0 = VersionPolicy(data)

                return version_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VersionPolicy, data)

        version_policy = _parse_version_policy(d.pop("version_policy", UNSET))

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

        result_schema = d.pop("result_schema", UNSET)

        def _parse_cron_overlap_policy(data: object) -> CronOverlapPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cron_overlap_policy_type_0 = CronOverlapPolicy(data)

                return cron_overlap_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CronOverlapPolicy | None | Unset, data)

        cron_overlap_policy = _parse_cron_overlap_policy(d.pop("cron_overlap_policy", UNSET))

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

        def _parse_execution_mode(data: object) -> ExecutionMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_0 = ExecutionMode(data)

                return execution_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionMode | None | Unset, data)

        execution_mode = _parse_execution_mode(d.pop("execution_mode", UNSET))

        def _parse_poison_pill_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        poison_pill_threshold = _parse_poison_pill_threshold(d.pop("poison_pill_threshold", UNSET))

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

        create_job_request = cls(
            project_id=project_id,
            name=name,
            slug=slug,
            endpoint_url=endpoint_url,
            fallback_endpoint_url=fallback_endpoint_url,
            endpoint_signing_secret=endpoint_signing_secret,
            group_id=group_id,
            description=description,
            cron=cron,
            payload_schema=payload_schema,
            tags=tags,
            enabled=enabled,
            environment_id=environment_id,
            queue_name=queue_name,
            max_attempts=max_attempts,
            timeout_secs=timeout_secs,
            run_ttl_secs=run_ttl_secs,
            max_concurrency=max_concurrency,
            max_concurrency_per_key=max_concurrency_per_key,
            execution_window_cron=execution_window_cron,
            timezone=timezone,
            rate_limit_max=rate_limit_max,
            rate_limit_window_secs=rate_limit_window_secs,
            dedup_window_secs=dedup_window_secs,
            retry_strategy=retry_strategy,
            retry_delays_secs=retry_delays_secs,
            retry_priority_boost=retry_priority_boost,
            version_policy=version_policy,
            default_run_metadata=default_run_metadata,
            result_schema=result_schema,
            cron_overlap_policy=cron_overlap_policy,
            debounce_window_secs=debounce_window_secs,
            batch_window_secs=batch_window_secs,
            batch_max_size=batch_max_size,
            execution_mode=execution_mode,
            poison_pill_threshold=poison_pill_threshold,
            on_complete_trigger_workflow=on_complete_trigger_workflow,
            on_complete_trigger_job=on_complete_trigger_job,
            on_complete_payload_mapping=on_complete_payload_mapping,
            on_failure_trigger_job=on_failure_trigger_job,
            on_failure_trigger_workflow=on_failure_trigger_workflow,
            on_failure_payload_mapping=on_failure_payload_mapping,
        )

        create_job_request.additional_properties = d
        return create_job_request

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
