"""Contains all the data models used in inputs/outputs"""

from .admin_outbox_row import AdminOutboxRow
from .admin_outbox_row_list import AdminOutboxRowList
from .annotate_request import AnnotateRequest
from .annotate_request_annotations import AnnotateRequestAnnotations
from .batch_flushed_trigger import BatchFlushedTrigger
from .buffered_trigger import BufferedTrigger
from .checkpoint_request import CheckpointRequest
from .complete_request import CompleteRequest
from .continue_request import ContinueRequest
from .create_job_request import CreateJobRequest
from .create_secret_request import CreateSecretRequest
from .cron_overlap_policy import CronOverlapPolicy
from .dead_letter_run_ack import DeadLetterRunAck
from .debounced_trigger import DebouncedTrigger
from .dry_run_job import DryRunJob
from .dry_run_result import DryRunResult
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .event_trigger import EventTrigger
from .execution_mode import ExecutionMode
from .execution_trace import ExecutionTrace
from .fail_request import FailRequest
from .health_status import HealthStatus
from .idempotent_trigger_hit import IdempotentTriggerHit
from .job import Job
from .job_list import JobList
from .job_memory import JobMemory
from .job_run import JobRun
from .job_secret import JobSecret
from .job_secret_list import JobSecretList
from .log_request import LogRequest
from .outbox_purge_result import OutboxPurgeResult
from .outbox_retry_result import OutboxRetryResult
from .output_request import OutputRequest
from .progress_request import ProgressRequest
from .quota_error import QuotaError
from .rate_limit_key import RateLimitKey
from .resource_snapshot import ResourceSnapshot
from .resource_snapshot_request import ResourceSnapshotRequest
from .resources_request import ResourcesRequest
from .retry_strategy import RetryStrategy
from .run_checkpoint import RunCheckpoint
from .run_checkpoint_list import RunCheckpointList
from .run_event import RunEvent
from .run_event_list import RunEventList
from .run_list import RunList
from .run_output import RunOutput
from .run_output_list import RunOutputList
from .run_state import RunState
from .run_status import RunStatus
from .send_event_request import SendEventRequest
from .set_memory_request import SetMemoryRequest
from .set_state_request import SetStateRequest
from .spawn_request import SpawnRequest
from .spawned_run import SpawnedRun
from .status_ok import StatusOk
from .stream_chunk_request import StreamChunkRequest
from .string_map import StringMap
from .trigger_request import TriggerRequest
from .triggered_run import TriggeredRun
from .update_job_request import UpdateJobRequest
from .version_policy import VersionPolicy
from .wait_for_event_request import WaitForEventRequest
from .wait_for_event_response import WaitForEventResponse

__all__ = (
    "AdminOutboxRow",
    "AdminOutboxRowList",
    "AnnotateRequest",
    "AnnotateRequestAnnotations",
    "BatchFlushedTrigger",
    "BufferedTrigger",
    "CheckpointRequest",
    "CompleteRequest",
    "ContinueRequest",
    "CreateJobRequest",
    "CreateSecretRequest",
    "CronOverlapPolicy",
    "DeadLetterRunAck",
    "DebouncedTrigger",
    "DryRunJob",
    "DryRunResult",
    "ErrorDetail",
    "ErrorResponse",
    "EventTrigger",
    "ExecutionMode",
    "ExecutionTrace",
    "FailRequest",
    "HealthStatus",
    "IdempotentTriggerHit",
    "Job",
    "JobList",
    "JobMemory",
    "JobRun",
    "JobSecret",
    "JobSecretList",
    "LogRequest",
    "OutboxPurgeResult",
    "OutboxRetryResult",
    "OutputRequest",
    "ProgressRequest",
    "QuotaError",
    "RateLimitKey",
    "ResourceSnapshot",
    "ResourceSnapshotRequest",
    "ResourcesRequest",
    "RetryStrategy",
    "RunCheckpoint",
    "RunCheckpointList",
    "RunEvent",
    "RunEventList",
    "RunList",
    "RunOutput",
    "RunOutputList",
    "RunState",
    "RunStatus",
    "SendEventRequest",
    "SetMemoryRequest",
    "SetStateRequest",
    "SpawnedRun",
    "SpawnRequest",
    "StatusOk",
    "StreamChunkRequest",
    "StringMap",
    "TriggeredRun",
    "TriggerRequest",
    "UpdateJobRequest",
    "VersionPolicy",
    "WaitForEventRequest",
    "WaitForEventResponse",
)
