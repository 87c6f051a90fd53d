"""Contains all the data models used in inputs/outputs"""

from .active_workflow_version import ActiveWorkflowVersion
from .active_workflow_versions import ActiveWorkflowVersions
from .addon_summary import AddonSummary
from .admin_outbox_row import AdminOutboxRow
from .admin_outbox_row_list import AdminOutboxRowList
from .analytics_bucket import AnalyticsBucket
from .annotate_request import AnnotateRequest
from .annotate_request_annotations import AnnotateRequestAnnotations
from .anomaly_alert import AnomalyAlert
from .anomaly_config import AnomalyConfig
from .anomaly_severity import AnomalySeverity
from .api_key import ApiKey
from .api_key_list import ApiKeyList
from .api_key_revocation import ApiKeyRevocation
from .approval_stats import ApprovalStats
from .approve_workflow_step_request import ApproveWorkflowStepRequest
from .assign_member_request import AssignMemberRequest
from .audit_chain_verification import AuditChainVerification
from .audit_event import AuditEvent
from .audit_event_list import AuditEventList
from .audit_export_format import AuditExportFormat
from .batch_create_jobs_request import BatchCreateJobsRequest
from .batch_create_jobs_response import BatchCreateJobsResponse
from .batch_flushed_trigger import BatchFlushedTrigger
from .batch_job_error import BatchJobError
from .batch_job_i_ds_request import BatchJobIDsRequest
from .batch_operation import BatchOperation
from .batch_operation_list import BatchOperationList
from .batch_update_result import BatchUpdateResult
from .billing_period import BillingPeriod
from .billing_update_result import BillingUpdateResult
from .buffered_trigger import BufferedTrigger
from .bulk_assign_member_outcome import BulkAssignMemberOutcome
from .bulk_assign_member_outcome_status import BulkAssignMemberOutcomeStatus
from .bulk_assign_members_request import BulkAssignMembersRequest
from .bulk_assign_members_result import BulkAssignMembersResult
from .bulk_cancel_all_request import BulkCancelAllRequest
from .bulk_cancel_all_result import BulkCancelAllResult
from .bulk_cancel_request import BulkCancelRequest
from .bulk_cancel_response import BulkCancelResponse
from .bulk_cancel_result import BulkCancelResult
from .bulk_cancel_workflow_runs_request import BulkCancelWorkflowRunsRequest
from .bulk_cancel_workflow_runs_result import BulkCancelWorkflowRunsResult
from .bulk_replay_dead_letter_runs_request import BulkReplayDeadLetterRunsRequest
from .bulk_replay_dead_letter_runs_result import BulkReplayDeadLetterRunsResult
from .bulk_replay_run_result import BulkReplayRunResult
from .bulk_replay_run_result_status import BulkReplayRunResultStatus
from .bulk_replay_runs_request import BulkReplayRunsRequest
from .bulk_replay_runs_result import BulkReplayRunsResult
from .bulk_replay_workflow_runs_request import BulkReplayWorkflowRunsRequest
from .bulk_replay_workflow_runs_result import BulkReplayWorkflowRunsResult
from .bulk_trigger_item import BulkTriggerItem
from .bulk_trigger_request import BulkTriggerRequest
from .bulk_trigger_response import BulkTriggerResponse
from .bulk_trigger_result import BulkTriggerResult
from .canary_auto_promote_config import CanaryAutoPromoteConfig
from .canary_deployment import CanaryDeployment
from .canary_rollback_result import CanaryRollbackResult
from .checkpoint_request import CheckpointRequest
from .clone_job_request import CloneJobRequest
from .clone_workflow_request import CloneWorkflowRequest
from .cloud_edition_required import CloudEditionRequired
from .compensation_plan import CompensationPlan
from .compensation_step import CompensationStep
from .complete_request import CompleteRequest
from .continue_request import ContinueRequest
from .cost_analytics import CostAnalytics
from .cost_forecast import CostForecast
from .cost_insights import CostInsights
from .cost_outlier import CostOutlier
from .cost_trend_point import CostTrendPoint
from .create_api_key_request import CreateApiKeyRequest
from .create_canary_deployment_request import CreateCanaryDeploymentRequest
from .create_deployment_request import CreateDeploymentRequest
from .create_environment_request import CreateEnvironmentRequest
from .create_event_source_request import CreateEventSourceRequest
from .create_job_dependency_request import CreateJobDependencyRequest
from .create_job_group_request import CreateJobGroupRequest
from .create_job_request import CreateJobRequest
from .create_log_drain_request import CreateLogDrainRequest
from .create_notification_channel_request import CreateNotificationChannelRequest
from .create_notification_channel_request_config import (
    CreateNotificationChannelRequestConfig,
)
from .create_project_request import CreateProjectRequest
from .create_resource_policy_request import CreateResourcePolicyRequest
from .create_role_request import CreateRoleRequest
from .create_secret_request import CreateSecretRequest
from .create_tag_policy_request import CreateTagPolicyRequest
from .create_webhook_subscription_request import CreateWebhookSubscriptionRequest
from .create_workflow_request import CreateWorkflowRequest
from .created_api_key import CreatedApiKey
from .created_webhook_subscription import CreatedWebhookSubscription
from .cron_overlap_policy import CronOverlapPolicy
from .current_usage import CurrentUsage
from .dead_letter_run_ack import DeadLetterRunAck
from .debounced_trigger import DebouncedTrigger
from .debug_bundle import DebugBundle
from .deployment_action_request import DeploymentActionRequest
from .deployment_strategy import DeploymentStrategy
from .deployment_version import DeploymentVersion
from .deployment_version_list import DeploymentVersionList
from .deployment_version_status import DeploymentVersionStatus
from .dispatch_event_request import DispatchEventRequest
from .dispatch_event_result import DispatchEventResult
from .downgrade_impact import DowngradeImpact
from .dry_run_job import DryRunJob
from .dry_run_result import DryRunResult
from .dry_run_workflow_request import DryRunWorkflowRequest
from .email_preferences import EmailPreferences
from .environment import Environment
from .environment_list import EnvironmentList
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .event_latency_stats import EventLatencyStats
from .event_signature_algorithm import EventSignatureAlgorithm
from .event_source import EventSource
from .event_subscription import EventSubscription
from .event_subscription_target_type import EventSubscriptionTargetType
from .event_trigger import EventTrigger
from .event_trigger_list import EventTriggerList
from .event_trigger_stats import EventTriggerStats
from .event_trigger_status_change import EventTriggerStatusChange
from .event_volume_bucket import EventVolumeBucket
from .execution_mode import ExecutionMode
from .execution_trace import ExecutionTrace
from .expiring_api_key import ExpiringApiKey
from .export_jobs_format import ExportJobsFormat
from .export_runs_format import ExportRunsFormat
from .export_workflows_format import ExportWorkflowsFormat
from .fail_request import FailRequest
from .failing_job import FailingJob
from .failing_tag import FailingTag
from .failing_webhook_endpoint import FailingWebhookEndpoint
from .force_complete_workflow_step_request import ForceCompleteWorkflowStepRequest
from .health_readiness import HealthReadiness
from .health_status import HealthStatus
from .idempotency_key_reset import IdempotencyKeyReset
from .idempotent_trigger_hit import IdempotentTriggerHit
from .job import Job
from .job_comparison import JobComparison
from .job_cost import JobCost
from .job_cost_rank import JobCostRank
from .job_dependency import JobDependency
from .job_dependency_condition import JobDependencyCondition
from .job_dependency_list import JobDependencyList
from .job_group import JobGroup
from .job_group_list import JobGroupList
from .job_group_pause_status import JobGroupPauseStatus
from .job_group_pause_status_status import JobGroupPauseStatusStatus
from .job_group_stats import JobGroupStats
from .job_group_stats_run_counts import JobGroupStatsRunCounts
from .job_health import JobHealth
from .job_health_window import JobHealthWindow
from .job_history_bucket import JobHistoryBucket
from .job_list import JobList
from .job_memory import JobMemory
from .job_performance import JobPerformance
from .job_reliability import JobReliability
from .job_run import JobRun
from .job_secret import JobSecret
from .job_secret_list import JobSecretList
from .job_version import JobVersion
from .job_version_list import JobVersionList
from .list_audit_events_order import ListAuditEventsOrder
from .list_event_triggers_source_type import ListEventTriggersSourceType
from .list_event_triggers_status import ListEventTriggersStatus
from .log_drain import LogDrain
from .log_request import LogRequest
from .notification_channel import NotificationChannel
from .notification_channel_type import NotificationChannelType
from .notification_delivery import NotificationDelivery
from .org_limit_check import OrgLimitCheck
from .outbox_purge_result import OutboxPurgeResult
from .outbox_retry_result import OutboxRetryResult
from .output_request import OutputRequest
from .pause_job_request import PauseJobRequest
from .performance_analytics import PerformanceAnalytics
from .permission_scope import PermissionScope
from .plan import Plan
from .plan_catalog import PlanCatalog
from .plan_tier import PlanTier
from .plan_workflow_request import PlanWorkflowRequest
from .progress_request import ProgressRequest
from .project import Project
from .project_activity_frame import ProjectActivityFrame
from .project_activity_frame_action import ProjectActivityFrameAction
from .project_activity_frame_table import ProjectActivityFrameTable
from .project_budget import ProjectBudget
from .project_cost import ProjectCost
from .project_health_summary import ProjectHealthSummary
from .project_member_role import ProjectMemberRole
from .project_member_role_list import ProjectMemberRoleList
from .project_role import ProjectRole
from .project_role_list import ProjectRoleList
from .project_settings import ProjectSettings
from .purge_event_triggers_request import PurgeEventTriggersRequest
from .purge_event_triggers_result import PurgeEventTriggersResult
from .quota_error import QuotaError
from .rate_limit_key import RateLimitKey
from .reschedule_run_request import RescheduleRunRequest
from .resolved_variables import ResolvedVariables
from .resource_action import ResourceAction
from .resource_impact import ResourceImpact
from .resource_policy import ResourcePolicy
from .resource_policy_list import ResourcePolicyList
from .resource_snapshot import ResourceSnapshot
from .resource_snapshot_request import ResourceSnapshotRequest
from .resources_request import ResourcesRequest
from .retry_strategy import RetryStrategy
from .role_with_lineage import RoleWithLineage
from .rotate_api_key_request import RotateApiKeyRequest
from .rotate_webhook_secret_request import RotateWebhookSecretRequest
from .rotated_api_key import RotatedApiKey
from .rotated_webhook_secret import RotatedWebhookSecret
from .run_analytics_summary import RunAnalyticsSummary
from .run_checkpoint import RunCheckpoint
from .run_checkpoint_list import RunCheckpointList
from .run_chunk_frame import RunChunkFrame
from .run_dependency_status import RunDependencyStatus
from .run_duration_bucket import RunDurationBucket
from .run_event import RunEvent
from .run_event_frame import RunEventFrame
from .run_event_list import RunEventList
from .run_failure_reason import RunFailureReason
from .run_list import RunList
from .run_log_frame import RunLogFrame
from .run_output import RunOutput
from .run_output_list import RunOutputList
from .run_queue_stats import RunQueueStats
from .run_state import RunState
from .run_status import RunStatus
from .run_status_change_frame import RunStatusChangeFrame
from .run_throughput import RunThroughput
from .run_timeline_bucket import RunTimelineBucket
from .send_event_by_prefix_result import SendEventByPrefixResult
from .send_event_request import SendEventRequest
from .set_debug_mode_request import SetDebugModeRequest
from .set_job_endpoint_request import SetJobEndpointRequest
from .set_job_endpoint_response import SetJobEndpointResponse
from .set_memory_request import SetMemoryRequest
from .set_state_request import SetStateRequest
from .skip_workflow_step_request import SkipWorkflowStepRequest
from .spawn_request import SpawnRequest
from .spawned_run import SpawnedRun
from .spending_limit import SpendingLimit
from .sse_token import SseToken
from .status_diff import StatusDiff
from .status_ok import StatusOk
from .step_duration_stats import StepDurationStats
from .step_override import StepOverride
from .stream_chunk_request import StreamChunkRequest
from .stream_error_frame import StreamErrorFrame
from .string_map import StringMap
from .subscribe_to_event_source_request import SubscribeToEventSourceRequest
from .tag_cost import TagCost
from .tag_policy import TagPolicy
from .tag_policy_list import TagPolicyList
from .tag_run_stats import TagRunStats
from .test_webhook_request import TestWebhookRequest
from .test_webhook_result import TestWebhookResult
from .top_cost_item import TopCostItem
from .trigger_cost import TriggerCost
from .trigger_request import TriggerRequest
from .trigger_run_stats import TriggerRunStats
from .trigger_workflow_request import TriggerWorkflowRequest
from .triggered_run import TriggeredRun
from .update_anomaly_config_request import UpdateAnomalyConfigRequest
from .update_canary_deployment_request import UpdateCanaryDeploymentRequest
from .update_email_preferences_request import UpdateEmailPreferencesRequest
from .update_environment_request import UpdateEnvironmentRequest
from .update_event_source_request import UpdateEventSourceRequest
from .update_job_group_request import UpdateJobGroupRequest
from .update_job_request import UpdateJobRequest
from .update_log_drain_request import UpdateLogDrainRequest
from .update_notification_channel_request import UpdateNotificationChannelRequest
from .update_notification_channel_request_config_type_0 import (
    UpdateNotificationChannelRequestConfigType0,
)
from .update_project_budget_request import UpdateProjectBudgetRequest
from .update_project_settings_request import UpdateProjectSettingsRequest
from .update_role_request import UpdateRoleRequest
from .update_spending_limit_request import UpdateSpendingLimitRequest
from .update_workflow_request import UpdateWorkflowRequest
from .updated_workflow import UpdatedWorkflow
from .upsert_workflow_policy_request import UpsertWorkflowPolicyRequest
from .usage_alert import UsageAlert
from .usage_dimension import UsageDimension
from .usage_dimensions import UsageDimensions
from .usage_export_format import UsageExportFormat
from .usage_forecast import UsageForecast
from .usage_history_entry import UsageHistoryEntry
from .verify_job_endpoint_result import VerifyJobEndpointResult
from .version_policy import VersionPolicy
from .version_run_stats import VersionRunStats
from .wait_for_event_request import WaitForEventRequest
from .wait_for_event_response import WaitForEventResponse
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_delivery_status import WebhookDeliveryStatus
from .webhook_endpoint_stats import WebhookEndpointStats
from .webhook_event_type import WebhookEventType
from .webhook_health_bucket import WebhookHealthBucket
from .webhook_subscription import WebhookSubscription
from .worker import Worker
from .worker_disconnected import WorkerDisconnected
from .worker_page import WorkerPage
from .worker_status import WorkerStatus
from .worker_task import WorkerTask
from .worker_task_page import WorkerTaskPage
from .worker_task_result import WorkerTaskResult
from .worker_task_status import WorkerTaskStatus
from .workflow import Workflow
from .workflow_analytics_summary import WorkflowAnalyticsSummary
from .workflow_completion_bucket import WorkflowCompletionBucket
from .workflow_data_flow_edge import WorkflowDataFlowEdge
from .workflow_debug_step import WorkflowDebugStep
from .workflow_detail import WorkflowDetail
from .workflow_dry_run_result import WorkflowDryRunResult
from .workflow_failure_policy import WorkflowFailurePolicy
from .workflow_graph import WorkflowGraph
from .workflow_graph_adjacency_type_0 import WorkflowGraphAdjacencyType0
from .workflow_list import WorkflowList
from .workflow_plan import WorkflowPlan
from .workflow_policy import WorkflowPolicy
from .workflow_run import WorkflowRun
from .workflow_run_comparison import WorkflowRunComparison
from .workflow_run_debug_view import WorkflowRunDebugView
from .workflow_run_graph import WorkflowRunGraph
from .workflow_run_graph_edge import WorkflowRunGraphEdge
from .workflow_run_graph_node import WorkflowRunGraphNode
from .workflow_run_labels import WorkflowRunLabels
from .workflow_run_list import WorkflowRunList
from .workflow_run_replay_result import WorkflowRunReplayResult
from .workflow_run_replay_result_status import WorkflowRunReplayResultStatus
from .workflow_run_status import WorkflowRunStatus
from .workflow_run_timeline import WorkflowRunTimeline
from .workflow_simulation import WorkflowSimulation
from .workflow_step import WorkflowStep
from .workflow_step_approval import WorkflowStepApproval
from .workflow_step_approval_result import WorkflowStepApprovalResult
from .workflow_step_backoff import WorkflowStepBackoff
from .workflow_step_comparison import WorkflowStepComparison
from .workflow_step_decision import WorkflowStepDecision
from .workflow_step_decision_list import WorkflowStepDecisionList
from .workflow_step_request import WorkflowStepRequest
from .workflow_step_request_resource_class_type_0 import (
    WorkflowStepRequestResourceClassType0,
)
from .workflow_step_retry_result import WorkflowStepRetryResult
from .workflow_step_run import WorkflowStepRun
from .workflow_step_run_list import WorkflowStepRunList
from .workflow_step_run_result import WorkflowStepRunResult
from .workflow_step_run_status import WorkflowStepRunStatus
from .workflow_step_type import WorkflowStepType
from .workflow_subtree_replay_result import WorkflowSubtreeReplayResult
from .workflow_timeline_step import WorkflowTimelineStep
from .workflow_version import WorkflowVersion
from .workflow_version_diff import WorkflowVersionDiff
from .workflow_version_impact import WorkflowVersionImpact

__all__ = (
    "ActiveWorkflowVersion",
    "ActiveWorkflowVersions",
    "AddonSummary",
    "AdminOutboxRow",
    "AdminOutboxRowList",
    "AnalyticsBucket",
    "AnnotateRequest",
    "AnnotateRequestAnnotations",
    "AnomalyAlert",
    "AnomalyConfig",
    "AnomalySeverity",
    "ApiKey",
    "ApiKeyList",
    "ApiKeyRevocation",
    "ApprovalStats",
    "ApproveWorkflowStepRequest",
    "AssignMemberRequest",
    "AuditChainVerification",
    "AuditEvent",
    "AuditEventList",
    "AuditExportFormat",
    "BatchCreateJobsRequest",
    "BatchCreateJobsResponse",
    "BatchFlushedTrigger",
    "BatchJobError",
    "BatchJobIDsRequest",
    "BatchOperation",
    "BatchOperationList",
    "BatchUpdateResult",
    "BillingPeriod",
    "BillingUpdateResult",
    "BufferedTrigger",
    "BulkAssignMemberOutcome",
    "BulkAssignMemberOutcomeStatus",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResult",
    "BulkCancelAllRequest",
    "BulkCancelAllResult",
    "BulkCancelRequest",
    "BulkCancelResponse",
    "BulkCancelResult",
    "BulkCancelWorkflowRunsRequest",
    "BulkCancelWorkflowRunsResult",
    "BulkReplayDeadLetterRunsRequest",
    "BulkReplayDeadLetterRunsResult",
    "BulkReplayRunResult",
    "BulkReplayRunResultStatus",
    "BulkReplayRunsRequest",
    "BulkReplayRunsResult",
    "BulkReplayWorkflowRunsRequest",
    "BulkReplayWorkflowRunsResult",
    "BulkTriggerItem",
    "BulkTriggerRequest",
    "BulkTriggerResponse",
    "BulkTriggerResult",
    "CanaryAutoPromoteConfig",
    "CanaryDeployment",
    "CanaryRollbackResult",
    "CheckpointRequest",
    "CloneJobRequest",
    "CloneWorkflowRequest",
    "CloudEditionRequired",
    "CompensationPlan",
    "CompensationStep",
    "CompleteRequest",
    "ContinueRequest",
    "CostAnalytics",
    "CostForecast",
    "CostInsights",
    "CostOutlier",
    "CostTrendPoint",
    "CreateApiKeyRequest",
    "CreateCanaryDeploymentRequest",
    "CreatedApiKey",
    "CreateDeploymentRequest",
    "CreatedWebhookSubscription",
    "CreateEnvironmentRequest",
    "CreateEventSourceRequest",
    "CreateJobDependencyRequest",
    "CreateJobGroupRequest",
    "CreateJobRequest",
    "CreateLogDrainRequest",
    "CreateNotificationChannelRequest",
    "CreateNotificationChannelRequestConfig",
    "CreateProjectRequest",
    "CreateResourcePolicyRequest",
    "CreateRoleRequest",
    "CreateSecretRequest",
    "CreateTagPolicyRequest",
    "CreateWebhookSubscriptionRequest",
    "CreateWorkflowRequest",
    "CronOverlapPolicy",
    "CurrentUsage",
    "DeadLetterRunAck",
    "DebouncedTrigger",
    "DebugBundle",
    "DeploymentActionRequest",
    "DeploymentStrategy",
    "DeploymentVersion",
    "DeploymentVersionList",
    "DeploymentVersionStatus",
    "DispatchEventRequest",
    "DispatchEventResult",
    "DowngradeImpact",
    "DryRunJob",
    "DryRunResult",
    "DryRunWorkflowRequest",
    "EmailPreferences",
    "Environment",
    "EnvironmentList",
    "ErrorDetail",
    "ErrorResponse",
    "EventLatencyStats",
    "EventSignatureAlgorithm",
    "EventSource",
    "EventSubscription",
    "EventSubscriptionTargetType",
    "EventTrigger",
    "EventTriggerList",
    "EventTriggerStats",
    "EventTriggerStatusChange",
    "EventVolumeBucket",
    "ExecutionMode",
    "ExecutionTrace",
    "ExpiringApiKey",
    "ExportJobsFormat",
    "ExportRunsFormat",
    "ExportWorkflowsFormat",
    "FailingJob",
    "FailingTag",
    "FailingWebhookEndpoint",
    "FailRequest",
    "ForceCompleteWorkflowStepRequest",
    "HealthReadiness",
    "HealthStatus",
    "IdempotencyKeyReset",
    "IdempotentTriggerHit",
    "Job",
    "JobComparison",
    "JobCost",
    "JobCostRank",
    "JobDependency",
    "JobDependencyCondition",
    "JobDependencyList",
    "JobGroup",
    "JobGroupList",
    "JobGroupPauseStatus",
    "JobGroupPauseStatusStatus",
    "JobGroupStats",
    "JobGroupStatsRunCounts",
    "JobHealth",
    "JobHealthWindow",
    "JobHistoryBucket",
    "JobList",
    "JobMemory",
    "JobPerformance",
    "JobReliability",
    "JobRun",
    "JobSecret",
    "JobSecretList",
    "JobVersion",
    "JobVersionList",
    "ListAuditEventsOrder",
    "ListEventTriggersSourceType",
    "ListEventTriggersStatus",
    "LogDrain",
    "LogRequest",
    "NotificationChannel",
    "NotificationChannelType",
    "NotificationDelivery",
    "OrgLimitCheck",
    "OutboxPurgeResult",
    "OutboxRetryResult",
    "OutputRequest",
    "PauseJobRequest",
    "PerformanceAnalytics",
    "PermissionScope",
    "Plan",
    "PlanCatalog",
    "PlanTier",
    "PlanWorkflowRequest",
    "ProgressRequest",
    "Project",
    "ProjectActivityFrame",
    "ProjectActivityFrameAction",
    "ProjectActivityFrameTable",
    "ProjectBudget",
    "ProjectCost",
    "ProjectHealthSummary",
    "ProjectMemberRole",
    "ProjectMemberRoleList",
    "ProjectRole",
    "ProjectRoleList",
    "ProjectSettings",
    "PurgeEventTriggersRequest",
    "PurgeEventTriggersResult",
    "QuotaError",
    "RateLimitKey",
    "RescheduleRunRequest",
    "ResolvedVariables",
    "ResourceAction",
    "ResourceImpact",
    "ResourcePolicy",
    "ResourcePolicyList",
    "ResourceSnapshot",
    "ResourceSnapshotRequest",
    "ResourcesRequest",
    "RetryStrategy",
    "RoleWithLineage",
    "RotateApiKeyRequest",
    "RotatedApiKey",
    "RotatedWebhookSecret",
    "RotateWebhookSecretRequest",
    "RunAnalyticsSummary",
    "RunCheckpoint",
    "RunCheckpointList",
    "RunChunkFrame",
    "RunDependencyStatus",
    "RunDurationBucket",
    "RunEvent",
    "RunEventFrame",
    "RunEventList",
    "RunFailureReason",
    "RunList",
    "RunLogFrame",
    "RunOutput",
    "RunOutputList",
    "RunQueueStats",
    "RunState",
    "RunStatus",
    "RunStatusChangeFrame",
    "RunThroughput",
    "RunTimelineBucket",
    "SendEventByPrefixResult",
    "SendEventRequest",
    "SetDebugModeRequest",
    "SetJobEndpointRequest",
    "SetJobEndpointResponse",
    "SetMemoryRequest",
    "SetStateRequest",
    "SkipWorkflowStepRequest",
    "SpawnedRun",
    "SpawnRequest",
    "SpendingLimit",
    "SseToken",
    "StatusDiff",
    "StatusOk",
    "StepDurationStats",
    "StepOverride",
    "StreamChunkRequest",
    "StreamErrorFrame",
    "StringMap",
    "SubscribeToEventSourceRequest",
    "TagCost",
    "TagPolicy",
    "TagPolicyList",
    "TagRunStats",
    "TestWebhookRequest",
    "TestWebhookResult",
    "TopCostItem",
    "TriggerCost",
    "TriggeredRun",
    "TriggerRequest",
    "TriggerRunStats",
    "TriggerWorkflowRequest",
    "UpdateAnomalyConfigRequest",
    "UpdateCanaryDeploymentRequest",
    "UpdatedWorkflow",
    "UpdateEmailPreferencesRequest",
    "UpdateEnvironmentRequest",
    "UpdateEventSourceRequest",
    "UpdateJobGroupRequest",
    "UpdateJobRequest",
    "UpdateLogDrainRequest",
    "UpdateNotificationChannelRequest",
    "UpdateNotificationChannelRequestConfigType0",
    "UpdateProjectBudgetRequest",
    "UpdateProjectSettingsRequest",
    "UpdateRoleRequest",
    "UpdateSpendingLimitRequest",
    "UpdateWorkflowRequest",
    "UpsertWorkflowPolicyRequest",
    "UsageAlert",
    "UsageDimension",
    "UsageDimensions",
    "UsageExportFormat",
    "UsageForecast",
    "UsageHistoryEntry",
    "VerifyJobEndpointResult",
    "VersionPolicy",
    "VersionRunStats",
    "WaitForEventRequest",
    "WaitForEventResponse",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDeliveryStatus",
    "WebhookEndpointStats",
    "WebhookEventType",
    "WebhookHealthBucket",
    "WebhookSubscription",
    "Worker",
    "WorkerDisconnected",
    "WorkerPage",
    "WorkerStatus",
    "WorkerTask",
    "WorkerTaskPage",
    "WorkerTaskResult",
    "WorkerTaskStatus",
    "Workflow",
    "WorkflowAnalyticsSummary",
    "WorkflowCompletionBucket",
    "WorkflowDataFlowEdge",
    "WorkflowDebugStep",
    "WorkflowDetail",
    "WorkflowDryRunResult",
    "WorkflowFailurePolicy",
    "WorkflowGraph",
    "WorkflowGraphAdjacencyType0",
    "WorkflowList",
    "WorkflowPlan",
    "WorkflowPolicy",
    "WorkflowRun",
    "WorkflowRunComparison",
    "WorkflowRunDebugView",
    "WorkflowRunGraph",
    "WorkflowRunGraphEdge",
    "WorkflowRunGraphNode",
    "WorkflowRunLabels",
    "WorkflowRunList",
    "WorkflowRunReplayResult",
    "WorkflowRunReplayResultStatus",
    "WorkflowRunStatus",
    "WorkflowRunTimeline",
    "WorkflowSimulation",
    "WorkflowStep",
    "WorkflowStepApproval",
    "WorkflowStepApprovalResult",
    "WorkflowStepBackoff",
    "WorkflowStepComparison",
    "WorkflowStepDecision",
    "WorkflowStepDecisionList",
    "WorkflowStepRequest",
    "WorkflowStepRequestResourceClassType0",
    "WorkflowStepRetryResult",
    "WorkflowStepRun",
    "WorkflowStepRunList",
    "WorkflowStepRunResult",
    "WorkflowStepRunStatus",
    "WorkflowStepType",
    "WorkflowSubtreeReplayResult",
    "WorkflowTimelineStep",
    "WorkflowVersion",
    "WorkflowVersionDiff",
    "WorkflowVersionImpact",
)
