"""Request bodies of the workflow routes, with the validate tags of Strait's Go structs."""

from __future__ import annotations

from ._decode import BodySpec, FieldSpec, Kind

_S, _I, _B = Kind.STRING, Kind.INT, Kind.BOOL
_RAW, _MAP, _STRS = Kind.RAW, Kind.STRING_MAP, Kind.STRING_LIST

_VERSION_POLICIES = ("pin", "latest", "minor")

WORKFLOW_STEP = BodySpec(
    "workflowStepRequest",
    (
        FieldSpec("job_id", _S),
        # Strait tags step_ref ``required``, but the steps list does not ``dive``, so the
        # step rules, not the decoder, check it.
        FieldSpec("step_ref", _S),
        FieldSpec("depends_on", _STRS),
        FieldSpec("condition", _RAW),
        FieldSpec("on_failure", _S),
        FieldSpec("payload", _RAW),
        FieldSpec("step_type", _S),
        FieldSpec("approval_timeout_secs", _I),
        FieldSpec("approval_approvers", _STRS),
        FieldSpec("retry_max_attempts", _I),
        FieldSpec("retry_backoff", _S),
        FieldSpec("retry_initial_delay_secs", _I),
        FieldSpec("retry_max_delay_secs", _I),
        FieldSpec("timeout_secs_override", _I),
        FieldSpec("output_transform", _S),
        FieldSpec("sub_workflow_id", _S),
        FieldSpec("max_nesting_depth", _I),
        FieldSpec("event_key", _S),
        FieldSpec("event_timeout_secs", _I),
        FieldSpec("event_notify_url", _S),
        FieldSpec("event_emit_key", _S),
        FieldSpec("sleep_duration_secs", _I),
        FieldSpec("concurrency_key", _S),
        FieldSpec("resource_class", _S),
        FieldSpec("expected_duration_secs", _I),
        FieldSpec("stage_notifications", _RAW),
        FieldSpec("compensation_job_id", _S),
        FieldSpec("compensation_timeout_secs", _I),
    ),
)

CREATE_WORKFLOW = BodySpec(
    "createWorkflowRequest",
    (
        FieldSpec("project_id", _S, required=True),
        FieldSpec("name", _S, required=True, maximum=255),
        FieldSpec("slug", _S, required=True, maximum=255),
        FieldSpec("description", _S, omitempty=True, maximum=2000),
        FieldSpec("tags", _MAP),
        FieldSpec("enabled", _B, pointer=True),
        FieldSpec("timeout_secs", _I),
        FieldSpec("max_concurrent_runs", _I),
        FieldSpec("max_parallel_steps", _I),
        FieldSpec("cron", _S),
        FieldSpec("cron_timezone", _S),
        FieldSpec("skip_if_running", _B),
        FieldSpec("version_policy", _S, omitempty=True, one_of=_VERSION_POLICIES),
        FieldSpec("steps", Kind.OBJECT_LIST, items=WORKFLOW_STEP),
    ),
)

# Every field is a Go pointer, so only fields that are present and not null change.
UPDATE_WORKFLOW = BodySpec(
    "updateWorkflowRequest",
    (
        FieldSpec("name", _S, pointer=True),
        FieldSpec("slug", _S, pointer=True),
        FieldSpec("description", _S, pointer=True),
        FieldSpec("tags", _MAP, pointer=True),
        FieldSpec("enabled", _B, pointer=True),
        FieldSpec("timeout_secs", _I, pointer=True),
        FieldSpec("max_concurrent_runs", _I, pointer=True),
        FieldSpec("max_parallel_steps", _I, pointer=True),
        FieldSpec("cron", _S, pointer=True),
        FieldSpec("cron_timezone", _S, pointer=True),
        FieldSpec("skip_if_running", _B, pointer=True),
        FieldSpec("version_policy", _S, omitempty=True, pointer=True, one_of=_VERSION_POLICIES),
        FieldSpec("backwards_compatible", _B, pointer=True),
        FieldSpec("steps", Kind.OBJECT_LIST, pointer=True, items=WORKFLOW_STEP),
        FieldSpec("breaking_change", _B, pointer=True),
    ),
)

STEP_OVERRIDE = BodySpec(
    "StepOverride", (FieldSpec("step_ref", _S), FieldSpec("enabled", _B)), package="domain"
)

TRIGGER_WORKFLOW = BodySpec(
    "triggerWorkflowRequest",
    (
        FieldSpec("project_id", _S),
        FieldSpec("payload", _RAW),
        FieldSpec("triggered_by", _S),
        FieldSpec("labels", _MAP),
        FieldSpec("tags", _MAP),
        FieldSpec("step_overrides", Kind.OBJECT_LIST, items=STEP_OVERRIDE),
    ),
)

APPROVE_STEP = BodySpec("approveWorkflowStepRequest", (FieldSpec("approver", _S),))

SKIP_STEP = BodySpec("skipStepRequest", (FieldSpec("reason", _S),))
