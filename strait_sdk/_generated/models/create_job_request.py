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
    endpoint_url: str | Unset = UNSET
    """ Required when `execution_mode` is `http`, the default. """
    fallback_endpoint_url: str | Unset = UNSET
    endpoint_signing_secret: str | Unset = UNSET
    """ When set, each dispatch carries an HMAC-SHA256 signature made with it. """
    group_id: str | Unset = UNSET
    description: str | Unset = UNSET
    cron: str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    tags: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    enabled: bool | Unset = UNSET
    """ Defaults to true. """
    environment_id: str | Unset = UNSET
    queue_name: str | Unset = UNSET
    max_attempts: int | Unset = UNSET
    """ Defaults to 3. """
    timeout_secs: int | Unset = UNSET
    """ Defaults to 300. """
    run_ttl_secs: int | Unset = UNSET
    max_concurrency: int | Unset = UNSET
    max_concurrency_per_key: int | Unset = UNSET
    execution_window_cron: str | Unset = UNSET
    timezone: str | Unset = UNSET
    rate_limit_max: int | Unset = UNSET
    rate_limit_window_secs: int | Unset = UNSET
    dedup_window_secs: int | Unset = UNSET
    retry_strategy: RetryStrategy | Unset = UNSET
    retry_delays_secs: list[int] | Unset = UNSET
    retry_priority_boost: int | Unset = UNSET
    version_policy: VersionPolicy | Unset = UNSET
    default_run_metadata: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    result_schema: Any | Unset = UNSET
    cron_overlap_policy: CronOverlapPolicy | Unset = UNSET
    debounce_window_secs: int | Unset = UNSET
    batch_window_secs: int | Unset = UNSET
    batch_max_size: int | Unset = UNSET
    execution_mode: ExecutionMode | Unset = UNSET
    """ How runs reach the job's code. """
    poison_pill_threshold: int | Unset = UNSET
    on_complete_trigger_workflow: str | Unset = UNSET
    on_complete_trigger_job: str | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: str | Unset = UNSET
    on_failure_trigger_workflow: str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        slug = self.slug

        endpoint_url = self.endpoint_url

        fallback_endpoint_url = self.fallback_endpoint_url

        endpoint_signing_secret = self.endpoint_signing_secret

        group_id = self.group_id

        description = self.description

        cron = self.cron

        payload_schema = self.payload_schema

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        enabled = self.enabled

        environment_id = self.environment_id

        queue_name = self.queue_name

        max_attempts = self.max_attempts

        timeout_secs = self.timeout_secs

        run_ttl_secs = self.run_ttl_secs

        max_concurrency = self.max_concurrency

        max_concurrency_per_key = self.max_concurrency_per_key

        execution_window_cron = self.execution_window_cron

        timezone = self.timezone

        rate_limit_max = self.rate_limit_max

        rate_limit_window_secs = self.rate_limit_window_secs

        dedup_window_secs = self.dedup_window_secs

        retry_strategy: str | Unset = UNSET
        if not isinstance(self.retry_strategy, Unset):
            retry_strategy = self.retry_strategy.value

        retry_delays_secs: list[int] | Unset = UNSET
        if not isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost = self.retry_priority_boost

        version_policy: str | Unset = UNSET
        if not isinstance(self.version_policy, Unset):
            version_policy = self.version_policy.value

        default_run_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_run_metadata, Unset):
            default_run_metadata = self.default_run_metadata.to_dict()

        result_schema = self.result_schema

        cron_overlap_policy: str | Unset = UNSET
        if not isinstance(self.cron_overlap_policy, Unset):
            cron_overlap_policy = self.cron_overlap_policy.value

        debounce_window_secs = self.debounce_window_secs

        batch_window_secs = self.batch_window_secs

        batch_max_size = self.batch_max_size

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        poison_pill_threshold = self.poison_pill_threshold

        on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_failure_trigger_job = self.on_failure_trigger_job

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

        endpoint_url = d.pop("endpoint_url", UNSET)

        fallback_endpoint_url = d.pop("fallback_endpoint_url", UNSET)

        endpoint_signing_secret = d.pop("endpoint_signing_secret", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        environment_id = d.pop("environment_id", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        max_attempts = d.pop("max_attempts", UNSET)

        timeout_secs = d.pop("timeout_secs", UNSET)

        run_ttl_secs = d.pop("run_ttl_secs", UNSET)

        max_concurrency = d.pop("max_concurrency", UNSET)

        max_concurrency_per_key = d.pop("max_concurrency_per_key", UNSET)

        execution_window_cron = d.pop("execution_window_cron", UNSET)

        timezone = d.pop("timezone", UNSET)

        rate_limit_max = d.pop("rate_limit_max", UNSET)

        rate_limit_window_secs = d.pop("rate_limit_window_secs", UNSET)

        dedup_window_secs = d.pop("dedup_window_secs", UNSET)

        _retry_strategy = d.pop("retry_strategy", UNSET)
        retry_strategy: RetryStrategy | Unset
        if isinstance(_retry_strategy, Unset):
            retry_strategy = UNSET
        else:
            retry_strategy = RetryStrategy(_retry_strategy)

        retry_delays_secs = cast(list[int], d.pop("retry_delays_secs", UNSET))

        retry_priority_boost = d.pop("retry_priority_boost", UNSET)

        _version_policy = d.pop("version_policy", UNSET)
        version_policy: VersionPolicy | Unset
        if isinstance(_version_policy, Unset):
            version_policy = UNSET
        else:
            version_policy = VersionPolicy(_version_policy)

        _default_run_metadata = d.pop("default_run_metadata", UNSET)
        default_run_metadata: StringMap | Unset
        if isinstance(_default_run_metadata, Unset):
            default_run_metadata = UNSET
        else:
            default_run_metadata = StringMap.from_dict(_default_run_metadata)

        result_schema = d.pop("result_schema", UNSET)

        _cron_overlap_policy = d.pop("cron_overlap_policy", UNSET)
        cron_overlap_policy: CronOverlapPolicy | Unset
        if isinstance(_cron_overlap_policy, Unset):
            cron_overlap_policy = UNSET
        else:
            cron_overlap_policy = CronOverlapPolicy(_cron_overlap_policy)

        debounce_window_secs = d.pop("debounce_window_secs", UNSET)

        batch_window_secs = d.pop("batch_window_secs", UNSET)

        batch_max_size = d.pop("batch_max_size", UNSET)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ExecutionMode(_execution_mode)

        poison_pill_threshold = d.pop("poison_pill_threshold", UNSET)

        on_complete_trigger_workflow = d.pop("on_complete_trigger_workflow", UNSET)

        on_complete_trigger_job = d.pop("on_complete_trigger_job", UNSET)

        on_complete_payload_mapping = d.pop("on_complete_payload_mapping", UNSET)

        on_failure_trigger_job = d.pop("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = d.pop("on_failure_trigger_workflow", UNSET)

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
