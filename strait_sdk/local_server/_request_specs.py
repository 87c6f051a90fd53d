"""Request bodies of the implemented routes, with the validate tags of Strait's Go structs."""

from __future__ import annotations

from ._decode import BodySpec, FieldSpec, Kind

_S, _I, _I64, _F, _B = Kind.STRING, Kind.INT, Kind.INT64, Kind.FLOAT, Kind.BOOL
_RAW, _MAP, _INTS, _TIME = Kind.RAW, Kind.STRING_MAP, Kind.INT_LIST, Kind.TIME

# Optional job settings shared by create and update, in Go struct order. Update turns
# each into a pointer, so a present zero value is validated there.
_JOB_SETTINGS = (
    FieldSpec("group_id", _S),
    FieldSpec("description", _S, omitempty=True, maximum=2000),
    FieldSpec("cron", _S),
    FieldSpec("payload_schema", _RAW),
    FieldSpec("tags", _MAP),
    FieldSpec("endpoint_url", _S, omitempty=True, url=True),
    FieldSpec("endpoint_signing_secret", _S, omitempty=True, minimum=16, maximum=4096),
    FieldSpec("webhook_secret", _S, omitempty=True, minimum=16, maximum=4096),
    FieldSpec("fallback_endpoint_url", _S, omitempty=True, url=True),
    FieldSpec("max_attempts", _I, omitempty=True, minimum=1, maximum=100),
    FieldSpec("timeout_secs", _I, omitempty=True, minimum=1),
    FieldSpec("max_concurrency", _I, omitempty=True, minimum=0),
    FieldSpec("max_concurrency_per_key", _I, omitempty=True, minimum=0),
    FieldSpec("execution_window_cron", _S),
    FieldSpec("timezone", _S),
    FieldSpec("rate_limit_max", _I, omitempty=True, minimum=0),
    FieldSpec("rate_limit_window_secs", _I, omitempty=True, minimum=0),
    FieldSpec("dedup_window_secs", _I, omitempty=True, minimum=0),
    FieldSpec("run_ttl_secs", _I, omitempty=True, minimum=0),
    FieldSpec(
        "retry_strategy", _S, omitempty=True, one_of=("exponential", "linear", "fixed", "custom")
    ),
    FieldSpec("retry_delays_secs", _INTS),
    FieldSpec("retry_priority_boost", _I, omitempty=True, minimum=0, maximum=10),
    FieldSpec("environment_id", _S),
    FieldSpec("version_policy", _S, omitempty=True, one_of=("pin", "latest", "minor")),
    FieldSpec("default_run_metadata", _MAP),
    FieldSpec("result_schema", _RAW),
    FieldSpec(
        "cron_overlap_policy", _S, omitempty=True, one_of=("allow", "skip", "cancel_running")
    ),
    FieldSpec("debounce_window_secs", _I, omitempty=True, minimum=0),
    FieldSpec("batch_window_secs", _I, omitempty=True, minimum=0),
    FieldSpec("batch_max_size", _I, omitempty=True, minimum=0),
    FieldSpec("execution_mode", _S, omitempty=True, one_of=("http", "worker")),
    FieldSpec("enabled", _B, pointer=True),
    FieldSpec("queue_name", _S),
    FieldSpec("poison_pill_threshold", _I, omitempty=True, pointer=True, minimum=1),
    FieldSpec("on_complete_trigger_workflow", _S),
    FieldSpec("on_complete_trigger_job", _S),
    FieldSpec("on_complete_payload_mapping", _RAW),
    FieldSpec("on_failure_trigger_job", _S),
    FieldSpec("on_failure_trigger_workflow", _S),
    FieldSpec("on_failure_payload_mapping", _RAW),
)

CREATE_JOB = BodySpec(
    "CreateJobRequest",
    (
        FieldSpec("project_id", _S, required=True),
        FieldSpec("name", _S, required=True, maximum=255),
        FieldSpec("slug", _S, required=True, maximum=255),
        *_JOB_SETTINGS,
    ),
)

UPDATE_JOB = BodySpec(
    "UpdateJobRequest",
    (
        FieldSpec("name", _S, pointer=True),
        FieldSpec("slug", _S, pointer=True),
        *(
            FieldSpec(
                spec.name,
                spec.kind,
                omitempty=spec.omitempty,
                pointer=True,
                minimum=spec.minimum,
                maximum=spec.maximum,
                one_of=spec.one_of,
                url=spec.url,
            )
            for spec in _JOB_SETTINGS
        ),
        FieldSpec("backwards_compatible", _B, pointer=True),
    ),
)

PAUSE_JOB = BodySpec("PauseJobRequest", (FieldSpec("reason", _S),))

TRIGGER = BodySpec(
    "TriggerRequest",
    (
        FieldSpec("payload", _RAW),
        FieldSpec("tags", _MAP),
        FieldSpec("scheduled_at", _TIME, pointer=True),
        FieldSpec("priority", _I, minimum=0, maximum=10),
        FieldSpec("dry_run", _B),
        FieldSpec("ttl_secs", _I, omitempty=True, pointer=True, minimum=0, maximum=2_592_000),
        FieldSpec("concurrency_key", _S, maximum=256),
        FieldSpec("debounce_key", _S, maximum=256),
        FieldSpec("batch_key", _S, maximum=256),
    ),
)

SEND_EVENT = BodySpec("SendEventRequest", (FieldSpec("payload", _RAW),))

SDK_LOG = BodySpec(
    "SDKLogRequest",
    (
        FieldSpec("type", _S),
        FieldSpec("level", _S),
        FieldSpec("message", _S, required=True),
        FieldSpec("data", _RAW),
    ),
)

SDK_PROGRESS = BodySpec(
    "SDKProgressRequest",
    (
        FieldSpec("percent", _F, minimum=0, maximum=100),
        FieldSpec("message", _S, required=True),
        FieldSpec("step", _S),
        FieldSpec("eta_seconds", _I),
    ),
)

SDK_ANNOTATE = BodySpec(
    "SDKAnnotateRequest", (FieldSpec("annotations", _MAP, required=True, minimum=1),)
)

SDK_CHECKPOINT = BodySpec(
    "SDKCheckpointRequest",
    (FieldSpec("source", _S), FieldSpec("state", _RAW, required=True)),
)

SDK_OUTPUT = BodySpec(
    "SDKOutputRequest",
    (
        FieldSpec("output_key", _S, required=True),
        FieldSpec("schema", _RAW),
        FieldSpec("value", _RAW, required=True),
    ),
)

SDK_COMPLETE = BodySpec("SDKCompleteRequest", (FieldSpec("result", _RAW),))

SDK_FAIL = BodySpec("SDKFailRequest", (FieldSpec("error", _S, required=True),))

SDK_SPAWN = BodySpec(
    "SDKSpawnRequest",
    (
        FieldSpec("job_slug", _S, required=True),
        FieldSpec("project_id", _S, required=True),
        FieldSpec("payload", _RAW),
        FieldSpec("await_completion", _B),
        FieldSpec("await_timeout_secs", _I),
        FieldSpec("target_api_key", _S),
    ),
)

SDK_CONTINUE = BodySpec("SDKContinueRequest", (FieldSpec("payload", _RAW),))

SDK_WAIT_FOR_EVENT = BodySpec(
    "SDKWaitForEventRequest",
    (
        FieldSpec("event_key", _S, required=True),
        FieldSpec("timeout_secs", _I),
        FieldSpec("notify_url", _S),
    ),
)

SDK_SET_STATE = BodySpec(
    "SDKSetStateRequest",
    (FieldSpec("key", _S, required=True), FieldSpec("value", _RAW, required=True)),
)

SDK_STREAM_CHUNK = BodySpec(
    "SDKStreamChunkRequest",
    (FieldSpec("chunk", _S), FieldSpec("stream_id", _S), FieldSpec("done", _B)),
)

SDK_RESOURCES = BodySpec(
    "SDKResourcesRequest",
    (FieldSpec("memory_mb", _F), FieldSpec("memory_percent", _F), FieldSpec("cpu_percent", _F)),
)

SDK_RESOURCE_SNAPSHOT = BodySpec(
    "SDKResourceSnapshotRequest",
    (
        FieldSpec("cpu_percent", _F),
        FieldSpec("memory_mb", _F),
        FieldSpec("memory_limit_mb", _F),
        FieldSpec("network_rx_bytes", _I64),
        FieldSpec("network_tx_bytes", _I64),
    ),
)

SDK_SET_MEMORY = BodySpec(
    "SDKSetMemoryRequest",
    (FieldSpec("value", _RAW, required=True), FieldSpec("ttl_secs", _I, pointer=True)),
)
