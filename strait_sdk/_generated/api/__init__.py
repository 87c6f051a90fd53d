"""Resource clients: one class per tag of the API document, each method one operation.

`strait_sdk.Strait` and `strait_sdk.AsyncStrait` expose them as attributes, such as
`client.jobs.trigger(...)`. Each method calls the generated operation module of the same
name, so its arguments, return type and errors are those of that module.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ..._pagination import apaginate, paginate
from ..._resource_mixins import (
    AsyncEventTriggersMixin,
    AsyncJobsMixin,
    AsyncProjectsMixin,
    AsyncRunsMixin,
    EventTriggersMixin,
    JobsMixin,
    ProjectsMixin,
    RunsMixin,
)
from ..client import AsyncHTTPClientProvider, HTTPClientProvider
from ..models.active_workflow_versions import ActiveWorkflowVersions
from ..models.admin_outbox_row import AdminOutboxRow
from ..models.admin_outbox_row_list import AdminOutboxRowList
from ..models.analytics_bucket import AnalyticsBucket
from ..models.annotate_request import AnnotateRequest
from ..models.anomaly_alert import AnomalyAlert
from ..models.anomaly_config import AnomalyConfig
from ..models.api_key import ApiKey
from ..models.api_key_list import ApiKeyList
from ..models.api_key_revocation import ApiKeyRevocation
from ..models.approval_stats import ApprovalStats
from ..models.approve_workflow_step_request import ApproveWorkflowStepRequest
from ..models.assign_member_request import AssignMemberRequest
from ..models.audit_chain_verification import AuditChainVerification
from ..models.audit_event import AuditEvent
from ..models.audit_event_list import AuditEventList
from ..models.audit_export_format import AuditExportFormat
from ..models.batch_create_jobs_request import BatchCreateJobsRequest
from ..models.batch_create_jobs_response import BatchCreateJobsResponse
from ..models.batch_flushed_trigger import BatchFlushedTrigger
from ..models.batch_job_i_ds_request import BatchJobIDsRequest
from ..models.batch_operation import BatchOperation
from ..models.batch_operation_list import BatchOperationList
from ..models.batch_update_result import BatchUpdateResult
from ..models.billing_update_result import BillingUpdateResult
from ..models.buffered_trigger import BufferedTrigger
from ..models.bulk_assign_members_request import BulkAssignMembersRequest
from ..models.bulk_assign_members_result import BulkAssignMembersResult
from ..models.bulk_cancel_all_request import BulkCancelAllRequest
from ..models.bulk_cancel_all_result import BulkCancelAllResult
from ..models.bulk_cancel_request import BulkCancelRequest
from ..models.bulk_cancel_response import BulkCancelResponse
from ..models.bulk_cancel_workflow_runs_request import BulkCancelWorkflowRunsRequest
from ..models.bulk_cancel_workflow_runs_result import BulkCancelWorkflowRunsResult
from ..models.bulk_replay_dead_letter_runs_request import (
    BulkReplayDeadLetterRunsRequest,
)
from ..models.bulk_replay_dead_letter_runs_result import BulkReplayDeadLetterRunsResult
from ..models.bulk_replay_runs_request import BulkReplayRunsRequest
from ..models.bulk_replay_runs_result import BulkReplayRunsResult
from ..models.bulk_replay_workflow_runs_request import BulkReplayWorkflowRunsRequest
from ..models.bulk_replay_workflow_runs_result import BulkReplayWorkflowRunsResult
from ..models.bulk_trigger_request import BulkTriggerRequest
from ..models.bulk_trigger_response import BulkTriggerResponse
from ..models.canary_deployment import CanaryDeployment
from ..models.canary_rollback_result import CanaryRollbackResult
from ..models.checkpoint_request import CheckpointRequest
from ..models.clone_job_request import CloneJobRequest
from ..models.clone_workflow_request import CloneWorkflowRequest
from ..models.compensation_plan import CompensationPlan
from ..models.complete_request import CompleteRequest
from ..models.continue_request import ContinueRequest
from ..models.cost_analytics import CostAnalytics
from ..models.cost_forecast import CostForecast
from ..models.cost_insights import CostInsights
from ..models.cost_trend_point import CostTrendPoint
from ..models.create_api_key_request import CreateApiKeyRequest
from ..models.create_canary_deployment_request import CreateCanaryDeploymentRequest
from ..models.create_deployment_request import CreateDeploymentRequest
from ..models.create_environment_request import CreateEnvironmentRequest
from ..models.create_event_source_request import CreateEventSourceRequest
from ..models.create_job_dependency_request import CreateJobDependencyRequest
from ..models.create_job_group_request import CreateJobGroupRequest
from ..models.create_job_request import CreateJobRequest
from ..models.create_log_drain_request import CreateLogDrainRequest
from ..models.create_notification_channel_request import (
    CreateNotificationChannelRequest,
)
from ..models.create_project_request import CreateProjectRequest
from ..models.create_resource_policy_request import CreateResourcePolicyRequest
from ..models.create_role_request import CreateRoleRequest
from ..models.create_secret_request import CreateSecretRequest
from ..models.create_tag_policy_request import CreateTagPolicyRequest
from ..models.create_webhook_subscription_request import (
    CreateWebhookSubscriptionRequest,
)
from ..models.create_workflow_request import CreateWorkflowRequest
from ..models.created_api_key import CreatedApiKey
from ..models.created_webhook_subscription import CreatedWebhookSubscription
from ..models.current_usage import CurrentUsage
from ..models.dead_letter_run_ack import DeadLetterRunAck
from ..models.debounced_trigger import DebouncedTrigger
from ..models.debug_bundle import DebugBundle
from ..models.deployment_action_request import DeploymentActionRequest
from ..models.deployment_version import DeploymentVersion
from ..models.deployment_version_list import DeploymentVersionList
from ..models.dispatch_event_request import DispatchEventRequest
from ..models.dispatch_event_result import DispatchEventResult
from ..models.downgrade_impact import DowngradeImpact
from ..models.dry_run_result import DryRunResult
from ..models.dry_run_workflow_request import DryRunWorkflowRequest
from ..models.email_preferences import EmailPreferences
from ..models.environment import Environment
from ..models.environment_list import EnvironmentList
from ..models.event_latency_stats import EventLatencyStats
from ..models.event_source import EventSource
from ..models.event_subscription import EventSubscription
from ..models.event_trigger import EventTrigger
from ..models.event_trigger_list import EventTriggerList
from ..models.event_trigger_stats import EventTriggerStats
from ..models.event_volume_bucket import EventVolumeBucket
from ..models.expiring_api_key import ExpiringApiKey
from ..models.export_jobs_format import ExportJobsFormat
from ..models.export_runs_format import ExportRunsFormat
from ..models.export_workflows_format import ExportWorkflowsFormat
from ..models.fail_request import FailRequest
from ..models.failing_job import FailingJob
from ..models.failing_tag import FailingTag
from ..models.failing_webhook_endpoint import FailingWebhookEndpoint
from ..models.force_complete_workflow_step_request import (
    ForceCompleteWorkflowStepRequest,
)
from ..models.health_readiness import HealthReadiness
from ..models.health_status import HealthStatus
from ..models.idempotency_key_reset import IdempotencyKeyReset
from ..models.idempotent_trigger_hit import IdempotentTriggerHit
from ..models.job import Job
from ..models.job_comparison import JobComparison
from ..models.job_cost_rank import JobCostRank
from ..models.job_dependency import JobDependency
from ..models.job_dependency_list import JobDependencyList
from ..models.job_group import JobGroup
from ..models.job_group_list import JobGroupList
from ..models.job_group_pause_status import JobGroupPauseStatus
from ..models.job_group_stats import JobGroupStats
from ..models.job_health import JobHealth
from ..models.job_health_window import JobHealthWindow
from ..models.job_history_bucket import JobHistoryBucket
from ..models.job_list import JobList
from ..models.job_memory import JobMemory
from ..models.job_reliability import JobReliability
from ..models.job_run import JobRun
from ..models.job_secret import JobSecret
from ..models.job_secret_list import JobSecretList
from ..models.job_version import JobVersion
from ..models.job_version_list import JobVersionList
from ..models.list_audit_events_order import ListAuditEventsOrder
from ..models.list_event_triggers_source_type import ListEventTriggersSourceType
from ..models.list_event_triggers_status import ListEventTriggersStatus
from ..models.log_drain import LogDrain
from ..models.log_request import LogRequest
from ..models.notification_channel import NotificationChannel
from ..models.notification_delivery import NotificationDelivery
from ..models.org_limit_check import OrgLimitCheck
from ..models.outbox_purge_result import OutboxPurgeResult
from ..models.outbox_retry_result import OutboxRetryResult
from ..models.output_request import OutputRequest
from ..models.pause_job_request import PauseJobRequest
from ..models.performance_analytics import PerformanceAnalytics
from ..models.plan_catalog import PlanCatalog
from ..models.plan_tier import PlanTier
from ..models.plan_workflow_request import PlanWorkflowRequest
from ..models.progress_request import ProgressRequest
from ..models.project import Project
from ..models.project_budget import ProjectBudget
from ..models.project_cost import ProjectCost
from ..models.project_member_role import ProjectMemberRole
from ..models.project_member_role_list import ProjectMemberRoleList
from ..models.project_role import ProjectRole
from ..models.project_role_list import ProjectRoleList
from ..models.project_settings import ProjectSettings
from ..models.purge_event_triggers_request import PurgeEventTriggersRequest
from ..models.purge_event_triggers_result import PurgeEventTriggersResult
from ..models.reschedule_run_request import RescheduleRunRequest
from ..models.resolved_variables import ResolvedVariables
from ..models.resource_policy import ResourcePolicy
from ..models.resource_policy_list import ResourcePolicyList
from ..models.resource_snapshot import ResourceSnapshot
from ..models.resource_snapshot_request import ResourceSnapshotRequest
from ..models.resources_request import ResourcesRequest
from ..models.role_with_lineage import RoleWithLineage
from ..models.rotate_api_key_request import RotateApiKeyRequest
from ..models.rotate_webhook_secret_request import RotateWebhookSecretRequest
from ..models.rotated_api_key import RotatedApiKey
from ..models.rotated_webhook_secret import RotatedWebhookSecret
from ..models.run_analytics_summary import RunAnalyticsSummary
from ..models.run_checkpoint import RunCheckpoint
from ..models.run_checkpoint_list import RunCheckpointList
from ..models.run_dependency_status import RunDependencyStatus
from ..models.run_duration_bucket import RunDurationBucket
from ..models.run_event import RunEvent
from ..models.run_event_list import RunEventList
from ..models.run_failure_reason import RunFailureReason
from ..models.run_list import RunList
from ..models.run_output import RunOutput
from ..models.run_output_list import RunOutputList
from ..models.run_queue_stats import RunQueueStats
from ..models.run_state import RunState
from ..models.run_status import RunStatus
from ..models.run_timeline_bucket import RunTimelineBucket
from ..models.send_event_by_prefix_result import SendEventByPrefixResult
from ..models.send_event_request import SendEventRequest
from ..models.set_debug_mode_request import SetDebugModeRequest
from ..models.set_job_endpoint_request import SetJobEndpointRequest
from ..models.set_job_endpoint_response import SetJobEndpointResponse
from ..models.set_memory_request import SetMemoryRequest
from ..models.set_state_request import SetStateRequest
from ..models.skip_workflow_step_request import SkipWorkflowStepRequest
from ..models.spawn_request import SpawnRequest
from ..models.spawned_run import SpawnedRun
from ..models.spending_limit import SpendingLimit
from ..models.sse_token import SseToken
from ..models.status_ok import StatusOk
from ..models.step_duration_stats import StepDurationStats
from ..models.stream_chunk_request import StreamChunkRequest
from ..models.subscribe_to_event_source_request import SubscribeToEventSourceRequest
from ..models.tag_cost import TagCost
from ..models.tag_policy import TagPolicy
from ..models.tag_policy_list import TagPolicyList
from ..models.tag_run_stats import TagRunStats
from ..models.test_webhook_request import TestWebhookRequest
from ..models.test_webhook_result import TestWebhookResult
from ..models.top_cost_item import TopCostItem
from ..models.trigger_cost import TriggerCost
from ..models.trigger_request import TriggerRequest
from ..models.trigger_run_stats import TriggerRunStats
from ..models.trigger_workflow_request import TriggerWorkflowRequest
from ..models.triggered_run import TriggeredRun
from ..models.update_anomaly_config_request import UpdateAnomalyConfigRequest
from ..models.update_canary_deployment_request import UpdateCanaryDeploymentRequest
from ..models.update_email_preferences_request import UpdateEmailPreferencesRequest
from ..models.update_environment_request import UpdateEnvironmentRequest
from ..models.update_event_source_request import UpdateEventSourceRequest
from ..models.update_job_group_request import UpdateJobGroupRequest
from ..models.update_job_request import UpdateJobRequest
from ..models.update_log_drain_request import UpdateLogDrainRequest
from ..models.update_notification_channel_request import (
    UpdateNotificationChannelRequest,
)
from ..models.update_project_budget_request import UpdateProjectBudgetRequest
from ..models.update_project_settings_request import UpdateProjectSettingsRequest
from ..models.update_role_request import UpdateRoleRequest
from ..models.update_spending_limit_request import UpdateSpendingLimitRequest
from ..models.update_workflow_request import UpdateWorkflowRequest
from ..models.updated_workflow import UpdatedWorkflow
from ..models.upsert_workflow_policy_request import UpsertWorkflowPolicyRequest
from ..models.usage_export_format import UsageExportFormat
from ..models.usage_forecast import UsageForecast
from ..models.usage_history_entry import UsageHistoryEntry
from ..models.verify_job_endpoint_result import VerifyJobEndpointResult
from ..models.version_run_stats import VersionRunStats
from ..models.wait_for_event_request import WaitForEventRequest
from ..models.wait_for_event_response import WaitForEventResponse
from ..models.webhook_delivery import WebhookDelivery
from ..models.webhook_delivery_list import WebhookDeliveryList
from ..models.webhook_delivery_status import WebhookDeliveryStatus
from ..models.webhook_endpoint_stats import WebhookEndpointStats
from ..models.webhook_health_bucket import WebhookHealthBucket
from ..models.webhook_subscription import WebhookSubscription
from ..models.worker import Worker
from ..models.worker_disconnected import WorkerDisconnected
from ..models.worker_page import WorkerPage
from ..models.worker_task_page import WorkerTaskPage
from ..models.workflow import Workflow
from ..models.workflow_analytics_summary import WorkflowAnalyticsSummary
from ..models.workflow_completion_bucket import WorkflowCompletionBucket
from ..models.workflow_detail import WorkflowDetail
from ..models.workflow_dry_run_result import WorkflowDryRunResult
from ..models.workflow_graph import WorkflowGraph
from ..models.workflow_list import WorkflowList
from ..models.workflow_plan import WorkflowPlan
from ..models.workflow_policy import WorkflowPolicy
from ..models.workflow_run import WorkflowRun
from ..models.workflow_run_comparison import WorkflowRunComparison
from ..models.workflow_run_debug_view import WorkflowRunDebugView
from ..models.workflow_run_graph import WorkflowRunGraph
from ..models.workflow_run_labels import WorkflowRunLabels
from ..models.workflow_run_list import WorkflowRunList
from ..models.workflow_run_status import WorkflowRunStatus
from ..models.workflow_run_timeline import WorkflowRunTimeline
from ..models.workflow_simulation import WorkflowSimulation
from ..models.workflow_step import WorkflowStep
from ..models.workflow_step_approval_result import WorkflowStepApprovalResult
from ..models.workflow_step_decision import WorkflowStepDecision
from ..models.workflow_step_decision_list import WorkflowStepDecisionList
from ..models.workflow_step_retry_result import WorkflowStepRetryResult
from ..models.workflow_step_run import WorkflowStepRun
from ..models.workflow_step_run_list import WorkflowStepRunList
from ..models.workflow_step_run_result import WorkflowStepRunResult
from ..models.workflow_subtree_replay_result import WorkflowSubtreeReplayResult
from ..models.workflow_version import WorkflowVersion
from ..models.workflow_version_diff import WorkflowVersionDiff
from ..models.workflow_version_impact import WorkflowVersionImpact
from ..types import UNSET, Unset
from .admin_dlq import (
    admin_list_dlq,
    admin_purge_dlq,
    admin_replay_dlq,
    admin_unmask_dlq,
)
from .admin_outbox import (
    admin_get_outbox,
    admin_list_outbox,
    admin_purge_outbox,
    admin_retry_outbox,
)
from .analytics import (
    get_approval_stats,
    get_cost_analytics,
    get_cost_by_trigger,
    get_cost_forecast,
    get_cost_insights,
    get_cost_trends,
    get_event_latency,
    get_event_volume,
    get_job_comparison,
    get_job_cost_ranking,
    get_job_history,
    get_job_reliability,
    get_performance_analytics,
    get_run_duration_distribution,
    get_run_failure_reasons,
    get_run_summary,
    get_run_timeline,
    get_runs_by_trigger,
    get_runs_by_version,
    get_tag_cost,
    get_tag_summary,
    get_top_costs,
    get_top_failing_jobs,
    get_top_failing_tags,
    get_top_failing_webhooks,
    get_webhook_delivery_stats,
    get_webhook_endpoint_health,
    get_workflow_analytics_summary,
    get_workflow_completion_rates,
    get_workflow_step_durations,
)
from .api_keys import (
    create_api_key,
    list_api_keys,
    list_expiring_keys,
    revoke_api_key,
    rotate_api_key,
)
from .audit import (
    export_audit_events,
    get_audit_event,
    list_audit_events,
    verify_audit_chain,
)
from .authentication import create_sse_token
from .batch_operations import get_batch_operation, list_batch_operations
from .billing import (
    check_org_limit,
    export_usage,
    get_anomaly_alerts,
    get_anomaly_config,
    get_current_usage,
    get_downgrade_preview,
    get_email_preferences,
    get_project_budget,
    get_project_costs,
    get_spending_limit,
    get_usage_forecast,
    get_usage_history,
    list_plans,
    update_anomaly_config,
    update_email_preferences,
    update_project_budget,
    update_spending_limit,
)
from .canary_deployments import (
    create_canary_deployment,
    get_canary_status,
    rollback_canary_deployment,
    update_canary_deployment,
)
from .deployments import (
    create_deployment,
    finalize_deployment,
    list_deployments,
    promote_deployment,
    rollback_deployment,
)
from .environments import (
    create_environment,
    delete_environment,
    get_environment,
    get_resolved_variables,
    list_environments,
    update_environment,
)
from .event_sources import (
    create_event_source,
    delete_event_source,
    delete_event_subscription,
    get_event_source,
    list_event_source_subscriptions,
    list_event_sources,
    subscribe_to_event_source,
    update_event_source,
)
from .event_triggers import (
    cancel_event_trigger,
    dispatch_event,
    get_event_trigger,
    get_event_trigger_stats,
    list_event_triggers,
    purge_event_triggers,
    send_event,
    send_event_by_prefix,
)
from .export import export_jobs, export_runs, export_workflows
from .health import health_check, health_ready
from .job_groups import (
    create_job_group,
    delete_job_group,
    get_job_group,
    get_job_group_stats,
    list_job_groups,
    list_jobs_by_group,
    pause_all_jobs_by_group,
    resume_all_jobs_by_group,
    update_job_group,
)
from .jobs import (
    batch_create_jobs,
    batch_disable_jobs,
    batch_enable_jobs,
    bulk_trigger_job,
    clone_job,
    create_job,
    create_job_dependency,
    delete_job,
    delete_job_dependency,
    get_job,
    get_job_health,
    get_job_version,
    list_job_dependencies,
    list_job_versions,
    list_jobs,
    pause_job,
    resume_job,
    set_job_endpoint,
    trigger_job,
    update_job,
    verify_job_endpoint,
)
from .log_drains import (
    create_log_drain,
    delete_log_drain,
    get_log_drain,
    list_log_drains,
    update_log_drain,
)
from .notifications import (
    create_notification_channel,
    delete_notification_channel,
    get_notification_channel,
    list_notification_channels,
    list_notification_deliveries,
    update_notification_channel,
)
from .organizations import list_org_jobs, list_org_runs
from .projects import (
    create_project,
    delete_project,
    get_project,
    get_project_settings,
    list_projects,
    update_project_settings,
)
from .rbac import (
    assign_member,
    bulk_assign_members,
    create_resource_policy,
    create_role,
    create_tag_policy,
    delete_resource_policy,
    delete_role,
    delete_tag_policy,
    get_role,
    list_members,
    list_resource_policies,
    list_roles,
    list_tag_policies,
    remove_member,
    seed_system_roles,
    update_role,
)
from .run_plane import (
    sdk_annotate,
    sdk_checkpoint,
    sdk_complete,
    sdk_continue,
    sdk_delete_memory,
    sdk_delete_state,
    sdk_fail,
    sdk_get_memory,
    sdk_get_payload,
    sdk_get_state,
    sdk_heartbeat,
    sdk_list_memory,
    sdk_list_state,
    sdk_log,
    sdk_output,
    sdk_progress,
    sdk_resource_snapshot,
    sdk_resources,
    sdk_set_memory,
    sdk_set_state,
    sdk_spawn,
    sdk_stream_chunk,
    sdk_wait_for_event,
)
from .runs import (
    bulk_cancel_all_runs,
    bulk_cancel_runs,
    bulk_replay_dead_letter_runs,
    bulk_replay_runs,
    cancel_run,
    get_debug_bundle,
    get_run,
    get_run_dependency_status,
    list_child_runs,
    list_dead_letter_runs,
    list_run_checkpoints,
    list_run_events,
    list_run_lineage,
    list_run_outputs,
    list_run_resources,
    list_run_state,
    list_runs,
    pause_run,
    replay_dead_letter_run,
    replay_run,
    reschedule_run,
    reset_idempotency_key,
    restart_run,
    resume_run,
    set_debug_mode,
)
from .secrets import create_secret, delete_secret, get_secret, list_secrets
from .stats import get_stats
from .webhooks import (
    create_webhook_subscription,
    delete_webhook_subscription,
    get_webhook_delivery,
    list_webhook_deliveries,
    list_webhook_deliveries_legacy,
    list_webhook_subscriptions,
    replay_webhook_delivery,
    retry_webhook_delivery,
    retry_webhook_delivery_legacy,
    rotate_webhook_secret,
    test_webhook,
)
from .workers import (
    force_disconnect_worker,
    get_worker,
    list_worker_tasks,
    list_workers,
)
from .workflow_runs import (
    approve_workflow_step,
    bulk_cancel_workflow_runs,
    bulk_replay_workflow_runs,
    cancel_workflow_run,
    compare_workflow_runs,
    compensate_workflow_run,
    force_complete_workflow_step,
    get_compensation_plan,
    get_workflow_run,
    get_workflow_run_debug,
    get_workflow_run_explain,
    get_workflow_run_graph,
    get_workflow_run_labels,
    get_workflow_run_timeline,
    list_workflow_runs,
    list_workflow_step_runs,
    pause_workflow_run,
    replay_workflow_subtree,
    resume_workflow_run,
    retry_workflow_run,
    retry_workflow_step,
    skip_workflow_step,
)
from .workflows import (
    clone_workflow,
    create_workflow,
    delete_workflow,
    diff_workflow_versions,
    dry_run_workflow,
    get_active_versions,
    get_workflow,
    get_workflow_graph,
    get_workflow_policy,
    get_workflow_version,
    get_workflow_version_impact,
    list_workflow_runs_by_workflow,
    list_workflow_version_steps,
    list_workflow_versions,
    list_workflows,
    plan_workflow,
    simulate_workflow,
    trigger_workflow,
    update_workflow,
    upsert_workflow_policy,
)


class AdminDlq:
    """Operations tagged admin_dlq in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's dead-letter runs, newest first.

        Calls `admin_list_dlq`: `GET /v1/admin/dlq`.
        """
        return admin_list_dlq.sync(
            client=self._client,
            job_id=job_id,
            masked=masked,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return admin_list_dlq.sync(
                client=self._client,
                job_id=job_id,
                masked=masked,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def purge(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Delete a dead-letter run for good.

        Calls `admin_purge_dlq`: `POST /v1/admin/dlq/{run_id}/purge`.
        """
        return admin_purge_dlq.sync(
            run_id=run_id,
            client=self._client,
        )

    def replay(
        self,
        run_id: str,
    ) -> JobRun:
        """Queue a dead-letter run again.

        Calls `admin_replay_dlq`: `POST /v1/admin/dlq/{run_id}/replay`.
        """
        return admin_replay_dlq.sync(
            run_id=run_id,
            client=self._client,
        )

    def unmask(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Stop the dead-letter age-out from hiding a run.

        Calls `admin_unmask_dlq`: `POST /v1/admin/dlq/{run_id}/unmask`.
        """
        return admin_unmask_dlq.sync(
            run_id=run_id,
            client=self._client,
        )


class AsyncAdminDlq:
    """Operations tagged admin_dlq in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's dead-letter runs, newest first.

        Calls `admin_list_dlq`: `GET /v1/admin/dlq`.
        """
        return await admin_list_dlq.asyncio(
            client=self._client,
            job_id=job_id,
            masked=masked,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await admin_list_dlq.asyncio(
                client=self._client,
                job_id=job_id,
                masked=masked,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def purge(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Delete a dead-letter run for good.

        Calls `admin_purge_dlq`: `POST /v1/admin/dlq/{run_id}/purge`.
        """
        return await admin_purge_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def replay(
        self,
        run_id: str,
    ) -> JobRun:
        """Queue a dead-letter run again.

        Calls `admin_replay_dlq`: `POST /v1/admin/dlq/{run_id}/replay`.
        """
        return await admin_replay_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def unmask(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Stop the dead-letter age-out from hiding a run.

        Calls `admin_unmask_dlq`: `POST /v1/admin/dlq/{run_id}/unmask`.
        """
        return await admin_unmask_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )


class AdminOutbox:
    """Operations tagged admin_outbox in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AdminOutboxRowList:
        """List the project's quarantined outbox rows.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        return admin_list_outbox.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[AdminOutboxRow]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return admin_list_outbox.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get(
        self,
        outbox_id: str,
    ) -> AdminOutboxRow:
        """Get a quarantined outbox row by its id.

        Calls `admin_get_outbox`: `GET /v1/admin/outbox/{outbox_id}`.
        """
        return admin_get_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )

    def purge(
        self,
        outbox_id: str,
    ) -> OutboxPurgeResult:
        """Delete a quarantined outbox row.

        Calls `admin_purge_outbox`: `POST /v1/admin/outbox/{outbox_id}/purge`.
        """
        return admin_purge_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )

    def retry(
        self,
        outbox_id: str,
    ) -> OutboxRetryResult:
        """Enqueue a copy of a quarantined outbox row.

        Calls `admin_retry_outbox`: `POST /v1/admin/outbox/{outbox_id}/retry`.
        """
        return admin_retry_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )


class AsyncAdminOutbox:
    """Operations tagged admin_outbox in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AdminOutboxRowList:
        """List the project's quarantined outbox rows.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        return await admin_list_outbox.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AdminOutboxRow]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await admin_list_outbox.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get(
        self,
        outbox_id: str,
    ) -> AdminOutboxRow:
        """Get a quarantined outbox row by its id.

        Calls `admin_get_outbox`: `GET /v1/admin/outbox/{outbox_id}`.
        """
        return await admin_get_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )

    async def purge(
        self,
        outbox_id: str,
    ) -> OutboxPurgeResult:
        """Delete a quarantined outbox row.

        Calls `admin_purge_outbox`: `POST /v1/admin/outbox/{outbox_id}/purge`.
        """
        return await admin_purge_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )

    async def retry(
        self,
        outbox_id: str,
    ) -> OutboxRetryResult:
        """Enqueue a copy of a quarantined outbox row.

        Calls `admin_retry_outbox`: `POST /v1/admin/outbox/{outbox_id}/retry`.
        """
        return await admin_retry_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )


class Analytics:
    """Operations tagged analytics in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get_approval_stats(
        self,
        *,
        from_: str,
        to: str,
    ) -> ApprovalStats:
        """Count approval steps by outcome and get their mean wait in a time window.

        Calls `get_approval_stats`: `GET /v1/analytics/approvals`.
        """
        return get_approval_stats.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_cost_insights(
        self,
        *,
        from_: str,
        to: str,
        threshold: float | Unset = 2.0,
    ) -> CostInsights:
        """List runs whose cost is far above the mean cost of their job.

        Calls `get_cost_insights`: `GET /v1/analytics/cost-insights`.
        """
        return get_cost_insights.sync(
            client=self._client,
            from_=from_,
            to=to,
            threshold=threshold,
        )

    def get_costs(
        self,
        *,
        from_: str,
        to: str,
    ) -> CostAnalytics:
        """Get the project's spend and run count in a time window, split by job.

        Calls `get_cost_analytics`: `GET /v1/analytics/costs`.
        """
        return get_cost_analytics.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_cost_by_trigger(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[TriggerCost]:
        """Get the cost and its share per way of triggering.

        Calls `get_cost_by_trigger`: `GET /v1/analytics/costs/by-trigger`.
        """
        return get_cost_by_trigger.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_cost_forecast(
        self,
        *,
        from_: str,
        to: str,
    ) -> CostForecast:
        """Project the monthly cost from the daily cost rate in a time window.

        Calls `get_cost_forecast`: `GET /v1/analytics/costs/forecast`.
        """
        return get_cost_forecast.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_top_costs(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[TopCostItem]:
        """List the items that cost the most in a time window.

        Calls `get_top_costs`: `GET /v1/analytics/costs/top`.
        """
        return get_top_costs.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_cost_trends(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[CostTrendPoint]:
        """Get spend and run counts over time in a time window.

        Calls `get_cost_trends`: `GET /v1/analytics/costs/trends`.
        """
        return get_cost_trends.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_event_latency(
        self,
        *,
        from_: str,
        to: str,
    ) -> EventLatencyStats:
        """Get latency percentiles of event waits.

        Calls `get_event_latency`: `GET /v1/analytics/events/latency`.
        """
        return get_event_latency.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_event_volume(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[EventVolumeBucket]:
        """Count event waits created, received and timed out per hour or per day.

        Calls `get_event_volume`: `GET /v1/analytics/events/volume`.
        """
        return get_event_volume.sync(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    def get_runs_by_version(
        self,
        *,
        from_: str,
        to: str,
        job_id: str,
    ) -> builtins.list[VersionRunStats]:
        """Get run counts and the mean duration per version of one job.

        Calls `get_runs_by_version`: `GET /v1/analytics/jobs/by-version`.
        """
        return get_runs_by_version.sync(
            client=self._client,
            from_=from_,
            to=to,
            job_id=job_id,
        )

    def get_job_comparison(
        self,
        *,
        from_: str,
        to: str,
        job_ids: str,
    ) -> builtins.list[JobComparison]:
        """Compare run totals, success rate, duration and cost of chosen jobs.

        Calls `get_job_comparison`: `GET /v1/analytics/jobs/comparison`.
        """
        return get_job_comparison.sync(
            client=self._client,
            from_=from_,
            to=to,
            job_ids=job_ids,
        )

    def get_job_cost_ranking(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[JobCostRank]:
        """Rank jobs by total cost.

        Calls `get_job_cost_ranking`: `GET /v1/analytics/jobs/cost-ranking`.
        """
        return get_job_cost_ranking.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_job_reliability(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[JobReliability]:
        """Rank jobs by success rate and failure streaks.

        Calls `get_job_reliability`: `GET /v1/analytics/jobs/reliability`.
        """
        return get_job_reliability.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_top_failing_jobs(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingJob]:
        """List the jobs with the most failed runs.

        Calls `get_top_failing_jobs`: `GET /v1/analytics/jobs/top-failing`.
        """
        return get_top_failing_jobs.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_job_history(
        self,
        job_id: str,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[JobHistoryBucket]:
        """Count one job's runs by outcome per hour or per day, with durations.

        Calls `get_job_history`: `GET /v1/analytics/jobs/{job_id}/history`.
        """
        return get_job_history.sync(
            job_id=job_id,
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    def get_performance(
        self,
        *,
        period_hours: int | Unset = 24,
    ) -> PerformanceAnalytics:
        """Get run throughput, the slowest jobs and a health summary for the last hours.

        Calls `get_performance_analytics`: `GET /v1/analytics/performance`.
        """
        return get_performance_analytics.sync(
            client=self._client,
            period_hours=period_hours,
        )

    def get_runs_by_trigger(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[TriggerRunStats]:
        """Get run counts and the mean duration per way of triggering.

        Calls `get_runs_by_trigger`: `GET /v1/analytics/runs/by-trigger`.
        """
        return get_runs_by_trigger.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_run_duration_distribution(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[RunDurationBucket]:
        """Count runs per range of duration.

        Calls `get_run_duration_distribution`: `GET /v1/analytics/runs/duration-distribution`.
        """
        return get_run_duration_distribution.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_run_failure_reasons(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[RunFailureReason]:
        """List the most frequent failure messages of runs.

        Calls `get_run_failure_reasons`: `GET /v1/analytics/runs/failure-reasons`.
        """
        return get_run_failure_reasons.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_run_summary(
        self,
        *,
        from_: str,
        to: str,
    ) -> RunAnalyticsSummary:
        """Get run totals, the success rate and durations for a time window.

        Calls `get_run_summary`: `GET /v1/analytics/runs/summary`.
        """
        return get_run_summary.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_run_timeline(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[RunTimelineBucket]:
        """Count runs by outcome per hour or per day.

        Calls `get_run_timeline`: `GET /v1/analytics/runs/timeline`.
        """
        return get_run_timeline.sync(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    def get_tag_cost(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 50,
    ) -> builtins.list[TagCost]:
        """Get the total cost and run count per tag key and value.

        Calls `get_tag_cost`: `GET /v1/analytics/tags/cost`.
        """
        return get_tag_cost.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_tag_summary(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 50,
    ) -> builtins.list[TagRunStats]:
        """Get run counts and the mean duration per tag key and value.

        Calls `get_tag_summary`: `GET /v1/analytics/tags/summary`.
        """
        return get_tag_summary.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_top_failing_tags(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingTag]:
        """List the tag values whose runs fail most often.

        Calls `get_top_failing_tags`: `GET /v1/analytics/tags/top-failing`.
        """
        return get_top_failing_tags.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_webhook_delivery_stats(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[WebhookEndpointStats]:
        """Get delivery counts and latency per webhook URL.

        Calls `get_webhook_delivery_stats`: `GET /v1/analytics/webhooks/delivery-stats`.
        """
        return get_webhook_delivery_stats.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_webhook_endpoint_health(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[WebhookHealthBucket]:
        """Get the success rate and latency per webhook URL and per hour or day.

        Calls `get_webhook_endpoint_health`: `GET /v1/analytics/webhooks/endpoint-health`.
        """
        return get_webhook_endpoint_health.sync(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    def get_top_failing_webhooks(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingWebhookEndpoint]:
        """List the webhook URLs with the most failed deliveries.

        Calls `get_top_failing_webhooks`: `GET /v1/analytics/webhooks/top-failing`.
        """
        return get_top_failing_webhooks.sync(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def get_workflow_completion_rates(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[WorkflowCompletionBucket]:
        """Count workflow runs by outcome per hour or per day.

        Calls `get_workflow_completion_rates`: `GET /v1/analytics/workflows/completion-rates`.
        """
        return get_workflow_completion_rates.sync(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    def get_workflow_summary(
        self,
        *,
        from_: str,
        to: str,
    ) -> WorkflowAnalyticsSummary:
        """Get workflow run totals, the success rate and the mean duration.

        Calls `get_workflow_analytics_summary`: `GET /v1/analytics/workflows/summary`.
        """
        return get_workflow_analytics_summary.sync(
            client=self._client,
            from_=from_,
            to=to,
        )

    def get_workflow_step_durations(
        self,
        workflow_id: str,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[StepDurationStats]:
        """Get duration statistics and the failure rate of each step of a workflow.

        Calls `get_workflow_step_durations`: `GET /v1/analytics/workflows/{workflow_id}/step-durations`.
        """
        return get_workflow_step_durations.sync(
            workflow_id=workflow_id,
            client=self._client,
            from_=from_,
            to=to,
        )


class AsyncAnalytics:
    """Operations tagged analytics in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get_approval_stats(
        self,
        *,
        from_: str,
        to: str,
    ) -> ApprovalStats:
        """Count approval steps by outcome and get their mean wait in a time window.

        Calls `get_approval_stats`: `GET /v1/analytics/approvals`.
        """
        return await get_approval_stats.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_cost_insights(
        self,
        *,
        from_: str,
        to: str,
        threshold: float | Unset = 2.0,
    ) -> CostInsights:
        """List runs whose cost is far above the mean cost of their job.

        Calls `get_cost_insights`: `GET /v1/analytics/cost-insights`.
        """
        return await get_cost_insights.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            threshold=threshold,
        )

    async def get_costs(
        self,
        *,
        from_: str,
        to: str,
    ) -> CostAnalytics:
        """Get the project's spend and run count in a time window, split by job.

        Calls `get_cost_analytics`: `GET /v1/analytics/costs`.
        """
        return await get_cost_analytics.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_cost_by_trigger(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[TriggerCost]:
        """Get the cost and its share per way of triggering.

        Calls `get_cost_by_trigger`: `GET /v1/analytics/costs/by-trigger`.
        """
        return await get_cost_by_trigger.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_cost_forecast(
        self,
        *,
        from_: str,
        to: str,
    ) -> CostForecast:
        """Project the monthly cost from the daily cost rate in a time window.

        Calls `get_cost_forecast`: `GET /v1/analytics/costs/forecast`.
        """
        return await get_cost_forecast.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_top_costs(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[TopCostItem]:
        """List the items that cost the most in a time window.

        Calls `get_top_costs`: `GET /v1/analytics/costs/top`.
        """
        return await get_top_costs.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_cost_trends(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[CostTrendPoint]:
        """Get spend and run counts over time in a time window.

        Calls `get_cost_trends`: `GET /v1/analytics/costs/trends`.
        """
        return await get_cost_trends.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_event_latency(
        self,
        *,
        from_: str,
        to: str,
    ) -> EventLatencyStats:
        """Get latency percentiles of event waits.

        Calls `get_event_latency`: `GET /v1/analytics/events/latency`.
        """
        return await get_event_latency.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_event_volume(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[EventVolumeBucket]:
        """Count event waits created, received and timed out per hour or per day.

        Calls `get_event_volume`: `GET /v1/analytics/events/volume`.
        """
        return await get_event_volume.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    async def get_runs_by_version(
        self,
        *,
        from_: str,
        to: str,
        job_id: str,
    ) -> builtins.list[VersionRunStats]:
        """Get run counts and the mean duration per version of one job.

        Calls `get_runs_by_version`: `GET /v1/analytics/jobs/by-version`.
        """
        return await get_runs_by_version.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            job_id=job_id,
        )

    async def get_job_comparison(
        self,
        *,
        from_: str,
        to: str,
        job_ids: str,
    ) -> builtins.list[JobComparison]:
        """Compare run totals, success rate, duration and cost of chosen jobs.

        Calls `get_job_comparison`: `GET /v1/analytics/jobs/comparison`.
        """
        return await get_job_comparison.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            job_ids=job_ids,
        )

    async def get_job_cost_ranking(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[JobCostRank]:
        """Rank jobs by total cost.

        Calls `get_job_cost_ranking`: `GET /v1/analytics/jobs/cost-ranking`.
        """
        return await get_job_cost_ranking.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_job_reliability(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[JobReliability]:
        """Rank jobs by success rate and failure streaks.

        Calls `get_job_reliability`: `GET /v1/analytics/jobs/reliability`.
        """
        return await get_job_reliability.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_top_failing_jobs(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingJob]:
        """List the jobs with the most failed runs.

        Calls `get_top_failing_jobs`: `GET /v1/analytics/jobs/top-failing`.
        """
        return await get_top_failing_jobs.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_job_history(
        self,
        job_id: str,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[JobHistoryBucket]:
        """Count one job's runs by outcome per hour or per day, with durations.

        Calls `get_job_history`: `GET /v1/analytics/jobs/{job_id}/history`.
        """
        return await get_job_history.asyncio(
            job_id=job_id,
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    async def get_performance(
        self,
        *,
        period_hours: int | Unset = 24,
    ) -> PerformanceAnalytics:
        """Get run throughput, the slowest jobs and a health summary for the last hours.

        Calls `get_performance_analytics`: `GET /v1/analytics/performance`.
        """
        return await get_performance_analytics.asyncio(
            client=self._client,
            period_hours=period_hours,
        )

    async def get_runs_by_trigger(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[TriggerRunStats]:
        """Get run counts and the mean duration per way of triggering.

        Calls `get_runs_by_trigger`: `GET /v1/analytics/runs/by-trigger`.
        """
        return await get_runs_by_trigger.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_run_duration_distribution(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[RunDurationBucket]:
        """Count runs per range of duration.

        Calls `get_run_duration_distribution`: `GET /v1/analytics/runs/duration-distribution`.
        """
        return await get_run_duration_distribution.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_run_failure_reasons(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[RunFailureReason]:
        """List the most frequent failure messages of runs.

        Calls `get_run_failure_reasons`: `GET /v1/analytics/runs/failure-reasons`.
        """
        return await get_run_failure_reasons.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_run_summary(
        self,
        *,
        from_: str,
        to: str,
    ) -> RunAnalyticsSummary:
        """Get run totals, the success rate and durations for a time window.

        Calls `get_run_summary`: `GET /v1/analytics/runs/summary`.
        """
        return await get_run_summary.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_run_timeline(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[RunTimelineBucket]:
        """Count runs by outcome per hour or per day.

        Calls `get_run_timeline`: `GET /v1/analytics/runs/timeline`.
        """
        return await get_run_timeline.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    async def get_tag_cost(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 50,
    ) -> builtins.list[TagCost]:
        """Get the total cost and run count per tag key and value.

        Calls `get_tag_cost`: `GET /v1/analytics/tags/cost`.
        """
        return await get_tag_cost.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_tag_summary(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 50,
    ) -> builtins.list[TagRunStats]:
        """Get run counts and the mean duration per tag key and value.

        Calls `get_tag_summary`: `GET /v1/analytics/tags/summary`.
        """
        return await get_tag_summary.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_top_failing_tags(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingTag]:
        """List the tag values whose runs fail most often.

        Calls `get_top_failing_tags`: `GET /v1/analytics/tags/top-failing`.
        """
        return await get_top_failing_tags.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_webhook_delivery_stats(
        self,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[WebhookEndpointStats]:
        """Get delivery counts and latency per webhook URL.

        Calls `get_webhook_delivery_stats`: `GET /v1/analytics/webhooks/delivery-stats`.
        """
        return await get_webhook_delivery_stats.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_webhook_endpoint_health(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[WebhookHealthBucket]:
        """Get the success rate and latency per webhook URL and per hour or day.

        Calls `get_webhook_endpoint_health`: `GET /v1/analytics/webhooks/endpoint-health`.
        """
        return await get_webhook_endpoint_health.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    async def get_top_failing_webhooks(
        self,
        *,
        from_: str,
        to: str,
        limit: int | Unset = 10,
    ) -> builtins.list[FailingWebhookEndpoint]:
        """List the webhook URLs with the most failed deliveries.

        Calls `get_top_failing_webhooks`: `GET /v1/analytics/webhooks/top-failing`.
        """
        return await get_top_failing_webhooks.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def get_workflow_completion_rates(
        self,
        *,
        from_: str,
        to: str,
        bucket: AnalyticsBucket | Unset = UNSET,
    ) -> builtins.list[WorkflowCompletionBucket]:
        """Count workflow runs by outcome per hour or per day.

        Calls `get_workflow_completion_rates`: `GET /v1/analytics/workflows/completion-rates`.
        """
        return await get_workflow_completion_rates.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            bucket=bucket,
        )

    async def get_workflow_summary(
        self,
        *,
        from_: str,
        to: str,
    ) -> WorkflowAnalyticsSummary:
        """Get workflow run totals, the success rate and the mean duration.

        Calls `get_workflow_analytics_summary`: `GET /v1/analytics/workflows/summary`.
        """
        return await get_workflow_analytics_summary.asyncio(
            client=self._client,
            from_=from_,
            to=to,
        )

    async def get_workflow_step_durations(
        self,
        workflow_id: str,
        *,
        from_: str,
        to: str,
    ) -> builtins.list[StepDurationStats]:
        """Get duration statistics and the failure rate of each step of a workflow.

        Calls `get_workflow_step_durations`: `GET /v1/analytics/workflows/{workflow_id}/step-durations`.
        """
        return await get_workflow_step_durations.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            from_=from_,
            to=to,
        )


class ApiKeys:
    """Operations tagged api_keys in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ApiKeyList:
        """List the project's API keys, newest first.

        Calls `list_api_keys`: `GET /v1/api-keys`.
        """
        return list_api_keys.sync(
            client=self._client,
            org_id=org_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        org_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ApiKey]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_api_keys.sync(
                client=self._client,
                org_id=org_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreatedApiKey:
        """Create an API key for the project.

        Calls `create_api_key`: `POST /v1/api-keys`.
        """
        return create_api_key.sync(
            client=self._client,
            body=body,
        )

    def list_expiring(
        self,
        *,
        within_days: int | Unset = UNSET,
    ) -> builtins.list[ExpiringApiKey]:
        """List the project's API keys that expire within a number of days.

        Calls `list_expiring_keys`: `GET /v1/api-keys/expiring-soon`.
        """
        return list_expiring_keys.sync(
            client=self._client,
            within_days=within_days,
        )

    def revoke(
        self,
        key_id: str,
    ) -> ApiKeyRevocation:
        """Revoke an API key.

        Calls `revoke_api_key`: `DELETE /v1/api-keys/{key_id}`.
        """
        return revoke_api_key.sync(
            key_id=key_id,
            client=self._client,
        )

    def rotate(
        self,
        key_id: str,
        *,
        body: RotateApiKeyRequest | Unset = UNSET,
    ) -> RotatedApiKey:
        """Replace an API key with a new one that has the same scopes.

        Calls `rotate_api_key`: `POST /v1/api-keys/{key_id}/rotate`.
        """
        return rotate_api_key.sync(
            key_id=key_id,
            client=self._client,
            body=body,
        )


class AsyncApiKeys:
    """Operations tagged api_keys in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ApiKeyList:
        """List the project's API keys, newest first.

        Calls `list_api_keys`: `GET /v1/api-keys`.
        """
        return await list_api_keys.asyncio(
            client=self._client,
            org_id=org_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        org_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ApiKey]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_api_keys.asyncio(
                client=self._client,
                org_id=org_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreatedApiKey:
        """Create an API key for the project.

        Calls `create_api_key`: `POST /v1/api-keys`.
        """
        return await create_api_key.asyncio(
            client=self._client,
            body=body,
        )

    async def list_expiring(
        self,
        *,
        within_days: int | Unset = UNSET,
    ) -> builtins.list[ExpiringApiKey]:
        """List the project's API keys that expire within a number of days.

        Calls `list_expiring_keys`: `GET /v1/api-keys/expiring-soon`.
        """
        return await list_expiring_keys.asyncio(
            client=self._client,
            within_days=within_days,
        )

    async def revoke(
        self,
        key_id: str,
    ) -> ApiKeyRevocation:
        """Revoke an API key.

        Calls `revoke_api_key`: `DELETE /v1/api-keys/{key_id}`.
        """
        return await revoke_api_key.asyncio(
            key_id=key_id,
            client=self._client,
        )

    async def rotate(
        self,
        key_id: str,
        *,
        body: RotateApiKeyRequest | Unset = UNSET,
    ) -> RotatedApiKey:
        """Replace an API key with a new one that has the same scopes.

        Calls `rotate_api_key`: `POST /v1/api-keys/{key_id}/rotate`.
        """
        return await rotate_api_key.asyncio(
            key_id=key_id,
            client=self._client,
            body=body,
        )


class Audit:
    """Operations tagged audit in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AuditEventList:
        """List the project's audit events in a time window, newest first by default.

        Calls `list_audit_events`: `GET /v1/audit-events`.
        """
        return list_audit_events.sync(
            client=self._client,
            actor_id=actor_id,
            resource_type=resource_type,
            resource_id=resource_id,
            order=order,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[AuditEvent]:
        """Iterate over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_audit_events.sync(
                client=self._client,
                actor_id=actor_id,
                resource_type=resource_type,
                resource_id=resource_id,
                order=order,
                from_=from_,
                to=to,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def export_events(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: AuditExportFormat | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
    ) -> str:
        """Download the project's audit events of a time window as JSON, NDJSON or CSV.

        Calls `export_audit_events`: `GET /v1/audit-events/export`.
        """
        return export_audit_events.sync(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
            actor_id=actor_id,
            resource_type=resource_type,
        )

    def verify_chain(
        self,
        *,
        incremental: bool | Unset = UNSET,
    ) -> AuditChainVerification:
        """Check the signature chain of the project's audit log.

        Calls `verify_audit_chain`: `GET /v1/audit-events/verify`.
        """
        return verify_audit_chain.sync(
            client=self._client,
            incremental=incremental,
        )

    def get_event(
        self,
        id: str,
    ) -> AuditEvent:
        """Get an audit event by its id.

        Calls `get_audit_event`: `GET /v1/audit-events/{id}`.
        """
        return get_audit_event.sync(
            id=id,
            client=self._client,
        )


class AsyncAudit:
    """Operations tagged audit in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AuditEventList:
        """List the project's audit events in a time window, newest first by default.

        Calls `list_audit_events`: `GET /v1/audit-events`.
        """
        return await list_audit_events.asyncio(
            client=self._client,
            actor_id=actor_id,
            resource_type=resource_type,
            resource_id=resource_id,
            order=order,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AuditEvent]:
        """Iterate with `async for` over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_audit_events.asyncio(
                client=self._client,
                actor_id=actor_id,
                resource_type=resource_type,
                resource_id=resource_id,
                order=order,
                from_=from_,
                to=to,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def export_events(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: AuditExportFormat | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
    ) -> str:
        """Download the project's audit events of a time window as JSON, NDJSON or CSV.

        Calls `export_audit_events`: `GET /v1/audit-events/export`.
        """
        return await export_audit_events.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
            actor_id=actor_id,
            resource_type=resource_type,
        )

    async def verify_chain(
        self,
        *,
        incremental: bool | Unset = UNSET,
    ) -> AuditChainVerification:
        """Check the signature chain of the project's audit log.

        Calls `verify_audit_chain`: `GET /v1/audit-events/verify`.
        """
        return await verify_audit_chain.asyncio(
            client=self._client,
            incremental=incremental,
        )

    async def get_event(
        self,
        id: str,
    ) -> AuditEvent:
        """Get an audit event by its id.

        Calls `get_audit_event`: `GET /v1/audit-events/{id}`.
        """
        return await get_audit_event.asyncio(
            id=id,
            client=self._client,
        )


class Authentication:
    """Operations tagged authentication in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def create_sse_token(
        self,
    ) -> SseToken:
        """Mint a short-lived token for server-sent-event streams opened by a browser.

        Calls `create_sse_token`: `POST /v1/sse-token`.
        """
        return create_sse_token.sync(
            client=self._client,
        )


class AsyncAuthentication:
    """Operations tagged authentication in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def create_sse_token(
        self,
    ) -> SseToken:
        """Mint a short-lived token for server-sent-event streams opened by a browser.

        Calls `create_sse_token`: `POST /v1/sse-token`.
        """
        return await create_sse_token.asyncio(
            client=self._client,
        )


class BatchOperations:
    """Operations tagged batch_operations in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> BatchOperationList:
        """List the project's bulk triggers, newest first.

        Calls `list_batch_operations`: `GET /v1/batch-operations`.
        """
        return list_batch_operations.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[BatchOperation]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_batch_operations.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get(
        self,
        batch_id: str,
    ) -> BatchOperation:
        """Get the progress of one bulk trigger.

        Calls `get_batch_operation`: `GET /v1/batch-operations/{batch_id}`.
        """
        return get_batch_operation.sync(
            batch_id=batch_id,
            client=self._client,
        )


class AsyncBatchOperations:
    """Operations tagged batch_operations in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> BatchOperationList:
        """List the project's bulk triggers, newest first.

        Calls `list_batch_operations`: `GET /v1/batch-operations`.
        """
        return await list_batch_operations.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[BatchOperation]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_batch_operations.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get(
        self,
        batch_id: str,
    ) -> BatchOperation:
        """Get the progress of one bulk trigger.

        Calls `get_batch_operation`: `GET /v1/batch-operations/{batch_id}`.
        """
        return await get_batch_operation.asyncio(
            batch_id=batch_id,
            client=self._client,
        )


class Billing:
    """Operations tagged billing in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get_anomaly_config(
        self,
        *,
        org_id: str,
    ) -> AnomalyConfig:
        """Get the spike thresholds of an organization's spending alerts.

        Calls `get_anomaly_config`: `GET /v1/anomaly-config`.
        """
        return get_anomaly_config.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_anomaly_config(
        self,
        *,
        body: UpdateAnomalyConfigRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set the spike thresholds of an organization's spending alerts.

        Calls `update_anomaly_config`: `PUT /v1/anomaly-config`.
        """
        return update_anomaly_config.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def check_org_limit(
        self,
        *,
        user_id: str,
        plan_tier: PlanTier | Unset = UNSET,
    ) -> OrgLimitCheck:
        """Check whether a user may create another organization on a plan.

        Calls `check_org_limit`: `GET /v1/billing/check-org-limit`.
        """
        return check_org_limit.sync(
            client=self._client,
            user_id=user_id,
            plan_tier=plan_tier,
        )

    def get_downgrade_preview(
        self,
        *,
        org_id: str,
        target_tier: PlanTier,
    ) -> DowngradeImpact:
        """Show which resources exceed the limits of a lower plan.

        Calls `get_downgrade_preview`: `GET /v1/downgrade-preview`.
        """
        return get_downgrade_preview.sync(
            client=self._client,
            org_id=org_id,
            target_tier=target_tier,
        )

    def list_plans(
        self,
    ) -> PlanCatalog:
        """List the plans with their prices, limits and features.

        Calls `list_plans`: `GET /v1/plans`.
        """
        return list_plans.sync(
            client=self._client,
        )

    def get_project_budget(
        self,
        *,
        project_id: str,
    ) -> ProjectBudget:
        """Get a project's monthly budget and its spend this month.

        Calls `get_project_budget`: `GET /v1/project-budget`.
        """
        return get_project_budget.sync(
            client=self._client,
            project_id=project_id,
        )

    def update_project_budget(
        self,
        *,
        body: UpdateProjectBudgetRequest,
    ) -> BillingUpdateResult:
        """Set a project's monthly budget and what happens when spend reaches it.

        Calls `update_project_budget`: `PUT /v1/project-budget`.
        """
        return update_project_budget.sync(
            client=self._client,
            body=body,
        )

    def get_spending_limit(
        self,
        *,
        org_id: str,
    ) -> SpendingLimit:
        """Get an organization's spending limit and its spend in the current period.

        Calls `get_spending_limit`: `GET /v1/spending-limit`.
        """
        return get_spending_limit.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_spending_limit(
        self,
        *,
        body: UpdateSpendingLimitRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set an organization's spending limit and what happens when spend reaches it.

        Calls `update_spending_limit`: `PUT /v1/spending-limit`.
        """
        return update_spending_limit.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def get_anomaly_alerts(
        self,
        *,
        org_id: str,
    ) -> builtins.list[AnomalyAlert]:
        """List spending spikes detected for an organization.

        Calls `get_anomaly_alerts`: `GET /v1/usage/anomalies`.
        """
        return get_anomaly_alerts.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_current_usage(
        self,
        *,
        org_id: str,
    ) -> CurrentUsage:
        """Get an organization's usage and spend in the current billing period.

        Calls `get_current_usage`: `GET /v1/usage/current`.
        """
        return get_current_usage.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_email_preferences(
        self,
        *,
        org_id: str,
    ) -> EmailPreferences:
        """Get whether an organization receives the monthly usage email.

        Calls `get_email_preferences`: `GET /v1/usage/email-preferences`.
        """
        return get_email_preferences.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_email_preferences(
        self,
        *,
        body: UpdateEmailPreferencesRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Turn an organization's monthly usage email on or off.

        Calls `update_email_preferences`: `PUT /v1/usage/email-preferences`.
        """
        return update_email_preferences.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def export_usage(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
        format_: UsageExportFormat | Unset = UNSET,
    ) -> str:
        """Download an organization's usage as a CSV or PDF file.

        Calls `export_usage`: `GET /v1/usage/export`.
        """
        return export_usage.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
            format_=format_,
        )

    def get_usage_forecast(
        self,
        *,
        org_id: str,
    ) -> UsageForecast:
        """Project an organization's monthly runs and spend from the last seven days.

        Calls `get_usage_forecast`: `GET /v1/usage/forecast`.
        """
        return get_usage_forecast.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_usage_history(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[UsageHistoryEntry]:
        """Get an organization's runs and spend per day.

        Calls `get_usage_history`: `GET /v1/usage/history`.
        """
        return get_usage_history.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )

    def get_project_costs(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[ProjectCost]:
        """Get runs and spend per project of an organization.

        Calls `get_project_costs`: `GET /v1/usage/projects`.
        """
        return get_project_costs.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )


class AsyncBilling:
    """Operations tagged billing in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get_anomaly_config(
        self,
        *,
        org_id: str,
    ) -> AnomalyConfig:
        """Get the spike thresholds of an organization's spending alerts.

        Calls `get_anomaly_config`: `GET /v1/anomaly-config`.
        """
        return await get_anomaly_config.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_anomaly_config(
        self,
        *,
        body: UpdateAnomalyConfigRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set the spike thresholds of an organization's spending alerts.

        Calls `update_anomaly_config`: `PUT /v1/anomaly-config`.
        """
        return await update_anomaly_config.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def check_org_limit(
        self,
        *,
        user_id: str,
        plan_tier: PlanTier | Unset = UNSET,
    ) -> OrgLimitCheck:
        """Check whether a user may create another organization on a plan.

        Calls `check_org_limit`: `GET /v1/billing/check-org-limit`.
        """
        return await check_org_limit.asyncio(
            client=self._client,
            user_id=user_id,
            plan_tier=plan_tier,
        )

    async def get_downgrade_preview(
        self,
        *,
        org_id: str,
        target_tier: PlanTier,
    ) -> DowngradeImpact:
        """Show which resources exceed the limits of a lower plan.

        Calls `get_downgrade_preview`: `GET /v1/downgrade-preview`.
        """
        return await get_downgrade_preview.asyncio(
            client=self._client,
            org_id=org_id,
            target_tier=target_tier,
        )

    async def list_plans(
        self,
    ) -> PlanCatalog:
        """List the plans with their prices, limits and features.

        Calls `list_plans`: `GET /v1/plans`.
        """
        return await list_plans.asyncio(
            client=self._client,
        )

    async def get_project_budget(
        self,
        *,
        project_id: str,
    ) -> ProjectBudget:
        """Get a project's monthly budget and its spend this month.

        Calls `get_project_budget`: `GET /v1/project-budget`.
        """
        return await get_project_budget.asyncio(
            client=self._client,
            project_id=project_id,
        )

    async def update_project_budget(
        self,
        *,
        body: UpdateProjectBudgetRequest,
    ) -> BillingUpdateResult:
        """Set a project's monthly budget and what happens when spend reaches it.

        Calls `update_project_budget`: `PUT /v1/project-budget`.
        """
        return await update_project_budget.asyncio(
            client=self._client,
            body=body,
        )

    async def get_spending_limit(
        self,
        *,
        org_id: str,
    ) -> SpendingLimit:
        """Get an organization's spending limit and its spend in the current period.

        Calls `get_spending_limit`: `GET /v1/spending-limit`.
        """
        return await get_spending_limit.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_spending_limit(
        self,
        *,
        body: UpdateSpendingLimitRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set an organization's spending limit and what happens when spend reaches it.

        Calls `update_spending_limit`: `PUT /v1/spending-limit`.
        """
        return await update_spending_limit.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def get_anomaly_alerts(
        self,
        *,
        org_id: str,
    ) -> builtins.list[AnomalyAlert]:
        """List spending spikes detected for an organization.

        Calls `get_anomaly_alerts`: `GET /v1/usage/anomalies`.
        """
        return await get_anomaly_alerts.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_current_usage(
        self,
        *,
        org_id: str,
    ) -> CurrentUsage:
        """Get an organization's usage and spend in the current billing period.

        Calls `get_current_usage`: `GET /v1/usage/current`.
        """
        return await get_current_usage.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_email_preferences(
        self,
        *,
        org_id: str,
    ) -> EmailPreferences:
        """Get whether an organization receives the monthly usage email.

        Calls `get_email_preferences`: `GET /v1/usage/email-preferences`.
        """
        return await get_email_preferences.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_email_preferences(
        self,
        *,
        body: UpdateEmailPreferencesRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Turn an organization's monthly usage email on or off.

        Calls `update_email_preferences`: `PUT /v1/usage/email-preferences`.
        """
        return await update_email_preferences.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def export_usage(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
        format_: UsageExportFormat | Unset = UNSET,
    ) -> str:
        """Download an organization's usage as a CSV or PDF file.

        Calls `export_usage`: `GET /v1/usage/export`.
        """
        return await export_usage.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
            format_=format_,
        )

    async def get_usage_forecast(
        self,
        *,
        org_id: str,
    ) -> UsageForecast:
        """Project an organization's monthly runs and spend from the last seven days.

        Calls `get_usage_forecast`: `GET /v1/usage/forecast`.
        """
        return await get_usage_forecast.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_usage_history(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[UsageHistoryEntry]:
        """Get an organization's runs and spend per day.

        Calls `get_usage_history`: `GET /v1/usage/history`.
        """
        return await get_usage_history.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )

    async def get_project_costs(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[ProjectCost]:
        """Get runs and spend per project of an organization.

        Calls `get_project_costs`: `GET /v1/usage/projects`.
        """
        return await get_project_costs.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )


class CanaryDeployments:
    """Operations tagged canary_deployments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateCanaryDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> CanaryDeployment:
        """Start sending a share of a workflow's runs to another version.

        Calls `create_canary_deployment`: `POST /v1/canary-deployments`.
        """
        return create_canary_deployment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_status(
        self,
        workflow_id: str,
    ) -> CanaryDeployment:
        """Get the active canary of a workflow.

        Calls `get_canary_status`: `GET /v1/workflows/{workflow_id}/canary`.
        """
        return get_canary_status.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateCanaryDeploymentRequest,
    ) -> CanaryDeployment | None:
        """Change the share of a workflow's runs that go to the canary version.

        Calls `update_canary_deployment`: `PATCH /v1/workflows/{workflow_id}/canary`.
        """
        return update_canary_deployment.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    def rollback(
        self,
        workflow_id: str,
    ) -> CanaryRollbackResult:
        """End a workflow's canary and send every run to the source version.

        Calls `rollback_canary_deployment`: `POST /v1/workflows/{workflow_id}/canary/rollback`.
        """
        return rollback_canary_deployment.sync(
            workflow_id=workflow_id,
            client=self._client,
        )


class AsyncCanaryDeployments:
    """Operations tagged canary_deployments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateCanaryDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> CanaryDeployment:
        """Start sending a share of a workflow's runs to another version.

        Calls `create_canary_deployment`: `POST /v1/canary-deployments`.
        """
        return await create_canary_deployment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_status(
        self,
        workflow_id: str,
    ) -> CanaryDeployment:
        """Get the active canary of a workflow.

        Calls `get_canary_status`: `GET /v1/workflows/{workflow_id}/canary`.
        """
        return await get_canary_status.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def update(
        self,
        workflow_id: str,
        *,
        body: UpdateCanaryDeploymentRequest,
    ) -> CanaryDeployment | None:
        """Change the share of a workflow's runs that go to the canary version.

        Calls `update_canary_deployment`: `PATCH /v1/workflows/{workflow_id}/canary`.
        """
        return await update_canary_deployment.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    async def rollback(
        self,
        workflow_id: str,
    ) -> CanaryRollbackResult:
        """End a workflow's canary and send every run to the source version.

        Calls `rollback_canary_deployment`: `POST /v1/workflows/{workflow_id}/canary/rollback`.
        """
        return await rollback_canary_deployment.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )


class Deployments:
    """Operations tagged deployments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> DeploymentVersionList:
        """List the project's deployment versions, newest first.

        Calls `list_deployments`: `GET /v1/deployments`.
        """
        return list_deployments.sync(
            client=self._client,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[DeploymentVersion]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_deployments.sync(
                client=self._client,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> DeploymentVersion:
        """Register a new deployment version as a draft.

        Calls `create_deployment`: `POST /v1/deployments`.
        """
        return create_deployment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def finalize(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Finalize a deployment version.

        Calls `finalize_deployment`: `POST /v1/deployments/{deployment_id}/finalize`.
        """
        return finalize_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    def promote(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Promote a deployment version in an environment.

        Calls `promote_deployment`: `POST /v1/deployments/{deployment_id}/promote`.
        """
        return promote_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    def rollback(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Roll an environment back to a deployment version.

        Calls `rollback_deployment`: `POST /v1/deployments/{deployment_id}/rollback`.
        """
        return rollback_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )


class AsyncDeployments:
    """Operations tagged deployments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> DeploymentVersionList:
        """List the project's deployment versions, newest first.

        Calls `list_deployments`: `GET /v1/deployments`.
        """
        return await list_deployments.asyncio(
            client=self._client,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[DeploymentVersion]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_deployments.asyncio(
                client=self._client,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> DeploymentVersion:
        """Register a new deployment version as a draft.

        Calls `create_deployment`: `POST /v1/deployments`.
        """
        return await create_deployment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def finalize(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Finalize a deployment version.

        Calls `finalize_deployment`: `POST /v1/deployments/{deployment_id}/finalize`.
        """
        return await finalize_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    async def promote(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Promote a deployment version in an environment.

        Calls `promote_deployment`: `POST /v1/deployments/{deployment_id}/promote`.
        """
        return await promote_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    async def rollback(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Roll an environment back to a deployment version.

        Calls `rollback_deployment`: `POST /v1/deployments/{deployment_id}/rollback`.
        """
        return await rollback_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )


class Environments:
    """Operations tagged environments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EnvironmentList:
        """List the project's environments, newest first.

        Calls `list_environments`: `GET /v1/environments`.
        """
        return list_environments.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Environment]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_environments.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateEnvironmentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Environment:
        """Create an environment in the key's project.

        Calls `create_environment`: `POST /v1/environments`.
        """
        return create_environment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        env_id: str,
    ) -> Environment:
        """Get an environment by its id.

        Calls `get_environment`: `GET /v1/environments/{env_id}`.
        """
        return get_environment.sync(
            env_id=env_id,
            client=self._client,
        )

    def delete(
        self,
        env_id: str,
    ) -> None:
        """Delete an environment.

        Calls `delete_environment`: `DELETE /v1/environments/{env_id}`.
        """
        return delete_environment.sync(
            env_id=env_id,
            client=self._client,
        )

    def update(
        self,
        env_id: str,
        *,
        body: UpdateEnvironmentRequest,
    ) -> Environment:
        """Change some fields of an environment.

        Calls `update_environment`: `PATCH /v1/environments/{env_id}`.
        """
        return update_environment.sync(
            env_id=env_id,
            client=self._client,
            body=body,
        )

    def get_resolved_variables(
        self,
        env_id: str,
    ) -> ResolvedVariables:
        """Get the variables an environment resolves to, with their values.

        Calls `get_resolved_variables`: `GET /v1/environments/{env_id}/variables`.
        """
        return get_resolved_variables.sync(
            env_id=env_id,
            client=self._client,
        )


class AsyncEnvironments:
    """Operations tagged environments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EnvironmentList:
        """List the project's environments, newest first.

        Calls `list_environments`: `GET /v1/environments`.
        """
        return await list_environments.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Environment]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_environments.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateEnvironmentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Environment:
        """Create an environment in the key's project.

        Calls `create_environment`: `POST /v1/environments`.
        """
        return await create_environment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        env_id: str,
    ) -> Environment:
        """Get an environment by its id.

        Calls `get_environment`: `GET /v1/environments/{env_id}`.
        """
        return await get_environment.asyncio(
            env_id=env_id,
            client=self._client,
        )

    async def delete(
        self,
        env_id: str,
    ) -> None:
        """Delete an environment.

        Calls `delete_environment`: `DELETE /v1/environments/{env_id}`.
        """
        return await delete_environment.asyncio(
            env_id=env_id,
            client=self._client,
        )

    async def update(
        self,
        env_id: str,
        *,
        body: UpdateEnvironmentRequest,
    ) -> Environment:
        """Change some fields of an environment.

        Calls `update_environment`: `PATCH /v1/environments/{env_id}`.
        """
        return await update_environment.asyncio(
            env_id=env_id,
            client=self._client,
            body=body,
        )

    async def get_resolved_variables(
        self,
        env_id: str,
    ) -> ResolvedVariables:
        """Get the variables an environment resolves to, with their values.

        Calls `get_resolved_variables`: `GET /v1/environments/{env_id}/variables`.
        """
        return await get_resolved_variables.asyncio(
            env_id=env_id,
            client=self._client,
        )


class EventSources:
    """Operations tagged event_sources in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[EventSource]:
        """List the project's event sources, newest first.

        Calls `list_event_sources`: `GET /v1/event-sources`.
        """
        return list_event_sources.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreateEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSource:
        """Create an event source that events can be dispatched to.

        Calls `create_event_source`: `POST /v1/event-sources`.
        """
        return create_event_source.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        source_id: str,
    ) -> EventSource:
        """Get an event source by its id.

        Calls `get_event_source`: `GET /v1/event-sources/{source_id}`.
        """
        return get_event_source.sync(
            source_id=source_id,
            client=self._client,
        )

    def delete(
        self,
        source_id: str,
    ) -> None:
        """Delete an event source.

        Calls `delete_event_source`: `DELETE /v1/event-sources/{source_id}`.
        """
        return delete_event_source.sync(
            source_id=source_id,
            client=self._client,
        )

    def update(
        self,
        source_id: str,
        *,
        body: UpdateEventSourceRequest,
    ) -> None:
        """Change some fields of an event source.

        Calls `update_event_source`: `PATCH /v1/event-sources/{source_id}`.
        """
        return update_event_source.sync(
            source_id=source_id,
            client=self._client,
            body=body,
        )

    def subscribe(
        self,
        source_id: str,
        *,
        body: SubscribeToEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSubscription:
        """Subscribe a job or a workflow to an event source.

        Calls `subscribe_to_event_source`: `POST /v1/event-sources/{source_id}/subscribe`.
        """
        return subscribe_to_event_source.sync(
            source_id=source_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def list_subscriptions(
        self,
        source_id: str,
    ) -> builtins.list[EventSubscription]:
        """List the subscriptions of an event source.

        Calls `list_event_source_subscriptions`: `GET /v1/event-sources/{source_id}/subscriptions`.
        """
        return list_event_source_subscriptions.sync(
            source_id=source_id,
            client=self._client,
        )

    def delete_subscription(
        self,
        source_id: str,
        sub_id: str,
    ) -> None:
        """Delete a subscription of an event source.

        Calls `delete_event_subscription`: `DELETE /v1/event-sources/{source_id}/subscriptions/{sub_id}`.
        """
        return delete_event_subscription.sync(
            source_id=source_id,
            sub_id=sub_id,
            client=self._client,
        )


class AsyncEventSources:
    """Operations tagged event_sources in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[EventSource]:
        """List the project's event sources, newest first.

        Calls `list_event_sources`: `GET /v1/event-sources`.
        """
        return await list_event_sources.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreateEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSource:
        """Create an event source that events can be dispatched to.

        Calls `create_event_source`: `POST /v1/event-sources`.
        """
        return await create_event_source.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        source_id: str,
    ) -> EventSource:
        """Get an event source by its id.

        Calls `get_event_source`: `GET /v1/event-sources/{source_id}`.
        """
        return await get_event_source.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def delete(
        self,
        source_id: str,
    ) -> None:
        """Delete an event source.

        Calls `delete_event_source`: `DELETE /v1/event-sources/{source_id}`.
        """
        return await delete_event_source.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def update(
        self,
        source_id: str,
        *,
        body: UpdateEventSourceRequest,
    ) -> None:
        """Change some fields of an event source.

        Calls `update_event_source`: `PATCH /v1/event-sources/{source_id}`.
        """
        return await update_event_source.asyncio(
            source_id=source_id,
            client=self._client,
            body=body,
        )

    async def subscribe(
        self,
        source_id: str,
        *,
        body: SubscribeToEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSubscription:
        """Subscribe a job or a workflow to an event source.

        Calls `subscribe_to_event_source`: `POST /v1/event-sources/{source_id}/subscribe`.
        """
        return await subscribe_to_event_source.asyncio(
            source_id=source_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def list_subscriptions(
        self,
        source_id: str,
    ) -> builtins.list[EventSubscription]:
        """List the subscriptions of an event source.

        Calls `list_event_source_subscriptions`: `GET /v1/event-sources/{source_id}/subscriptions`.
        """
        return await list_event_source_subscriptions.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def delete_subscription(
        self,
        source_id: str,
        sub_id: str,
    ) -> None:
        """Delete a subscription of an event source.

        Calls `delete_event_subscription`: `DELETE /v1/event-sources/{source_id}/subscriptions/{sub_id}`.
        """
        return await delete_event_subscription.asyncio(
            source_id=source_id,
            sub_id=sub_id,
            client=self._client,
        )


class EventTriggers(EventTriggersMixin):
    """Operations tagged event_triggers in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EventTriggerList:
        """List the project's event triggers, newest first.

        Calls `list_event_triggers`: `GET /v1/events`.
        """
        return list_event_triggers.sync(
            client=self._client,
            status=status,
            workflow_run_id=workflow_run_id,
            source_type=source_type,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[EventTrigger]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_event_triggers.sync(
                client=self._client,
                status=status,
                workflow_run_id=workflow_run_id,
                source_type=source_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def dispatch(
        self,
        *,
        body: DispatchEventRequest,
    ) -> DispatchEventResult:
        """Send an event to an event source, which starts runs of its subscribers.

        Calls `dispatch_event`: `POST /v1/events/dispatch`.
        """
        return dispatch_event.sync(
            client=self._client,
            body=body,
        )

    def send_by_prefix(
        self,
        prefix: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> SendEventByPrefixResult:
        """Deliver one payload to every waiting trigger whose key starts with a prefix.

        Calls `send_event_by_prefix`: `POST /v1/events/prefix/{prefix}/send`.
        """
        return send_event_by_prefix.sync(
            prefix=prefix,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def purge(
        self,
        *,
        body: PurgeEventTriggersRequest,
    ) -> PurgeEventTriggersResult:
        """Delete finished event triggers older than a number of days.

        Calls `purge_event_triggers`: `POST /v1/events/purge`.
        """
        return purge_event_triggers.sync(
            client=self._client,
            body=body,
        )

    def get_stats(
        self,
    ) -> EventTriggerStats:
        """Count the project's event triggers by status.

        Calls `get_event_trigger_stats`: `GET /v1/events/stats`.
        """
        return get_event_trigger_stats.sync(
            client=self._client,
        )

    def get(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Get an event trigger by its key.

        Calls `get_event_trigger`: `GET /v1/events/{event_key}`.
        """
        return get_event_trigger.sync(
            event_key=event_key,
            client=self._client,
        )

    def cancel(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Cancel a waiting event trigger.

        Calls `cancel_event_trigger`: `DELETE /v1/events/{event_key}`.
        """
        return cancel_event_trigger.sync(
            event_key=event_key,
            client=self._client,
        )

    def send(
        self,
        event_key: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventTrigger:
        """Deliver an event to the trigger that waits for it.

        Calls `send_event`: `POST /v1/events/{event_key}/send`.
        """
        return send_event.sync(
            event_key=event_key,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class AsyncEventTriggers(AsyncEventTriggersMixin):
    """Operations tagged event_triggers in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EventTriggerList:
        """List the project's event triggers, newest first.

        Calls `list_event_triggers`: `GET /v1/events`.
        """
        return await list_event_triggers.asyncio(
            client=self._client,
            status=status,
            workflow_run_id=workflow_run_id,
            source_type=source_type,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[EventTrigger]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_event_triggers.asyncio(
                client=self._client,
                status=status,
                workflow_run_id=workflow_run_id,
                source_type=source_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def dispatch(
        self,
        *,
        body: DispatchEventRequest,
    ) -> DispatchEventResult:
        """Send an event to an event source, which starts runs of its subscribers.

        Calls `dispatch_event`: `POST /v1/events/dispatch`.
        """
        return await dispatch_event.asyncio(
            client=self._client,
            body=body,
        )

    async def send_by_prefix(
        self,
        prefix: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> SendEventByPrefixResult:
        """Deliver one payload to every waiting trigger whose key starts with a prefix.

        Calls `send_event_by_prefix`: `POST /v1/events/prefix/{prefix}/send`.
        """
        return await send_event_by_prefix.asyncio(
            prefix=prefix,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def purge(
        self,
        *,
        body: PurgeEventTriggersRequest,
    ) -> PurgeEventTriggersResult:
        """Delete finished event triggers older than a number of days.

        Calls `purge_event_triggers`: `POST /v1/events/purge`.
        """
        return await purge_event_triggers.asyncio(
            client=self._client,
            body=body,
        )

    async def get_stats(
        self,
    ) -> EventTriggerStats:
        """Count the project's event triggers by status.

        Calls `get_event_trigger_stats`: `GET /v1/events/stats`.
        """
        return await get_event_trigger_stats.asyncio(
            client=self._client,
        )

    async def get(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Get an event trigger by its key.

        Calls `get_event_trigger`: `GET /v1/events/{event_key}`.
        """
        return await get_event_trigger.asyncio(
            event_key=event_key,
            client=self._client,
        )

    async def cancel(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Cancel a waiting event trigger.

        Calls `cancel_event_trigger`: `DELETE /v1/events/{event_key}`.
        """
        return await cancel_event_trigger.asyncio(
            event_key=event_key,
            client=self._client,
        )

    async def send(
        self,
        event_key: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventTrigger:
        """Deliver an event to the trigger that waits for it.

        Calls `send_event`: `POST /v1/events/{event_key}/send`.
        """
        return await send_event.asyncio(
            event_key=event_key,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class Export:
    """Operations tagged export in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def jobs(
        self,
        *,
        format_: ExportJobsFormat | Unset = UNSET,
    ) -> builtins.list[Job]:
        """Export every job of the project.

        Calls `export_jobs`: `GET /v1/export/jobs`.
        """
        return export_jobs.sync(
            client=self._client,
            format_=format_,
        )

    def runs(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: ExportRunsFormat | Unset = UNSET,
    ) -> builtins.list[JobRun]:
        """Export the project's runs created in a time window.

        Calls `export_runs`: `GET /v1/export/runs`.
        """
        return export_runs.sync(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
        )

    def workflows(
        self,
        *,
        format_: ExportWorkflowsFormat | Unset = UNSET,
    ) -> builtins.list[Workflow]:
        """Export every workflow of the project, without their steps.

        Calls `export_workflows`: `GET /v1/export/workflows`.
        """
        return export_workflows.sync(
            client=self._client,
            format_=format_,
        )


class AsyncExport:
    """Operations tagged export in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def jobs(
        self,
        *,
        format_: ExportJobsFormat | Unset = UNSET,
    ) -> builtins.list[Job]:
        """Export every job of the project.

        Calls `export_jobs`: `GET /v1/export/jobs`.
        """
        return await export_jobs.asyncio(
            client=self._client,
            format_=format_,
        )

    async def runs(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: ExportRunsFormat | Unset = UNSET,
    ) -> builtins.list[JobRun]:
        """Export the project's runs created in a time window.

        Calls `export_runs`: `GET /v1/export/runs`.
        """
        return await export_runs.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
        )

    async def workflows(
        self,
        *,
        format_: ExportWorkflowsFormat | Unset = UNSET,
    ) -> builtins.list[Workflow]:
        """Export every workflow of the project, without their steps.

        Calls `export_workflows`: `GET /v1/export/workflows`.
        """
        return await export_workflows.asyncio(
            client=self._client,
            format_=format_,
        )


class Health:
    """Operations tagged health in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def check(
        self,
    ) -> HealthStatus:
        """Report whether the server is up.

        Calls `health_check`: `GET /health`.
        """
        return health_check.sync(
            client=self._client,
        )

    def check_ready(
        self,
    ) -> HealthReadiness:
        """Report whether the server can take requests.

        Calls `health_ready`: `GET /health/ready`.
        """
        return health_ready.sync(
            client=self._client,
        )


class AsyncHealth:
    """Operations tagged health in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def check(
        self,
    ) -> HealthStatus:
        """Report whether the server is up.

        Calls `health_check`: `GET /health`.
        """
        return await health_check.asyncio(
            client=self._client,
        )

    async def check_ready(
        self,
    ) -> HealthReadiness:
        """Report whether the server can take requests.

        Calls `health_ready`: `GET /health/ready`.
        """
        return await health_ready.asyncio(
            client=self._client,
        )


class JobGroups:
    """Operations tagged job_groups in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobGroupList:
        """List the project's job groups, newest first.

        Calls `list_job_groups`: `GET /v1/job-groups`.
        """
        return list_job_groups.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobGroup]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_groups.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateJobGroupRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobGroup:
        """Create a job group.

        Calls `create_job_group`: `POST /v1/job-groups`.
        """
        return create_job_group.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        group_id: str,
    ) -> JobGroup:
        """Get a job group by its id.

        Calls `get_job_group`: `GET /v1/job-groups/{group_id}`.
        """
        return get_job_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a job group.

        Calls `delete_job_group`: `DELETE /v1/job-groups/{group_id}`.
        """
        return delete_job_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def update(
        self,
        group_id: str,
        *,
        body: UpdateJobGroupRequest,
    ) -> JobGroup:
        """Change the name, slug or description of a job group.

        Calls `update_job_group`: `PATCH /v1/job-groups/{group_id}`.
        """
        return update_job_group.sync(
            group_id=group_id,
            client=self._client,
            body=body,
        )

    def list_jobs(
        self,
        group_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of a job group, newest first.

        Calls `list_jobs_by_group`: `GET /v1/job-groups/{group_id}/jobs`.
        """
        return list_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        group_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_jobs_by_group.sync(
                group_id=group_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def pause_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Pause every job of a job group.

        Calls `pause_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/pause-all`.
        """
        return pause_all_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def resume_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Resume every job of a job group.

        Calls `resume_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/resume-all`.
        """
        return resume_all_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def get_stats(
        self,
        group_id: str,
    ) -> JobGroupStats:
        """Count the runs of a job group's jobs by status.

        Calls `get_job_group_stats`: `GET /v1/job-groups/{group_id}/stats`.
        """
        return get_job_group_stats.sync(
            group_id=group_id,
            client=self._client,
        )


class AsyncJobGroups:
    """Operations tagged job_groups in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobGroupList:
        """List the project's job groups, newest first.

        Calls `list_job_groups`: `GET /v1/job-groups`.
        """
        return await list_job_groups.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobGroup]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_groups.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateJobGroupRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobGroup:
        """Create a job group.

        Calls `create_job_group`: `POST /v1/job-groups`.
        """
        return await create_job_group.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        group_id: str,
    ) -> JobGroup:
        """Get a job group by its id.

        Calls `get_job_group`: `GET /v1/job-groups/{group_id}`.
        """
        return await get_job_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a job group.

        Calls `delete_job_group`: `DELETE /v1/job-groups/{group_id}`.
        """
        return await delete_job_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def update(
        self,
        group_id: str,
        *,
        body: UpdateJobGroupRequest,
    ) -> JobGroup:
        """Change the name, slug or description of a job group.

        Calls `update_job_group`: `PATCH /v1/job-groups/{group_id}`.
        """
        return await update_job_group.asyncio(
            group_id=group_id,
            client=self._client,
            body=body,
        )

    async def list_jobs(
        self,
        group_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of a job group, newest first.

        Calls `list_jobs_by_group`: `GET /v1/job-groups/{group_id}/jobs`.
        """
        return await list_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        group_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_jobs_by_group.asyncio(
                group_id=group_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def pause_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Pause every job of a job group.

        Calls `pause_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/pause-all`.
        """
        return await pause_all_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def resume_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Resume every job of a job group.

        Calls `resume_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/resume-all`.
        """
        return await resume_all_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def get_stats(
        self,
        group_id: str,
    ) -> JobGroupStats:
        """Count the runs of a job group's jobs by status.

        Calls `get_job_group_stats`: `GET /v1/job-groups/{group_id}/stats`.
        """
        return await get_job_group_stats.asyncio(
            group_id=group_id,
            client=self._client,
        )


class Jobs(JobsMixin):
    """Operations tagged jobs in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the project's jobs, newest first.

        Calls `list_jobs`: `GET /v1/jobs`.
        """
        return list_jobs.sync(
            client=self._client,
            slug=slug,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_jobs.sync(
                client=self._client,
                slug=slug,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Create a job.

        Calls `create_job`: `POST /v1/jobs`.
        """
        return create_job.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def batch_create(
        self,
        *,
        body: BatchCreateJobsRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BatchCreateJobsResponse:
        """Create up to 50 jobs in one request.

        Calls `batch_create_jobs`: `POST /v1/jobs/batch`.
        """
        return batch_create_jobs.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def batch_disable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Disable up to 50 jobs at once.

        Calls `batch_disable_jobs`: `POST /v1/jobs/batch-disable`.
        """
        return batch_disable_jobs.sync(
            client=self._client,
            body=body,
        )

    def batch_enable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Enable up to 50 jobs at once.

        Calls `batch_enable_jobs`: `POST /v1/jobs/batch-enable`.
        """
        return batch_enable_jobs.sync(
            client=self._client,
            body=body,
        )

    def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job by its id.

        Calls `get_job`: `GET /v1/jobs/{job_id}`.
        """
        return get_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def delete(
        self,
        job_id: str,
    ) -> None:
        """Delete a job.

        Calls `delete_job`: `DELETE /v1/jobs/{job_id}`.
        """
        return delete_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def update(
        self,
        job_id: str,
        *,
        body: UpdateJobRequest,
    ) -> Job:
        """Change some fields of a job.

        Calls `update_job`: `PATCH /v1/jobs/{job_id}`.
        """
        return update_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def clone(
        self,
        job_id: str,
        *,
        body: CloneJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Copy a job under a new name and slug.

        Calls `clone_job`: `POST /v1/jobs/{job_id}/clone`.
        """
        return clone_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def list_dependencies(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobDependencyList:
        """List the jobs a job depends on, newest dependency first.

        Calls `list_job_dependencies`: `GET /v1/jobs/{job_id}/dependencies`.
        """
        return list_job_dependencies.sync(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dependencies(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobDependency]:
        """Iterate over every item of `list_dependencies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_dependencies.sync(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_dependency(
        self,
        job_id: str,
        *,
        body: CreateJobDependencyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobDependency:
        """Make a job wait for the outcome of another job.

        Calls `create_job_dependency`: `POST /v1/jobs/{job_id}/dependencies`.
        """
        return create_job_dependency.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_dependency(
        self,
        job_id: str,
        dep_id: str,
    ) -> None:
        """Remove a dependency from a job.

        Calls `delete_job_dependency`: `DELETE /v1/jobs/{job_id}/dependencies/{dep_id}`.
        """
        return delete_job_dependency.sync(
            job_id=job_id,
            dep_id=dep_id,
            client=self._client,
        )

    def set_endpoint(
        self,
        job_id: str,
        *,
        body: SetJobEndpointRequest,
    ) -> SetJobEndpointResponse:
        """Set the URLs a job's runs are sent to, optionally with a new signing secret.

        Calls `set_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint`.
        """
        return set_job_endpoint.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def verify_endpoint(
        self,
        job_id: str,
    ) -> VerifyJobEndpointResult:
        """Send a signed test request to the job's endpoint and report the outcome.

        Calls `verify_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint/verify`.
        """
        return verify_job_endpoint.sync(
            job_id=job_id,
            client=self._client,
        )

    def get_health(
        self,
        job_id: str,
        *,
        window: JobHealthWindow | Unset = UNSET,
    ) -> JobHealth:
        """Get run counts and durations of a job over a recent window.

        Calls `get_job_health`: `GET /v1/jobs/{job_id}/health`.
        """
        return get_job_health.sync(
            job_id=job_id,
            client=self._client,
            window=window,
        )

    def pause(
        self,
        job_id: str,
        *,
        body: PauseJobRequest | Unset = UNSET,
    ) -> Job:
        """Pause a job so that it rejects new triggers.

        Calls `pause_job`: `POST /v1/jobs/{job_id}/pause`.
        """
        return pause_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def resume(
        self,
        job_id: str,
    ) -> Job:
        """Resume a paused job.

        Calls `resume_job`: `POST /v1/jobs/{job_id}/resume`.
        """
        return resume_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def trigger(
        self,
        job_id: str,
        *,
        body: TriggerRequest,
        idempotency_key: str | Unset = UNSET,
        traceparent: str | Unset = UNSET,
        tracestate: str | Unset = UNSET,
    ) -> (
        BatchFlushedTrigger
        | BufferedTrigger
        | DebouncedTrigger
        | TriggeredRun
        | DryRunResult
        | IdempotentTriggerHit
    ):
        """Start a run of a job.

        Calls `trigger_job`: `POST /v1/jobs/{job_id}/trigger`.
        """
        return trigger_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
        )

    def bulk_trigger(
        self,
        job_id: str,
        *,
        body: BulkTriggerRequest,
    ) -> BulkTriggerResponse:
        """Start many runs of a job in one request.

        Calls `bulk_trigger_job`: `POST /v1/jobs/{job_id}/trigger/bulk`.
        """
        return bulk_trigger_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def list_versions(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobVersionList:
        """List the saved versions of a job, highest version first.

        Calls `list_job_versions`: `GET /v1/jobs/{job_id}/versions`.
        """
        return list_job_versions.sync(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_versions(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobVersion]:
        """Iterate over every item of `list_versions`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_versions.sync(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get_version(
        self,
        job_id: str,
        version_id: str,
    ) -> JobVersion:
        """Get one saved version of a job.

        Calls `get_job_version`: `GET /v1/jobs/{job_id}/versions/{version_id}`.
        """
        return get_job_version.sync(
            job_id=job_id,
            version_id=version_id,
            client=self._client,
        )


class AsyncJobs(AsyncJobsMixin):
    """Operations tagged jobs in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the project's jobs, newest first.

        Calls `list_jobs`: `GET /v1/jobs`.
        """
        return await list_jobs.asyncio(
            client=self._client,
            slug=slug,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_jobs.asyncio(
                client=self._client,
                slug=slug,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Create a job.

        Calls `create_job`: `POST /v1/jobs`.
        """
        return await create_job.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def batch_create(
        self,
        *,
        body: BatchCreateJobsRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BatchCreateJobsResponse:
        """Create up to 50 jobs in one request.

        Calls `batch_create_jobs`: `POST /v1/jobs/batch`.
        """
        return await batch_create_jobs.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def batch_disable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Disable up to 50 jobs at once.

        Calls `batch_disable_jobs`: `POST /v1/jobs/batch-disable`.
        """
        return await batch_disable_jobs.asyncio(
            client=self._client,
            body=body,
        )

    async def batch_enable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Enable up to 50 jobs at once.

        Calls `batch_enable_jobs`: `POST /v1/jobs/batch-enable`.
        """
        return await batch_enable_jobs.asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job by its id.

        Calls `get_job`: `GET /v1/jobs/{job_id}`.
        """
        return await get_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def delete(
        self,
        job_id: str,
    ) -> None:
        """Delete a job.

        Calls `delete_job`: `DELETE /v1/jobs/{job_id}`.
        """
        return await delete_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def update(
        self,
        job_id: str,
        *,
        body: UpdateJobRequest,
    ) -> Job:
        """Change some fields of a job.

        Calls `update_job`: `PATCH /v1/jobs/{job_id}`.
        """
        return await update_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def clone(
        self,
        job_id: str,
        *,
        body: CloneJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Copy a job under a new name and slug.

        Calls `clone_job`: `POST /v1/jobs/{job_id}/clone`.
        """
        return await clone_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def list_dependencies(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobDependencyList:
        """List the jobs a job depends on, newest dependency first.

        Calls `list_job_dependencies`: `GET /v1/jobs/{job_id}/dependencies`.
        """
        return await list_job_dependencies.asyncio(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dependencies(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobDependency]:
        """Iterate with `async for` over every item of `list_dependencies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_dependencies.asyncio(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_dependency(
        self,
        job_id: str,
        *,
        body: CreateJobDependencyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobDependency:
        """Make a job wait for the outcome of another job.

        Calls `create_job_dependency`: `POST /v1/jobs/{job_id}/dependencies`.
        """
        return await create_job_dependency.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_dependency(
        self,
        job_id: str,
        dep_id: str,
    ) -> None:
        """Remove a dependency from a job.

        Calls `delete_job_dependency`: `DELETE /v1/jobs/{job_id}/dependencies/{dep_id}`.
        """
        return await delete_job_dependency.asyncio(
            job_id=job_id,
            dep_id=dep_id,
            client=self._client,
        )

    async def set_endpoint(
        self,
        job_id: str,
        *,
        body: SetJobEndpointRequest,
    ) -> SetJobEndpointResponse:
        """Set the URLs a job's runs are sent to, optionally with a new signing secret.

        Calls `set_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint`.
        """
        return await set_job_endpoint.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def verify_endpoint(
        self,
        job_id: str,
    ) -> VerifyJobEndpointResult:
        """Send a signed test request to the job's endpoint and report the outcome.

        Calls `verify_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint/verify`.
        """
        return await verify_job_endpoint.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def get_health(
        self,
        job_id: str,
        *,
        window: JobHealthWindow | Unset = UNSET,
    ) -> JobHealth:
        """Get run counts and durations of a job over a recent window.

        Calls `get_job_health`: `GET /v1/jobs/{job_id}/health`.
        """
        return await get_job_health.asyncio(
            job_id=job_id,
            client=self._client,
            window=window,
        )

    async def pause(
        self,
        job_id: str,
        *,
        body: PauseJobRequest | Unset = UNSET,
    ) -> Job:
        """Pause a job so that it rejects new triggers.

        Calls `pause_job`: `POST /v1/jobs/{job_id}/pause`.
        """
        return await pause_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def resume(
        self,
        job_id: str,
    ) -> Job:
        """Resume a paused job.

        Calls `resume_job`: `POST /v1/jobs/{job_id}/resume`.
        """
        return await resume_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def trigger(
        self,
        job_id: str,
        *,
        body: TriggerRequest,
        idempotency_key: str | Unset = UNSET,
        traceparent: str | Unset = UNSET,
        tracestate: str | Unset = UNSET,
    ) -> (
        BatchFlushedTrigger
        | BufferedTrigger
        | DebouncedTrigger
        | TriggeredRun
        | DryRunResult
        | IdempotentTriggerHit
    ):
        """Start a run of a job.

        Calls `trigger_job`: `POST /v1/jobs/{job_id}/trigger`.
        """
        return await trigger_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
        )

    async def bulk_trigger(
        self,
        job_id: str,
        *,
        body: BulkTriggerRequest,
    ) -> BulkTriggerResponse:
        """Start many runs of a job in one request.

        Calls `bulk_trigger_job`: `POST /v1/jobs/{job_id}/trigger/bulk`.
        """
        return await bulk_trigger_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def list_versions(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobVersionList:
        """List the saved versions of a job, highest version first.

        Calls `list_job_versions`: `GET /v1/jobs/{job_id}/versions`.
        """
        return await list_job_versions.asyncio(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_versions(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobVersion]:
        """Iterate with `async for` over every item of `list_versions`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_versions.asyncio(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get_version(
        self,
        job_id: str,
        version_id: str,
    ) -> JobVersion:
        """Get one saved version of a job.

        Calls `get_job_version`: `GET /v1/jobs/{job_id}/versions/{version_id}`.
        """
        return await get_job_version.asyncio(
            job_id=job_id,
            version_id=version_id,
            client=self._client,
        )


class LogDrains:
    """Operations tagged log_drains in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[LogDrain]:
        """List the project's log drains.

        Calls `list_log_drains`: `GET /v1/log-drains`.
        """
        return list_log_drains.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreateLogDrainRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> LogDrain:
        """Create a log drain that forwards the events of finished runs.

        Calls `create_log_drain`: `POST /v1/log-drains`.
        """
        return create_log_drain.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        drain_id: str,
    ) -> LogDrain:
        """Get a log drain by its id.

        Calls `get_log_drain`: `GET /v1/log-drains/{drain_id}`.
        """
        return get_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
        )

    def delete(
        self,
        drain_id: str,
    ) -> None:
        """Delete a log drain.

        Calls `delete_log_drain`: `DELETE /v1/log-drains/{drain_id}`.
        """
        return delete_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
        )

    def update(
        self,
        drain_id: str,
        *,
        body: UpdateLogDrainRequest,
    ) -> LogDrain:
        """Change some fields of a log drain.

        Calls `update_log_drain`: `PATCH /v1/log-drains/{drain_id}`.
        """
        return update_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
            body=body,
        )


class AsyncLogDrains:
    """Operations tagged log_drains in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[LogDrain]:
        """List the project's log drains.

        Calls `list_log_drains`: `GET /v1/log-drains`.
        """
        return await list_log_drains.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreateLogDrainRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> LogDrain:
        """Create a log drain that forwards the events of finished runs.

        Calls `create_log_drain`: `POST /v1/log-drains`.
        """
        return await create_log_drain.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        drain_id: str,
    ) -> LogDrain:
        """Get a log drain by its id.

        Calls `get_log_drain`: `GET /v1/log-drains/{drain_id}`.
        """
        return await get_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
        )

    async def delete(
        self,
        drain_id: str,
    ) -> None:
        """Delete a log drain.

        Calls `delete_log_drain`: `DELETE /v1/log-drains/{drain_id}`.
        """
        return await delete_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
        )

    async def update(
        self,
        drain_id: str,
        *,
        body: UpdateLogDrainRequest,
    ) -> LogDrain:
        """Change some fields of a log drain.

        Calls `update_log_drain`: `PATCH /v1/log-drains/{drain_id}`.
        """
        return await update_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
            body=body,
        )


class Notifications:
    """Operations tagged notifications in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_channels(
        self,
    ) -> builtins.list[NotificationChannel]:
        """List the project's notification channels.

        Calls `list_notification_channels`: `GET /v1/notification-channels`.
        """
        return list_notification_channels.sync(
            client=self._client,
        )

    def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> NotificationChannel:
        """Create a notification channel for the project.

        Calls `create_notification_channel`: `POST /v1/notification-channels`.
        """
        return create_notification_channel.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_channel(
        self,
        channel_id: str,
    ) -> NotificationChannel:
        """Get a notification channel by its id.

        Calls `get_notification_channel`: `GET /v1/notification-channels/{channel_id}`.
        """
        return get_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
        )

    def delete_channel(
        self,
        channel_id: str,
    ) -> None:
        """Delete a notification channel.

        Calls `delete_notification_channel`: `DELETE /v1/notification-channels/{channel_id}`.
        """
        return delete_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
        )

    def update_channel(
        self,
        channel_id: str,
        *,
        body: UpdateNotificationChannelRequest,
    ) -> NotificationChannel:
        """Change some fields of a notification channel.

        Calls `update_notification_channel`: `PATCH /v1/notification-channels/{channel_id}`.
        """
        return update_notification_channel.sync(
            channel_id=channel_id,
            client=self._client,
            body=body,
        )

    def list_deliveries(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[NotificationDelivery]:
        """List the project's notification deliveries, newest first.

        Calls `list_notification_deliveries`: `GET /v1/notification-deliveries`.
        """
        return list_notification_deliveries.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )


class AsyncNotifications:
    """Operations tagged notifications in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_channels(
        self,
    ) -> builtins.list[NotificationChannel]:
        """List the project's notification channels.

        Calls `list_notification_channels`: `GET /v1/notification-channels`.
        """
        return await list_notification_channels.asyncio(
            client=self._client,
        )

    async def create_channel(
        self,
        *,
        body: CreateNotificationChannelRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> NotificationChannel:
        """Create a notification channel for the project.

        Calls `create_notification_channel`: `POST /v1/notification-channels`.
        """
        return await create_notification_channel.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_channel(
        self,
        channel_id: str,
    ) -> NotificationChannel:
        """Get a notification channel by its id.

        Calls `get_notification_channel`: `GET /v1/notification-channels/{channel_id}`.
        """
        return await get_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
        )

    async def delete_channel(
        self,
        channel_id: str,
    ) -> None:
        """Delete a notification channel.

        Calls `delete_notification_channel`: `DELETE /v1/notification-channels/{channel_id}`.
        """
        return await delete_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
        )

    async def update_channel(
        self,
        channel_id: str,
        *,
        body: UpdateNotificationChannelRequest,
    ) -> NotificationChannel:
        """Change some fields of a notification channel.

        Calls `update_notification_channel`: `PATCH /v1/notification-channels/{channel_id}`.
        """
        return await update_notification_channel.asyncio(
            channel_id=channel_id,
            client=self._client,
            body=body,
        )

    async def list_deliveries(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[NotificationDelivery]:
        """List the project's notification deliveries, newest first.

        Calls `list_notification_deliveries`: `GET /v1/notification-deliveries`.
        """
        return await list_notification_deliveries.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )


class Organizations:
    """Operations tagged organizations in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_jobs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of every project in an organization, newest first.

        Calls `list_org_jobs`: `GET /v1/organizations/{org_id}/jobs`.
        """
        return list_org_jobs.sync(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_org_jobs.sync(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def list_runs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the runs of every project in an organization, newest first.

        Calls `list_org_runs`: `GET /v1/organizations/{org_id}/runs`.
        """
        return list_org_runs.sync(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_org_runs.sync(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)


class AsyncOrganizations:
    """Operations tagged organizations in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_jobs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of every project in an organization, newest first.

        Calls `list_org_jobs`: `GET /v1/organizations/{org_id}/jobs`.
        """
        return await list_org_jobs.asyncio(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_org_jobs.asyncio(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def list_runs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the runs of every project in an organization, newest first.

        Calls `list_org_runs`: `GET /v1/organizations/{org_id}/runs`.
        """
        return await list_org_runs.asyncio(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_org_runs.asyncio(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)


class Projects(ProjectsMixin):
    """Operations tagged projects in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        org_id: str,
    ) -> builtins.list[Project]:
        """List the projects of an organization.

        Calls `list_projects`: `GET /v1/projects`.
        """
        return list_projects.sync(
            client=self._client,
            org_id=org_id,
        )

    def create(
        self,
        *,
        body: CreateProjectRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Project:
        """Create a project in an organization.

        Calls `create_project`: `POST /v1/projects`.
        """
        return create_project.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        project_id: str,
    ) -> Project:
        """Get a project by its id.

        Calls `get_project`: `GET /v1/projects/{project_id}`.
        """
        return get_project.sync(
            project_id=project_id,
            client=self._client,
        )

    def delete(
        self,
        project_id: str,
    ) -> None:
        """Delete a project.

        Calls `delete_project`: `DELETE /v1/projects/{project_id}`.
        """
        return delete_project.sync(
            project_id=project_id,
            client=self._client,
        )

    def get_settings(
        self,
        project_id: str,
    ) -> ProjectSettings:
        """Get a project's plan tier and API key policy.

        Calls `get_project_settings`: `GET /v1/projects/{project_id}/settings`.
        """
        return get_project_settings.sync(
            project_id=project_id,
            client=self._client,
        )

    def update_settings(
        self,
        project_id: str,
        *,
        body: UpdateProjectSettingsRequest,
    ) -> ProjectSettings:
        """Change a project's API key policy.

        Calls `update_project_settings`: `PUT /v1/projects/{project_id}/settings`.
        """
        return update_project_settings.sync(
            project_id=project_id,
            client=self._client,
            body=body,
        )


class AsyncProjects(AsyncProjectsMixin):
    """Operations tagged projects in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        org_id: str,
    ) -> builtins.list[Project]:
        """List the projects of an organization.

        Calls `list_projects`: `GET /v1/projects`.
        """
        return await list_projects.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def create(
        self,
        *,
        body: CreateProjectRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Project:
        """Create a project in an organization.

        Calls `create_project`: `POST /v1/projects`.
        """
        return await create_project.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        project_id: str,
    ) -> Project:
        """Get a project by its id.

        Calls `get_project`: `GET /v1/projects/{project_id}`.
        """
        return await get_project.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def delete(
        self,
        project_id: str,
    ) -> None:
        """Delete a project.

        Calls `delete_project`: `DELETE /v1/projects/{project_id}`.
        """
        return await delete_project.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def get_settings(
        self,
        project_id: str,
    ) -> ProjectSettings:
        """Get a project's plan tier and API key policy.

        Calls `get_project_settings`: `GET /v1/projects/{project_id}/settings`.
        """
        return await get_project_settings.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def update_settings(
        self,
        project_id: str,
        *,
        body: UpdateProjectSettingsRequest,
    ) -> ProjectSettings:
        """Change a project's API key policy.

        Calls `update_project_settings`: `PUT /v1/projects/{project_id}/settings`.
        """
        return await update_project_settings.asyncio(
            project_id=project_id,
            client=self._client,
            body=body,
        )


class Rbac:
    """Operations tagged rbac in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectMemberRoleList:
        """List the project's role assignments, newest first.

        Calls `list_members`: `GET /v1/members`.
        """
        return list_members.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ProjectMemberRole]:
        """Iterate over every item of `list_members`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_members.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def assign_member(
        self,
        *,
        body: AssignMemberRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectMemberRole:
        """Give a user a role in the project.

        Calls `assign_member`: `POST /v1/members`.
        """
        return assign_member.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def bulk_assign_members(
        self,
        *,
        body: BulkAssignMembersRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkAssignMembersResult:
        """Give several users roles in one request.

        Calls `bulk_assign_members`: `POST /v1/members/bulk`.
        """
        return bulk_assign_members.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def remove_member(
        self,
        user_id: str,
    ) -> None:
        """Remove a user's role assignment from the project.

        Calls `remove_member`: `DELETE /v1/members/{user_id}`.
        """
        return remove_member.sync(
            user_id=user_id,
            client=self._client,
        )

    def list_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ResourcePolicyList:
        """List the policies on one resource, newest first.

        Calls `list_resource_policies`: `GET /v1/resource-policies`.
        """
        return list_resource_policies.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ResourcePolicy]:
        """Iterate over every item of `list_resource_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_resource_policies.sync(
                client=self._client,
                resource_type=resource_type,
                resource_id=resource_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_resource_policy(
        self,
        *,
        body: CreateResourcePolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ResourcePolicy:
        """Grant a user actions on one resource, beyond their role.

        Calls `create_resource_policy`: `POST /v1/resource-policies`.
        """
        return create_resource_policy.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_resource_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a resource policy.

        Calls `delete_resource_policy`: `DELETE /v1/resource-policies/{policy_id}`.
        """
        return delete_resource_policy.sync(
            policy_id=policy_id,
            client=self._client,
        )

    def list_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectRoleList:
        """List the project's roles, newest first.

        Calls `list_roles`: `GET /v1/roles`.
        """
        return list_roles.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_roles(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ProjectRole]:
        """Iterate over every item of `list_roles`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_roles.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_role(
        self,
        *,
        body: CreateRoleRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectRole:
        """Create a custom role in the project.

        Calls `create_role`: `POST /v1/roles`.
        """
        return create_role.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_role(
        self,
        role_id: str,
        *,
        include_lineage: bool | Unset = UNSET,
    ) -> ProjectRole | RoleWithLineage:
        """Get a role by its id, optionally with its chain of parent roles.

        Calls `get_role`: `GET /v1/roles/{role_id}`.
        """
        return get_role.sync(
            role_id=role_id,
            client=self._client,
            include_lineage=include_lineage,
        )

    def delete_role(
        self,
        role_id: str,
    ) -> None:
        """Delete a custom role.

        Calls `delete_role`: `DELETE /v1/roles/{role_id}`.
        """
        return delete_role.sync(
            role_id=role_id,
            client=self._client,
        )

    def update_role(
        self,
        role_id: str,
        *,
        body: UpdateRoleRequest,
    ) -> ProjectRole:
        """Replace the name, description, permissions and parent of a custom role.

        Calls `update_role`: `PATCH /v1/roles/{role_id}`.
        """
        return update_role.sync(
            role_id=role_id,
            client=self._client,
            body=body,
        )

    def seed_system_roles(
        self,
    ) -> builtins.list[ProjectRole]:
        """Create the built-in roles in the project where they are missing.

        Calls `seed_system_roles`: `POST /v1/seed-roles`.
        """
        return seed_system_roles.sync(
            client=self._client,
        )

    def list_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> TagPolicyList:
        """List the project's tag policies, newest first.

        Calls `list_tag_policies`: `GET /v1/tag-policies`.
        """
        return list_tag_policies.sync(
            client=self._client,
            resource_type=resource_type,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[TagPolicy]:
        """Iterate over every item of `list_tag_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_tag_policies.sync(
                client=self._client,
                resource_type=resource_type,
                user_id=user_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_tag_policy(
        self,
        *,
        body: CreateTagPolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TagPolicy:
        """Grant a user actions on every resource that carries a tag.

        Calls `create_tag_policy`: `POST /v1/tag-policies`.
        """
        return create_tag_policy.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_tag_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a tag policy.

        Calls `delete_tag_policy`: `DELETE /v1/tag-policies/{policy_id}`.
        """
        return delete_tag_policy.sync(
            policy_id=policy_id,
            client=self._client,
        )


class AsyncRbac:
    """Operations tagged rbac in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectMemberRoleList:
        """List the project's role assignments, newest first.

        Calls `list_members`: `GET /v1/members`.
        """
        return await list_members.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ProjectMemberRole]:
        """Iterate with `async for` over every item of `list_members`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_members.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def assign_member(
        self,
        *,
        body: AssignMemberRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectMemberRole:
        """Give a user a role in the project.

        Calls `assign_member`: `POST /v1/members`.
        """
        return await assign_member.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def bulk_assign_members(
        self,
        *,
        body: BulkAssignMembersRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkAssignMembersResult:
        """Give several users roles in one request.

        Calls `bulk_assign_members`: `POST /v1/members/bulk`.
        """
        return await bulk_assign_members.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def remove_member(
        self,
        user_id: str,
    ) -> None:
        """Remove a user's role assignment from the project.

        Calls `remove_member`: `DELETE /v1/members/{user_id}`.
        """
        return await remove_member.asyncio(
            user_id=user_id,
            client=self._client,
        )

    async def list_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ResourcePolicyList:
        """List the policies on one resource, newest first.

        Calls `list_resource_policies`: `GET /v1/resource-policies`.
        """
        return await list_resource_policies.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ResourcePolicy]:
        """Iterate with `async for` over every item of `list_resource_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_resource_policies.asyncio(
                client=self._client,
                resource_type=resource_type,
                resource_id=resource_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_resource_policy(
        self,
        *,
        body: CreateResourcePolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ResourcePolicy:
        """Grant a user actions on one resource, beyond their role.

        Calls `create_resource_policy`: `POST /v1/resource-policies`.
        """
        return await create_resource_policy.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_resource_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a resource policy.

        Calls `delete_resource_policy`: `DELETE /v1/resource-policies/{policy_id}`.
        """
        return await delete_resource_policy.asyncio(
            policy_id=policy_id,
            client=self._client,
        )

    async def list_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectRoleList:
        """List the project's roles, newest first.

        Calls `list_roles`: `GET /v1/roles`.
        """
        return await list_roles.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_roles(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ProjectRole]:
        """Iterate with `async for` over every item of `list_roles`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_roles.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_role(
        self,
        *,
        body: CreateRoleRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectRole:
        """Create a custom role in the project.

        Calls `create_role`: `POST /v1/roles`.
        """
        return await create_role.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_role(
        self,
        role_id: str,
        *,
        include_lineage: bool | Unset = UNSET,
    ) -> ProjectRole | RoleWithLineage:
        """Get a role by its id, optionally with its chain of parent roles.

        Calls `get_role`: `GET /v1/roles/{role_id}`.
        """
        return await get_role.asyncio(
            role_id=role_id,
            client=self._client,
            include_lineage=include_lineage,
        )

    async def delete_role(
        self,
        role_id: str,
    ) -> None:
        """Delete a custom role.

        Calls `delete_role`: `DELETE /v1/roles/{role_id}`.
        """
        return await delete_role.asyncio(
            role_id=role_id,
            client=self._client,
        )

    async def update_role(
        self,
        role_id: str,
        *,
        body: UpdateRoleRequest,
    ) -> ProjectRole:
        """Replace the name, description, permissions and parent of a custom role.

        Calls `update_role`: `PATCH /v1/roles/{role_id}`.
        """
        return await update_role.asyncio(
            role_id=role_id,
            client=self._client,
            body=body,
        )

    async def seed_system_roles(
        self,
    ) -> builtins.list[ProjectRole]:
        """Create the built-in roles in the project where they are missing.

        Calls `seed_system_roles`: `POST /v1/seed-roles`.
        """
        return await seed_system_roles.asyncio(
            client=self._client,
        )

    async def list_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> TagPolicyList:
        """List the project's tag policies, newest first.

        Calls `list_tag_policies`: `GET /v1/tag-policies`.
        """
        return await list_tag_policies.asyncio(
            client=self._client,
            resource_type=resource_type,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[TagPolicy]:
        """Iterate with `async for` over every item of `list_tag_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_tag_policies.asyncio(
                client=self._client,
                resource_type=resource_type,
                user_id=user_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_tag_policy(
        self,
        *,
        body: CreateTagPolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TagPolicy:
        """Grant a user actions on every resource that carries a tag.

        Calls `create_tag_policy`: `POST /v1/tag-policies`.
        """
        return await create_tag_policy.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_tag_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a tag policy.

        Calls `delete_tag_policy`: `DELETE /v1/tag-policies/{policy_id}`.
        """
        return await delete_tag_policy.asyncio(
            policy_id=policy_id,
            client=self._client,
        )


class RunPlane:
    """Operations tagged run_plane in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def annotate(
        self,
        run_id: str,
        *,
        body: AnnotateRequest,
    ) -> JobRun:
        """Merge string annotations into the run's metadata.

        Calls `sdk_annotate`: `POST /sdk/v1/runs/{run_id}/annotate`.
        """
        return sdk_annotate.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def checkpoint(
        self,
        run_id: str,
        *,
        body: CheckpointRequest,
    ) -> RunCheckpoint:
        """Save a checkpoint that a later attempt can resume from.

        Calls `sdk_checkpoint`: `POST /sdk/v1/runs/{run_id}/checkpoint`.
        """
        return sdk_checkpoint.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def complete(
        self,
        run_id: str,
        *,
        body: CompleteRequest,
    ) -> JobRun:
        """Finish the run successfully, with an optional result.

        Calls `sdk_complete`: `POST /sdk/v1/runs/{run_id}/complete`.
        """
        return sdk_complete.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def continue_run(
        self,
        run_id: str,
        *,
        body: ContinueRequest,
    ) -> JobRun:
        """Queue a continuation run that carries on this run's work.

        Calls `sdk_continue`: `POST /sdk/v1/runs/{run_id}/continue`.
        """
        return sdk_continue.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def fail(
        self,
        run_id: str,
        *,
        body: FailRequest,
    ) -> JobRun:
        """Finish the run as failed.

        Calls `sdk_fail`: `POST /sdk/v1/runs/{run_id}/fail`.
        """
        return sdk_fail.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def heartbeat(
        self,
        run_id: str,
    ) -> StatusOk:
        """Tell Strait the run is still alive.

        Calls `sdk_heartbeat`: `POST /sdk/v1/runs/{run_id}/heartbeat`.
        """
        return sdk_heartbeat.sync(
            run_id=run_id,
            client=self._client,
        )

    def log(
        self,
        run_id: str,
        *,
        body: LogRequest,
    ) -> RunEvent:
        """Append a log line to the run.

        Calls `sdk_log`: `POST /sdk/v1/runs/{run_id}/log`.
        """
        return sdk_log.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def list_memory(
        self,
        run_id: str,
    ) -> builtins.list[JobMemory]:
        """List every memory entry of the run's job.

        Calls `sdk_list_memory`: `GET /sdk/v1/runs/{run_id}/memory`.
        """
        return sdk_list_memory.sync(
            run_id=run_id,
            client=self._client,
        )

    def get_memory(
        self,
        run_id: str,
        key: str,
    ) -> JobMemory:
        """Read one memory entry of the run's job.

        Calls `sdk_get_memory`: `GET /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return sdk_get_memory.sync(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    def set_memory(
        self,
        run_id: str,
        key: str,
        *,
        body: SetMemoryRequest,
    ) -> JobMemory:
        """Set one memory entry of the run's job.

        Calls `sdk_set_memory`: `POST /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return sdk_set_memory.sync(
            run_id=run_id,
            key=key,
            client=self._client,
            body=body,
        )

    def delete_memory(
        self,
        run_id: str,
        key: str,
    ) -> None:
        """Remove one memory entry of the run's job.

        Calls `sdk_delete_memory`: `DELETE /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return sdk_delete_memory.sync(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    def output(
        self,
        run_id: str,
        *,
        body: OutputRequest,
    ) -> RunOutput:
        """Store a named output of the run.

        Calls `sdk_output`: `POST /sdk/v1/runs/{run_id}/output`.
        """
        return sdk_output.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def get_payload(
        self,
        run_id: str,
    ) -> Any:
        """Read the payload the run was triggered with.

        Calls `sdk_get_payload`: `GET /sdk/v1/runs/{run_id}/payload`.
        """
        return sdk_get_payload.sync(
            run_id=run_id,
            client=self._client,
        )

    def progress(
        self,
        run_id: str,
        *,
        body: ProgressRequest,
    ) -> RunEvent:
        """Report how far the run has come.

        Calls `sdk_progress`: `POST /sdk/v1/runs/{run_id}/progress`.
        """
        return sdk_progress.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def resource_snapshot(
        self,
        run_id: str,
        *,
        body: ResourceSnapshotRequest,
    ) -> ResourceSnapshot:
        """Store a snapshot of the run's resource use, network counters included.

        Calls `sdk_resource_snapshot`: `POST /sdk/v1/runs/{run_id}/resource-snapshot`.
        """
        return sdk_resource_snapshot.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def resources(
        self,
        run_id: str,
        *,
        body: ResourcesRequest,
    ) -> StatusOk:
        """Report a sample of the run's CPU and memory use.

        Calls `sdk_resources`: `POST /sdk/v1/runs/{run_id}/resources`.
        """
        return sdk_resources.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def spawn(
        self,
        run_id: str,
        *,
        body: SpawnRequest,
    ) -> SpawnedRun:
        """Start a child run of another job.

        Calls `sdk_spawn`: `POST /sdk/v1/runs/{run_id}/spawn`.
        """
        return sdk_spawn.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def list_state(
        self,
        run_id: str,
    ) -> builtins.list[RunState]:
        """List every key of the run's state.

        Calls `sdk_list_state`: `GET /sdk/v1/runs/{run_id}/state`.
        """
        return sdk_list_state.sync(
            run_id=run_id,
            client=self._client,
        )

    def set_state(
        self,
        run_id: str,
        *,
        body: SetStateRequest,
    ) -> RunState:
        """Set one key of the run's state.

        Calls `sdk_set_state`: `POST /sdk/v1/runs/{run_id}/state`.
        """
        return sdk_set_state.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def get_state(
        self,
        run_id: str,
        key: str,
    ) -> RunState:
        """Read one key of the run's state.

        Calls `sdk_get_state`: `GET /sdk/v1/runs/{run_id}/state/{key}`.
        """
        return sdk_get_state.sync(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    def delete_state(
        self,
        run_id: str,
        key: str,
    ) -> None:
        """Remove one key of the run's state.

        Calls `sdk_delete_state`: `DELETE /sdk/v1/runs/{run_id}/state/{key}`.
        """
        return sdk_delete_state.sync(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    def stream_chunk(
        self,
        run_id: str,
        *,
        body: StreamChunkRequest,
    ) -> StatusOk:
        """Publish a chunk of live output.

        Calls `sdk_stream_chunk`: `POST /sdk/v1/runs/{run_id}/stream`.
        """
        return sdk_stream_chunk.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def wait_for_event(
        self,
        run_id: str,
        *,
        body: WaitForEventRequest,
    ) -> WaitForEventResponse:
        """Suspend the run until an event with this key is sent.

        Calls `sdk_wait_for_event`: `POST /sdk/v1/runs/{run_id}/wait-for-event`.
        """
        return sdk_wait_for_event.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )


class AsyncRunPlane:
    """Operations tagged run_plane in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def annotate(
        self,
        run_id: str,
        *,
        body: AnnotateRequest,
    ) -> JobRun:
        """Merge string annotations into the run's metadata.

        Calls `sdk_annotate`: `POST /sdk/v1/runs/{run_id}/annotate`.
        """
        return await sdk_annotate.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def checkpoint(
        self,
        run_id: str,
        *,
        body: CheckpointRequest,
    ) -> RunCheckpoint:
        """Save a checkpoint that a later attempt can resume from.

        Calls `sdk_checkpoint`: `POST /sdk/v1/runs/{run_id}/checkpoint`.
        """
        return await sdk_checkpoint.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def complete(
        self,
        run_id: str,
        *,
        body: CompleteRequest,
    ) -> JobRun:
        """Finish the run successfully, with an optional result.

        Calls `sdk_complete`: `POST /sdk/v1/runs/{run_id}/complete`.
        """
        return await sdk_complete.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def continue_run(
        self,
        run_id: str,
        *,
        body: ContinueRequest,
    ) -> JobRun:
        """Queue a continuation run that carries on this run's work.

        Calls `sdk_continue`: `POST /sdk/v1/runs/{run_id}/continue`.
        """
        return await sdk_continue.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def fail(
        self,
        run_id: str,
        *,
        body: FailRequest,
    ) -> JobRun:
        """Finish the run as failed.

        Calls `sdk_fail`: `POST /sdk/v1/runs/{run_id}/fail`.
        """
        return await sdk_fail.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def heartbeat(
        self,
        run_id: str,
    ) -> StatusOk:
        """Tell Strait the run is still alive.

        Calls `sdk_heartbeat`: `POST /sdk/v1/runs/{run_id}/heartbeat`.
        """
        return await sdk_heartbeat.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def log(
        self,
        run_id: str,
        *,
        body: LogRequest,
    ) -> RunEvent:
        """Append a log line to the run.

        Calls `sdk_log`: `POST /sdk/v1/runs/{run_id}/log`.
        """
        return await sdk_log.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def list_memory(
        self,
        run_id: str,
    ) -> builtins.list[JobMemory]:
        """List every memory entry of the run's job.

        Calls `sdk_list_memory`: `GET /sdk/v1/runs/{run_id}/memory`.
        """
        return await sdk_list_memory.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def get_memory(
        self,
        run_id: str,
        key: str,
    ) -> JobMemory:
        """Read one memory entry of the run's job.

        Calls `sdk_get_memory`: `GET /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return await sdk_get_memory.asyncio(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    async def set_memory(
        self,
        run_id: str,
        key: str,
        *,
        body: SetMemoryRequest,
    ) -> JobMemory:
        """Set one memory entry of the run's job.

        Calls `sdk_set_memory`: `POST /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return await sdk_set_memory.asyncio(
            run_id=run_id,
            key=key,
            client=self._client,
            body=body,
        )

    async def delete_memory(
        self,
        run_id: str,
        key: str,
    ) -> None:
        """Remove one memory entry of the run's job.

        Calls `sdk_delete_memory`: `DELETE /sdk/v1/runs/{run_id}/memory/{key}`.
        """
        return await sdk_delete_memory.asyncio(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    async def output(
        self,
        run_id: str,
        *,
        body: OutputRequest,
    ) -> RunOutput:
        """Store a named output of the run.

        Calls `sdk_output`: `POST /sdk/v1/runs/{run_id}/output`.
        """
        return await sdk_output.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def get_payload(
        self,
        run_id: str,
    ) -> Any:
        """Read the payload the run was triggered with.

        Calls `sdk_get_payload`: `GET /sdk/v1/runs/{run_id}/payload`.
        """
        return await sdk_get_payload.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def progress(
        self,
        run_id: str,
        *,
        body: ProgressRequest,
    ) -> RunEvent:
        """Report how far the run has come.

        Calls `sdk_progress`: `POST /sdk/v1/runs/{run_id}/progress`.
        """
        return await sdk_progress.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def resource_snapshot(
        self,
        run_id: str,
        *,
        body: ResourceSnapshotRequest,
    ) -> ResourceSnapshot:
        """Store a snapshot of the run's resource use, network counters included.

        Calls `sdk_resource_snapshot`: `POST /sdk/v1/runs/{run_id}/resource-snapshot`.
        """
        return await sdk_resource_snapshot.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def resources(
        self,
        run_id: str,
        *,
        body: ResourcesRequest,
    ) -> StatusOk:
        """Report a sample of the run's CPU and memory use.

        Calls `sdk_resources`: `POST /sdk/v1/runs/{run_id}/resources`.
        """
        return await sdk_resources.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def spawn(
        self,
        run_id: str,
        *,
        body: SpawnRequest,
    ) -> SpawnedRun:
        """Start a child run of another job.

        Calls `sdk_spawn`: `POST /sdk/v1/runs/{run_id}/spawn`.
        """
        return await sdk_spawn.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def list_state(
        self,
        run_id: str,
    ) -> builtins.list[RunState]:
        """List every key of the run's state.

        Calls `sdk_list_state`: `GET /sdk/v1/runs/{run_id}/state`.
        """
        return await sdk_list_state.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def set_state(
        self,
        run_id: str,
        *,
        body: SetStateRequest,
    ) -> RunState:
        """Set one key of the run's state.

        Calls `sdk_set_state`: `POST /sdk/v1/runs/{run_id}/state`.
        """
        return await sdk_set_state.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def get_state(
        self,
        run_id: str,
        key: str,
    ) -> RunState:
        """Read one key of the run's state.

        Calls `sdk_get_state`: `GET /sdk/v1/runs/{run_id}/state/{key}`.
        """
        return await sdk_get_state.asyncio(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    async def delete_state(
        self,
        run_id: str,
        key: str,
    ) -> None:
        """Remove one key of the run's state.

        Calls `sdk_delete_state`: `DELETE /sdk/v1/runs/{run_id}/state/{key}`.
        """
        return await sdk_delete_state.asyncio(
            run_id=run_id,
            key=key,
            client=self._client,
        )

    async def stream_chunk(
        self,
        run_id: str,
        *,
        body: StreamChunkRequest,
    ) -> StatusOk:
        """Publish a chunk of live output.

        Calls `sdk_stream_chunk`: `POST /sdk/v1/runs/{run_id}/stream`.
        """
        return await sdk_stream_chunk.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def wait_for_event(
        self,
        run_id: str,
        *,
        body: WaitForEventRequest,
    ) -> WaitForEventResponse:
        """Suspend the run until an event with this key is sent.

        Calls `sdk_wait_for_event`: `POST /sdk/v1/runs/{run_id}/wait-for-event`.
        """
        return await sdk_wait_for_event.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )


class Runs(RunsMixin):
    """Operations tagged runs in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        status: RunStatus | Unset = UNSET,
        statuses: builtins.list[RunStatus] | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's runs, newest first.

        Calls `list_runs`: `GET /v1/runs`.
        """
        return list_runs.sync(
            client=self._client,
            status=status,
            statuses=statuses,
            tag_key=tag_key,
            tag_value=tag_value,
            triggered_by=triggered_by,
            batch_id=batch_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: RunStatus | Unset = UNSET,
        statuses: builtins.list[RunStatus] | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_runs.sync(
                client=self._client,
                status=status,
                statuses=statuses,
                tag_key=tag_key,
                tag_value=tag_value,
                triggered_by=triggered_by,
                batch_id=batch_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def bulk_cancel(
        self,
        *,
        body: BulkCancelRequest,
    ) -> BulkCancelResponse:
        """Cancel up to 100 runs by id.

        Calls `bulk_cancel_runs`: `POST /v1/runs/bulk-cancel`.
        """
        return bulk_cancel_runs.sync(
            client=self._client,
            body=body,
        )

    def bulk_cancel_all(
        self,
        *,
        body: BulkCancelAllRequest,
    ) -> BulkCancelAllResult:
        """Cancel the project's runs that match a filter and have not started.

        Calls `bulk_cancel_all_runs`: `POST /v1/runs/bulk-cancel-all`.
        """
        return bulk_cancel_all_runs.sync(
            client=self._client,
            body=body,
        )

    def bulk_replay_dead_letter(
        self,
        *,
        body: BulkReplayDeadLetterRunsRequest,
    ) -> BulkReplayDeadLetterRunsResult:
        """Put many dead-letter runs back in the queue.

        Calls `bulk_replay_dead_letter_runs`: `POST /v1/runs/bulk-dlq-replay`.
        """
        return bulk_replay_dead_letter_runs.sync(
            client=self._client,
            body=body,
        )

    def bulk_replay(
        self,
        *,
        body: BulkReplayRunsRequest,
    ) -> BulkReplayRunsResult:
        """Start new runs that repeat up to 100 finished runs.

        Calls `bulk_replay_runs`: `POST /v1/runs/bulk-replay`.
        """
        return bulk_replay_runs.sync(
            client=self._client,
            body=body,
        )

    def list_dead_letter(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's runs in `dead_letter`, newest first.

        Calls `list_dead_letter_runs`: `GET /v1/runs/dlq`.
        """
        return list_dead_letter_runs.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dead_letter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list_dead_letter`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_dead_letter_runs.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get(
        self,
        run_id: str,
    ) -> JobRun:
        """Get a run by its id.

        Calls `get_run`: `GET /v1/runs/{run_id}`.
        """
        return get_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def cancel(
        self,
        run_id: str,
    ) -> JobRun:
        """Cancel a run and its child runs.

        Calls `cancel_run`: `DELETE /v1/runs/{run_id}`.
        """
        return cancel_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def list_checkpoints(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunCheckpointList:
        """List a run's checkpoints, newest first.

        Calls `list_run_checkpoints`: `GET /v1/runs/{run_id}/checkpoints`.
        """
        return list_run_checkpoints.sync(
            run_id=run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_checkpoints(
        self,
        run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[RunCheckpoint]:
        """Iterate over every item of `list_checkpoints`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_run_checkpoints.sync(
                run_id=run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def list_children(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> RunList:
        """List the runs a run spawned, oldest first.

        Calls `list_child_runs`: `GET /v1/runs/{run_id}/children`.
        """
        return list_child_runs.sync(
            run_id=run_id,
            client=self._client,
            limit=limit,
        )

    def set_debug_mode(
        self,
        run_id: str,
        *,
        body: SetDebugModeRequest,
    ) -> StatusOk:
        """Turn a run's debug mode on or off.

        Calls `set_debug_mode`: `POST /v1/runs/{run_id}/debug`.
        """
        return set_debug_mode.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def get_debug_bundle(
        self,
        run_id: str,
    ) -> DebugBundle:
        """Get a run together with its events, checkpoints, outputs and resource samples.

        Calls `get_debug_bundle`: `GET /v1/runs/{run_id}/debug-bundle`.
        """
        return get_debug_bundle.sync(
            run_id=run_id,
            client=self._client,
        )

    def get_dependency_status(
        self,
        run_id: str,
    ) -> RunDependencyStatus:
        """Report whether the dependencies of a run's job are satisfied.

        Calls `get_run_dependency_status`: `GET /v1/runs/{run_id}/dependency-status`.
        """
        return get_run_dependency_status.sync(
            run_id=run_id,
            client=self._client,
        )

    def replay_dead_letter(
        self,
        run_id: str,
    ) -> JobRun:
        """Put a dead-letter run back in the queue.

        Calls `replay_dead_letter_run`: `POST /v1/runs/{run_id}/dlq-replay`.
        """
        return replay_dead_letter_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def list_events(
        self,
        run_id: str,
        *,
        level: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunEventList:
        """List a run's events (logs, progress, status changes), newest first.

        Calls `list_run_events`: `GET /v1/runs/{run_id}/events`.
        """
        return list_run_events.sync(
            run_id=run_id,
            client=self._client,
            level=level,
            type_=type_,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        run_id: str,
        *,
        level: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[RunEvent]:
        """Iterate over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_run_events.sync(
                run_id=run_id,
                client=self._client,
                level=level,
                type_=type_,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def reset_idempotency_key(
        self,
        run_id: str,
    ) -> IdempotencyKeyReset:
        """Clear the idempotency key stored on a run.

        Calls `reset_idempotency_key`: `DELETE /v1/runs/{run_id}/idempotency-key`.
        """
        return reset_idempotency_key.sync(
            run_id=run_id,
            client=self._client,
        )

    def list_lineage(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> RunList:
        """List the runs linked to a run through continuations, starting from the first one.

        Calls `list_run_lineage`: `GET /v1/runs/{run_id}/lineage`.
        """
        return list_run_lineage.sync(
            run_id=run_id,
            client=self._client,
            limit=limit,
        )

    def list_outputs(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunOutputList:
        """List a run's named outputs, newest first.

        Calls `list_run_outputs`: `GET /v1/runs/{run_id}/outputs`.
        """
        return list_run_outputs.sync(
            run_id=run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_outputs(
        self,
        run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[RunOutput]:
        """Iterate over every item of `list_outputs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_run_outputs.sync(
                run_id=run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def pause(
        self,
        run_id: str,
    ) -> JobRun:
        """Pause an executing run.

        Calls `pause_run`: `POST /v1/runs/{run_id}/pause`.
        """
        return pause_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def replay(
        self,
        run_id: str,
        *,
        from_checkpoint: int | Unset = UNSET,
    ) -> JobRun:
        """Start a new run with the payload of a finished run.

        Calls `replay_run`: `POST /v1/runs/{run_id}/replay`.
        """
        return replay_run.sync(
            run_id=run_id,
            client=self._client,
            from_checkpoint=from_checkpoint,
        )

    def reschedule(
        self,
        run_id: str,
        *,
        body: RescheduleRunRequest,
    ) -> JobRun:
        """Move the start time of a run that has not started, and optionally replace its payload.

        Calls `reschedule_run`: `POST /v1/runs/{run_id}/reschedule`.
        """
        return reschedule_run.sync(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    def list_resources(
        self,
        run_id: str,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> builtins.list[ResourceSnapshot]:
        """List the resource snapshots a run reported.

        Calls `list_run_resources`: `GET /v1/runs/{run_id}/resources`.
        """
        return list_run_resources.sync(
            run_id=run_id,
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    def restart(
        self,
        run_id: str,
    ) -> JobRun:
        """Send an executing or paused run back to the queue.

        Calls `restart_run`: `POST /v1/runs/{run_id}/restart`.
        """
        return restart_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def resume(
        self,
        run_id: str,
    ) -> JobRun:
        """Put a paused run back in the queue.

        Calls `resume_run`: `POST /v1/runs/{run_id}/resume`.
        """
        return resume_run.sync(
            run_id=run_id,
            client=self._client,
        )

    def list_state(
        self,
        run_id: str,
    ) -> builtins.list[RunState]:
        """List the state entries a run's job code stored.

        Calls `list_run_state`: `GET /v1/runs/{run_id}/state`.
        """
        return list_run_state.sync(
            run_id=run_id,
            client=self._client,
        )


class AsyncRuns(AsyncRunsMixin):
    """Operations tagged runs in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: RunStatus | Unset = UNSET,
        statuses: builtins.list[RunStatus] | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's runs, newest first.

        Calls `list_runs`: `GET /v1/runs`.
        """
        return await list_runs.asyncio(
            client=self._client,
            status=status,
            statuses=statuses,
            tag_key=tag_key,
            tag_value=tag_value,
            triggered_by=triggered_by,
            batch_id=batch_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: RunStatus | Unset = UNSET,
        statuses: builtins.list[RunStatus] | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        batch_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_runs.asyncio(
                client=self._client,
                status=status,
                statuses=statuses,
                tag_key=tag_key,
                tag_value=tag_value,
                triggered_by=triggered_by,
                batch_id=batch_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def bulk_cancel(
        self,
        *,
        body: BulkCancelRequest,
    ) -> BulkCancelResponse:
        """Cancel up to 100 runs by id.

        Calls `bulk_cancel_runs`: `POST /v1/runs/bulk-cancel`.
        """
        return await bulk_cancel_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def bulk_cancel_all(
        self,
        *,
        body: BulkCancelAllRequest,
    ) -> BulkCancelAllResult:
        """Cancel the project's runs that match a filter and have not started.

        Calls `bulk_cancel_all_runs`: `POST /v1/runs/bulk-cancel-all`.
        """
        return await bulk_cancel_all_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def bulk_replay_dead_letter(
        self,
        *,
        body: BulkReplayDeadLetterRunsRequest,
    ) -> BulkReplayDeadLetterRunsResult:
        """Put many dead-letter runs back in the queue.

        Calls `bulk_replay_dead_letter_runs`: `POST /v1/runs/bulk-dlq-replay`.
        """
        return await bulk_replay_dead_letter_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def bulk_replay(
        self,
        *,
        body: BulkReplayRunsRequest,
    ) -> BulkReplayRunsResult:
        """Start new runs that repeat up to 100 finished runs.

        Calls `bulk_replay_runs`: `POST /v1/runs/bulk-replay`.
        """
        return await bulk_replay_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def list_dead_letter(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's runs in `dead_letter`, newest first.

        Calls `list_dead_letter_runs`: `GET /v1/runs/dlq`.
        """
        return await list_dead_letter_runs.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dead_letter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list_dead_letter`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_dead_letter_runs.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get(
        self,
        run_id: str,
    ) -> JobRun:
        """Get a run by its id.

        Calls `get_run`: `GET /v1/runs/{run_id}`.
        """
        return await get_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def cancel(
        self,
        run_id: str,
    ) -> JobRun:
        """Cancel a run and its child runs.

        Calls `cancel_run`: `DELETE /v1/runs/{run_id}`.
        """
        return await cancel_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def list_checkpoints(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunCheckpointList:
        """List a run's checkpoints, newest first.

        Calls `list_run_checkpoints`: `GET /v1/runs/{run_id}/checkpoints`.
        """
        return await list_run_checkpoints.asyncio(
            run_id=run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_checkpoints(
        self,
        run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[RunCheckpoint]:
        """Iterate with `async for` over every item of `list_checkpoints`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_run_checkpoints.asyncio(
                run_id=run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def list_children(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> RunList:
        """List the runs a run spawned, oldest first.

        Calls `list_child_runs`: `GET /v1/runs/{run_id}/children`.
        """
        return await list_child_runs.asyncio(
            run_id=run_id,
            client=self._client,
            limit=limit,
        )

    async def set_debug_mode(
        self,
        run_id: str,
        *,
        body: SetDebugModeRequest,
    ) -> StatusOk:
        """Turn a run's debug mode on or off.

        Calls `set_debug_mode`: `POST /v1/runs/{run_id}/debug`.
        """
        return await set_debug_mode.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def get_debug_bundle(
        self,
        run_id: str,
    ) -> DebugBundle:
        """Get a run together with its events, checkpoints, outputs and resource samples.

        Calls `get_debug_bundle`: `GET /v1/runs/{run_id}/debug-bundle`.
        """
        return await get_debug_bundle.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def get_dependency_status(
        self,
        run_id: str,
    ) -> RunDependencyStatus:
        """Report whether the dependencies of a run's job are satisfied.

        Calls `get_run_dependency_status`: `GET /v1/runs/{run_id}/dependency-status`.
        """
        return await get_run_dependency_status.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def replay_dead_letter(
        self,
        run_id: str,
    ) -> JobRun:
        """Put a dead-letter run back in the queue.

        Calls `replay_dead_letter_run`: `POST /v1/runs/{run_id}/dlq-replay`.
        """
        return await replay_dead_letter_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def list_events(
        self,
        run_id: str,
        *,
        level: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunEventList:
        """List a run's events (logs, progress, status changes), newest first.

        Calls `list_run_events`: `GET /v1/runs/{run_id}/events`.
        """
        return await list_run_events.asyncio(
            run_id=run_id,
            client=self._client,
            level=level,
            type_=type_,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        run_id: str,
        *,
        level: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[RunEvent]:
        """Iterate with `async for` over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_run_events.asyncio(
                run_id=run_id,
                client=self._client,
                level=level,
                type_=type_,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def reset_idempotency_key(
        self,
        run_id: str,
    ) -> IdempotencyKeyReset:
        """Clear the idempotency key stored on a run.

        Calls `reset_idempotency_key`: `DELETE /v1/runs/{run_id}/idempotency-key`.
        """
        return await reset_idempotency_key.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def list_lineage(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> RunList:
        """List the runs linked to a run through continuations, starting from the first one.

        Calls `list_run_lineage`: `GET /v1/runs/{run_id}/lineage`.
        """
        return await list_run_lineage.asyncio(
            run_id=run_id,
            client=self._client,
            limit=limit,
        )

    async def list_outputs(
        self,
        run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunOutputList:
        """List a run's named outputs, newest first.

        Calls `list_run_outputs`: `GET /v1/runs/{run_id}/outputs`.
        """
        return await list_run_outputs.asyncio(
            run_id=run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_outputs(
        self,
        run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[RunOutput]:
        """Iterate with `async for` over every item of `list_outputs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_run_outputs.asyncio(
                run_id=run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def pause(
        self,
        run_id: str,
    ) -> JobRun:
        """Pause an executing run.

        Calls `pause_run`: `POST /v1/runs/{run_id}/pause`.
        """
        return await pause_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def replay(
        self,
        run_id: str,
        *,
        from_checkpoint: int | Unset = UNSET,
    ) -> JobRun:
        """Start a new run with the payload of a finished run.

        Calls `replay_run`: `POST /v1/runs/{run_id}/replay`.
        """
        return await replay_run.asyncio(
            run_id=run_id,
            client=self._client,
            from_checkpoint=from_checkpoint,
        )

    async def reschedule(
        self,
        run_id: str,
        *,
        body: RescheduleRunRequest,
    ) -> JobRun:
        """Move the start time of a run that has not started, and optionally replace its payload.

        Calls `reschedule_run`: `POST /v1/runs/{run_id}/reschedule`.
        """
        return await reschedule_run.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )

    async def list_resources(
        self,
        run_id: str,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> builtins.list[ResourceSnapshot]:
        """List the resource snapshots a run reported.

        Calls `list_run_resources`: `GET /v1/runs/{run_id}/resources`.
        """
        return await list_run_resources.asyncio(
            run_id=run_id,
            client=self._client,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def restart(
        self,
        run_id: str,
    ) -> JobRun:
        """Send an executing or paused run back to the queue.

        Calls `restart_run`: `POST /v1/runs/{run_id}/restart`.
        """
        return await restart_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def resume(
        self,
        run_id: str,
    ) -> JobRun:
        """Put a paused run back in the queue.

        Calls `resume_run`: `POST /v1/runs/{run_id}/resume`.
        """
        return await resume_run.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def list_state(
        self,
        run_id: str,
    ) -> builtins.list[RunState]:
        """List the state entries a run's job code stored.

        Calls `list_run_state`: `GET /v1/runs/{run_id}/state`.
        """
        return await list_run_state.asyncio(
            run_id=run_id,
            client=self._client,
        )


class Secrets:
    """Operations tagged secrets in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobSecretList:
        """List the project's secrets without their values, newest first.

        Calls `list_secrets`: `GET /v1/secrets`.
        """
        return list_secrets.sync(
            client=self._client,
            job_id=job_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobSecret]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_secrets.sync(
                client=self._client,
                job_id=job_id,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateSecretRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobSecret:
        """Store a secret for the project, one environment or one job.

        Calls `create_secret`: `POST /v1/secrets`.
        """
        return create_secret.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        secret_id: str,
    ) -> JobSecret:
        """Get a secret's metadata by its id.

        Calls `get_secret`: `GET /v1/secrets/{secret_id}`.
        """
        return get_secret.sync(
            secret_id=secret_id,
            client=self._client,
        )

    def delete(
        self,
        secret_id: str,
    ) -> None:
        """Delete a secret.

        Calls `delete_secret`: `DELETE /v1/secrets/{secret_id}`.
        """
        return delete_secret.sync(
            secret_id=secret_id,
            client=self._client,
        )


class AsyncSecrets:
    """Operations tagged secrets in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobSecretList:
        """List the project's secrets without their values, newest first.

        Calls `list_secrets`: `GET /v1/secrets`.
        """
        return await list_secrets.asyncio(
            client=self._client,
            job_id=job_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobSecret]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_secrets.asyncio(
                client=self._client,
                job_id=job_id,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateSecretRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobSecret:
        """Store a secret for the project, one environment or one job.

        Calls `create_secret`: `POST /v1/secrets`.
        """
        return await create_secret.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        secret_id: str,
    ) -> JobSecret:
        """Get a secret's metadata by its id.

        Calls `get_secret`: `GET /v1/secrets/{secret_id}`.
        """
        return await get_secret.asyncio(
            secret_id=secret_id,
            client=self._client,
        )

    async def delete(
        self,
        secret_id: str,
    ) -> None:
        """Delete a secret.

        Calls `delete_secret`: `DELETE /v1/secrets/{secret_id}`.
        """
        return await delete_secret.asyncio(
            secret_id=secret_id,
            client=self._client,
        )


class Stats:
    """Operations tagged stats in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get(
        self,
    ) -> RunQueueStats:
        """Count the runs that are queued, executing or delayed.

        Calls `get_stats`: `GET /v1/stats`.
        """
        return get_stats.sync(
            client=self._client,
        )


class AsyncStats:
    """Operations tagged stats in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get(
        self,
    ) -> RunQueueStats:
        """Count the runs that are queued, executing or delayed.

        Calls `get_stats`: `GET /v1/stats`.
        """
        return await get_stats.asyncio(
            client=self._client,
        )


class Webhooks:
    """Operations tagged webhooks in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first, at the older path.

        Calls `list_webhook_deliveries_legacy`: `GET /v1/webhook-deliveries`.
        """
        return list_webhook_deliveries_legacy.sync(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterate over every item of `list_deliveries_legacy`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_webhook_deliveries_legacy.sync(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def retry_delivery_legacy(
        self,
        delivery_id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt, at the older path.

        Calls `retry_webhook_delivery_legacy`: `POST /v1/webhook-deliveries/{delivery_id}/retry`.
        """
        return retry_webhook_delivery_legacy.sync(
            delivery_id=delivery_id,
            client=self._client,
        )

    def list_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first.

        Calls `list_webhook_deliveries`: `GET /v1/webhooks/deliveries`.
        """
        return list_webhook_deliveries.sync(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterate over every item of `list_deliveries`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_webhook_deliveries.sync(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Get a webhook delivery by its id.

        Calls `get_webhook_delivery`: `GET /v1/webhooks/deliveries/{id}`.
        """
        return get_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def replay_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Send a webhook delivery again as a new delivery.

        Calls `replay_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/replay`.
        """
        return replay_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def retry_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt.

        Calls `retry_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/retry`.
        """
        return retry_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def list_subscriptions(
        self,
    ) -> builtins.list[WebhookSubscription]:
        """List the project's webhook subscriptions.

        Calls `list_webhook_subscriptions`: `GET /v1/webhooks/subscriptions`.
        """
        return list_webhook_subscriptions.sync(
            client=self._client,
        )

    def create_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> CreatedWebhookSubscription:
        """Subscribe a URL to project events.

        Calls `create_webhook_subscription`: `POST /v1/webhooks/subscriptions`.
        """
        return create_webhook_subscription.sync(
            client=self._client,
            body=body,
        )

    def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete a webhook subscription.

        Calls `delete_webhook_subscription`: `DELETE /v1/webhooks/subscriptions/{id}`.
        """
        return delete_webhook_subscription.sync(
            id=id,
            client=self._client,
        )

    def rotate_secret(
        self,
        id: str,
        *,
        body: RotateWebhookSecretRequest | Unset = UNSET,
    ) -> RotatedWebhookSecret:
        """Replace a subscription's signing secret.

        Calls `rotate_webhook_secret`: `POST /v1/webhooks/subscriptions/{id}/rotate-secret`.
        """
        return rotate_webhook_secret.sync(
            id=id,
            client=self._client,
            body=body,
        )

    def test(
        self,
        *,
        body: TestWebhookRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TestWebhookResult:
        """Send a test event to a URL and report the endpoint's response.

        Calls `test_webhook`: `POST /v1/webhooks/test`.
        """
        return test_webhook.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class AsyncWebhooks:
    """Operations tagged webhooks in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first, at the older path.

        Calls `list_webhook_deliveries_legacy`: `GET /v1/webhook-deliveries`.
        """
        return await list_webhook_deliveries_legacy.asyncio(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterate with `async for` over every item of `list_deliveries_legacy`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_webhook_deliveries_legacy.asyncio(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def retry_delivery_legacy(
        self,
        delivery_id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt, at the older path.

        Calls `retry_webhook_delivery_legacy`: `POST /v1/webhook-deliveries/{delivery_id}/retry`.
        """
        return await retry_webhook_delivery_legacy.asyncio(
            delivery_id=delivery_id,
            client=self._client,
        )

    async def list_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first.

        Calls `list_webhook_deliveries`: `GET /v1/webhooks/deliveries`.
        """
        return await list_webhook_deliveries.asyncio(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterate with `async for` over every item of `list_deliveries`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_webhook_deliveries.asyncio(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Get a webhook delivery by its id.

        Calls `get_webhook_delivery`: `GET /v1/webhooks/deliveries/{id}`.
        """
        return await get_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def replay_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Send a webhook delivery again as a new delivery.

        Calls `replay_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/replay`.
        """
        return await replay_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def retry_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt.

        Calls `retry_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/retry`.
        """
        return await retry_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def list_subscriptions(
        self,
    ) -> builtins.list[WebhookSubscription]:
        """List the project's webhook subscriptions.

        Calls `list_webhook_subscriptions`: `GET /v1/webhooks/subscriptions`.
        """
        return await list_webhook_subscriptions.asyncio(
            client=self._client,
        )

    async def create_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> CreatedWebhookSubscription:
        """Subscribe a URL to project events.

        Calls `create_webhook_subscription`: `POST /v1/webhooks/subscriptions`.
        """
        return await create_webhook_subscription.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete a webhook subscription.

        Calls `delete_webhook_subscription`: `DELETE /v1/webhooks/subscriptions/{id}`.
        """
        return await delete_webhook_subscription.asyncio(
            id=id,
            client=self._client,
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        body: RotateWebhookSecretRequest | Unset = UNSET,
    ) -> RotatedWebhookSecret:
        """Replace a subscription's signing secret.

        Calls `rotate_webhook_secret`: `POST /v1/webhooks/subscriptions/{id}/rotate-secret`.
        """
        return await rotate_webhook_secret.asyncio(
            id=id,
            client=self._client,
            body=body,
        )

    async def test(
        self,
        *,
        body: TestWebhookRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TestWebhookResult:
        """Send a test event to a URL and report the endpoint's response.

        Calls `test_webhook`: `POST /v1/webhooks/test`.
        """
        return await test_webhook.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class Workers:
    """Operations tagged workers in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerPage:
        """List the workers registered in the project.

        Calls `list_workers`: `GET /v1/workers`.
        """
        return list_workers.sync(
            client=self._client,
            limit=limit,
            offset=offset,
        )

    def get(
        self,
        worker_id: str,
    ) -> Worker:
        """Get a worker by its id.

        Calls `get_worker`: `GET /v1/workers/{worker_id}`.
        """
        return get_worker.sync(
            worker_id=worker_id,
            client=self._client,
        )

    def disconnect(
        self,
        worker_id: str,
    ) -> WorkerDisconnected:
        """Force a worker to disconnect.

        Calls `force_disconnect_worker`: `DELETE /v1/workers/{worker_id}`.
        """
        return force_disconnect_worker.sync(
            worker_id=worker_id,
            client=self._client,
        )

    def list_tasks(
        self,
        worker_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerTaskPage:
        """List the tasks assigned to a worker.

        Calls `list_worker_tasks`: `GET /v1/workers/{worker_id}/tasks`.
        """
        return list_worker_tasks.sync(
            worker_id=worker_id,
            client=self._client,
            limit=limit,
            offset=offset,
        )


class AsyncWorkers:
    """Operations tagged workers in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerPage:
        """List the workers registered in the project.

        Calls `list_workers`: `GET /v1/workers`.
        """
        return await list_workers.asyncio(
            client=self._client,
            limit=limit,
            offset=offset,
        )

    async def get(
        self,
        worker_id: str,
    ) -> Worker:
        """Get a worker by its id.

        Calls `get_worker`: `GET /v1/workers/{worker_id}`.
        """
        return await get_worker.asyncio(
            worker_id=worker_id,
            client=self._client,
        )

    async def disconnect(
        self,
        worker_id: str,
    ) -> WorkerDisconnected:
        """Force a worker to disconnect.

        Calls `force_disconnect_worker`: `DELETE /v1/workers/{worker_id}`.
        """
        return await force_disconnect_worker.asyncio(
            worker_id=worker_id,
            client=self._client,
        )

    async def list_tasks(
        self,
        worker_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerTaskPage:
        """List the tasks assigned to a worker.

        Calls `list_worker_tasks`: `GET /v1/workers/{worker_id}/tasks`.
        """
        return await list_worker_tasks.asyncio(
            worker_id=worker_id,
            client=self._client,
            limit=limit,
            offset=offset,
        )


class WorkflowRuns:
    """Operations tagged workflow_runs in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        status: WorkflowRunStatus | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowRunList:
        """List the project's workflow runs, newest first.

        Calls `list_workflow_runs`: `GET /v1/workflow-runs`.
        """
        return list_workflow_runs.sync(
            client=self._client,
            status=status,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: WorkflowRunStatus | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WorkflowRun]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_workflow_runs.sync(
                client=self._client,
                status=status,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def bulk_cancel(
        self,
        *,
        body: BulkCancelWorkflowRunsRequest,
    ) -> BulkCancelWorkflowRunsResult:
        """Cancel up to 100 workflow runs at once.

        Calls `bulk_cancel_workflow_runs`: `POST /v1/workflow-runs/bulk-cancel`.
        """
        return bulk_cancel_workflow_runs.sync(
            client=self._client,
            body=body,
        )

    def bulk_replay(
        self,
        *,
        body: BulkReplayWorkflowRunsRequest,
    ) -> BulkReplayWorkflowRunsResult:
        """Start a new run for each of up to 100 workflow runs.

        Calls `bulk_replay_workflow_runs`: `POST /v1/workflow-runs/bulk-replay`.
        """
        return bulk_replay_workflow_runs.sync(
            client=self._client,
            body=body,
        )

    def get(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Get a workflow run by its id.

        Calls `get_workflow_run`: `GET /v1/workflow-runs/{workflow_run_id}`.
        """
        return get_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def cancel(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Cancel a workflow run with its steps and job runs.

        Calls `cancel_workflow_run`: `DELETE /v1/workflow-runs/{workflow_run_id}`.
        """
        return cancel_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def compare(
        self,
        workflow_run_id: str,
        other_run_id: str,
    ) -> WorkflowRunComparison:
        """Compare two workflow runs step by step.

        Calls `compare_workflow_runs`: `GET /v1/workflow-runs/{workflow_run_id}/compare/{other_run_id}`.
        """
        return compare_workflow_runs.sync(
            workflow_run_id=workflow_run_id,
            other_run_id=other_run_id,
            client=self._client,
        )

    def compensate(
        self,
        workflow_run_id: str,
    ) -> CompensationPlan:
        """Start the compensation jobs for the completed steps of a workflow run.

        Calls `compensate_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/compensate`.
        """
        return compensate_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def get_compensation_plan(
        self,
        workflow_run_id: str,
    ) -> CompensationPlan:
        """Show which steps of a workflow run would be compensated.

        Calls `get_compensation_plan`: `GET /v1/workflow-runs/{workflow_run_id}/compensation-plan`.
        """
        return get_compensation_plan.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def get_debug_view(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunDebugView:
        """Get a workflow run with the inputs, outputs, timing and cost of its steps.

        Calls `get_workflow_run_debug`: `GET /v1/workflow-runs/{workflow_run_id}/debug`.
        """
        return get_workflow_run_debug.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def explain(
        self,
        workflow_run_id: str,
        *,
        step_ref: str | Unset = UNSET,
        decision_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowStepDecisionList:
        """List the decisions the engine recorded about a workflow run's steps.

        Calls `get_workflow_run_explain`: `GET /v1/workflow-runs/{workflow_run_id}/explain`.
        """
        return get_workflow_run_explain.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
            step_ref=step_ref,
            decision_type=decision_type,
            limit=limit,
            cursor=cursor,
        )

    def iter_explain(
        self,
        workflow_run_id: str,
        *,
        step_ref: str | Unset = UNSET,
        decision_type: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WorkflowStepDecision]:
        """Iterate over every item of `explain`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return get_workflow_run_explain.sync(
                workflow_run_id=workflow_run_id,
                client=self._client,
                step_ref=step_ref,
                decision_type=decision_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get_graph(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunGraph:
        """Get the step graph of a workflow run with the state of each step.

        Calls `get_workflow_run_graph`: `GET /v1/workflow-runs/{workflow_run_id}/graph`.
        """
        return get_workflow_run_graph.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def get_labels(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunLabels:
        """Get the labels a workflow run was triggered with.

        Calls `get_workflow_run_labels`: `GET /v1/workflow-runs/{workflow_run_id}/labels`.
        """
        return get_workflow_run_labels.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def pause(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Pause a running workflow run.

        Calls `pause_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/pause`.
        """
        return pause_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def resume(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Resume a paused workflow run.

        Calls `resume_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/resume`.
        """
        return resume_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def retry(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Start a new run of a finished workflow run.

        Calls `retry_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/retry`.
        """
        return retry_workflow_run.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    def list_steps(
        self,
        workflow_run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowStepRunList:
        """List the step runs of a workflow run, oldest first.

        Calls `list_workflow_step_runs`: `GET /v1/workflow-runs/{workflow_run_id}/steps`.
        """
        return list_workflow_step_runs.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_steps(
        self,
        workflow_run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WorkflowStepRun]:
        """Iterate over every item of `list_steps`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_workflow_step_runs.sync(
                workflow_run_id=workflow_run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=True)

    def approve_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: ApproveWorkflowStepRequest,
    ) -> WorkflowStepApprovalResult:
        """Approve a step that waits for approval.

        Calls `approve_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/approve`.
        """
        return approve_workflow_step.sync(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    def force_complete_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: ForceCompleteWorkflowStepRequest,
    ) -> WorkflowStepRunResult:
        """Mark a step of a workflow run as completed with a given result.

        Calls `force_complete_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/force-complete`.
        """
        return force_complete_workflow_step.sync(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    def replay_subtree(
        self,
        workflow_run_id: str,
        step_ref: str,
    ) -> WorkflowSubtreeReplayResult:
        """Run a step and every step that depends on it again.

        Calls `replay_workflow_subtree`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/replay-subtree`.
        """
        return replay_workflow_subtree.sync(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
        )

    def retry_step(
        self,
        workflow_run_id: str,
        step_ref: str,
    ) -> WorkflowStepRetryResult:
        """Run a finished step of a workflow run again.

        Calls `retry_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`.
        """
        return retry_workflow_step.sync(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
        )

    def skip_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: SkipWorkflowStepRequest,
    ) -> WorkflowStepRunResult:
        """Skip a step of a workflow run.

        Calls `skip_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`.
        """
        return skip_workflow_step.sync(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    def get_timeline(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunTimeline:
        """Get the timing of each step of a workflow run.

        Calls `get_workflow_run_timeline`: `GET /v1/workflow-runs/{workflow_run_id}/timeline`.
        """
        return get_workflow_run_timeline.sync(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )


class AsyncWorkflowRuns:
    """Operations tagged workflow_runs in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: WorkflowRunStatus | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowRunList:
        """List the project's workflow runs, newest first.

        Calls `list_workflow_runs`: `GET /v1/workflow-runs`.
        """
        return await list_workflow_runs.asyncio(
            client=self._client,
            status=status,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: WorkflowRunStatus | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WorkflowRun]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_workflow_runs.asyncio(
                client=self._client,
                status=status,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def bulk_cancel(
        self,
        *,
        body: BulkCancelWorkflowRunsRequest,
    ) -> BulkCancelWorkflowRunsResult:
        """Cancel up to 100 workflow runs at once.

        Calls `bulk_cancel_workflow_runs`: `POST /v1/workflow-runs/bulk-cancel`.
        """
        return await bulk_cancel_workflow_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def bulk_replay(
        self,
        *,
        body: BulkReplayWorkflowRunsRequest,
    ) -> BulkReplayWorkflowRunsResult:
        """Start a new run for each of up to 100 workflow runs.

        Calls `bulk_replay_workflow_runs`: `POST /v1/workflow-runs/bulk-replay`.
        """
        return await bulk_replay_workflow_runs.asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Get a workflow run by its id.

        Calls `get_workflow_run`: `GET /v1/workflow-runs/{workflow_run_id}`.
        """
        return await get_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def cancel(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Cancel a workflow run with its steps and job runs.

        Calls `cancel_workflow_run`: `DELETE /v1/workflow-runs/{workflow_run_id}`.
        """
        return await cancel_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def compare(
        self,
        workflow_run_id: str,
        other_run_id: str,
    ) -> WorkflowRunComparison:
        """Compare two workflow runs step by step.

        Calls `compare_workflow_runs`: `GET /v1/workflow-runs/{workflow_run_id}/compare/{other_run_id}`.
        """
        return await compare_workflow_runs.asyncio(
            workflow_run_id=workflow_run_id,
            other_run_id=other_run_id,
            client=self._client,
        )

    async def compensate(
        self,
        workflow_run_id: str,
    ) -> CompensationPlan:
        """Start the compensation jobs for the completed steps of a workflow run.

        Calls `compensate_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/compensate`.
        """
        return await compensate_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def get_compensation_plan(
        self,
        workflow_run_id: str,
    ) -> CompensationPlan:
        """Show which steps of a workflow run would be compensated.

        Calls `get_compensation_plan`: `GET /v1/workflow-runs/{workflow_run_id}/compensation-plan`.
        """
        return await get_compensation_plan.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def get_debug_view(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunDebugView:
        """Get a workflow run with the inputs, outputs, timing and cost of its steps.

        Calls `get_workflow_run_debug`: `GET /v1/workflow-runs/{workflow_run_id}/debug`.
        """
        return await get_workflow_run_debug.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def explain(
        self,
        workflow_run_id: str,
        *,
        step_ref: str | Unset = UNSET,
        decision_type: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowStepDecisionList:
        """List the decisions the engine recorded about a workflow run's steps.

        Calls `get_workflow_run_explain`: `GET /v1/workflow-runs/{workflow_run_id}/explain`.
        """
        return await get_workflow_run_explain.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
            step_ref=step_ref,
            decision_type=decision_type,
            limit=limit,
            cursor=cursor,
        )

    def iter_explain(
        self,
        workflow_run_id: str,
        *,
        step_ref: str | Unset = UNSET,
        decision_type: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WorkflowStepDecision]:
        """Iterate with `async for` over every item of `explain`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await get_workflow_run_explain.asyncio(
                workflow_run_id=workflow_run_id,
                client=self._client,
                step_ref=step_ref,
                decision_type=decision_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get_graph(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunGraph:
        """Get the step graph of a workflow run with the state of each step.

        Calls `get_workflow_run_graph`: `GET /v1/workflow-runs/{workflow_run_id}/graph`.
        """
        return await get_workflow_run_graph.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def get_labels(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunLabels:
        """Get the labels a workflow run was triggered with.

        Calls `get_workflow_run_labels`: `GET /v1/workflow-runs/{workflow_run_id}/labels`.
        """
        return await get_workflow_run_labels.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def pause(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Pause a running workflow run.

        Calls `pause_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/pause`.
        """
        return await pause_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def resume(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Resume a paused workflow run.

        Calls `resume_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/resume`.
        """
        return await resume_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def retry(
        self,
        workflow_run_id: str,
    ) -> WorkflowRun:
        """Start a new run of a finished workflow run.

        Calls `retry_workflow_run`: `POST /v1/workflow-runs/{workflow_run_id}/retry`.
        """
        return await retry_workflow_run.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )

    async def list_steps(
        self,
        workflow_run_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowStepRunList:
        """List the step runs of a workflow run, oldest first.

        Calls `list_workflow_step_runs`: `GET /v1/workflow-runs/{workflow_run_id}/steps`.
        """
        return await list_workflow_step_runs.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_steps(
        self,
        workflow_run_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WorkflowStepRun]:
        """Iterate with `async for` over every item of `list_steps`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_workflow_step_runs.asyncio(
                workflow_run_id=workflow_run_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=True)

    async def approve_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: ApproveWorkflowStepRequest,
    ) -> WorkflowStepApprovalResult:
        """Approve a step that waits for approval.

        Calls `approve_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/approve`.
        """
        return await approve_workflow_step.asyncio(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    async def force_complete_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: ForceCompleteWorkflowStepRequest,
    ) -> WorkflowStepRunResult:
        """Mark a step of a workflow run as completed with a given result.

        Calls `force_complete_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/force-complete`.
        """
        return await force_complete_workflow_step.asyncio(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    async def replay_subtree(
        self,
        workflow_run_id: str,
        step_ref: str,
    ) -> WorkflowSubtreeReplayResult:
        """Run a step and every step that depends on it again.

        Calls `replay_workflow_subtree`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/replay-subtree`.
        """
        return await replay_workflow_subtree.asyncio(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
        )

    async def retry_step(
        self,
        workflow_run_id: str,
        step_ref: str,
    ) -> WorkflowStepRetryResult:
        """Run a finished step of a workflow run again.

        Calls `retry_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`.
        """
        return await retry_workflow_step.asyncio(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
        )

    async def skip_step(
        self,
        workflow_run_id: str,
        step_ref: str,
        *,
        body: SkipWorkflowStepRequest,
    ) -> WorkflowStepRunResult:
        """Skip a step of a workflow run.

        Calls `skip_workflow_step`: `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`.
        """
        return await skip_workflow_step.asyncio(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=self._client,
            body=body,
        )

    async def get_timeline(
        self,
        workflow_run_id: str,
    ) -> WorkflowRunTimeline:
        """Get the timing of each step of a workflow run.

        Calls `get_workflow_run_timeline`: `GET /v1/workflow-runs/{workflow_run_id}/timeline`.
        """
        return await get_workflow_run_timeline.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )


class Workflows:
    """Operations tagged workflows in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get_policy(
        self,
        project_id: str,
    ) -> WorkflowPolicy:
        """Get a project's workflow policy.

        Calls `get_workflow_policy`: `GET /v1/workflow-policies/{project_id}`.
        """
        return get_workflow_policy.sync(
            project_id=project_id,
            client=self._client,
        )

    def upsert_policy(
        self,
        project_id: str,
        *,
        body: UpsertWorkflowPolicyRequest,
    ) -> WorkflowPolicy:
        """Create or replace a project's workflow policy.

        Calls `upsert_workflow_policy`: `PUT /v1/workflow-policies/{project_id}`.
        """
        return upsert_workflow_policy.sync(
            project_id=project_id,
            client=self._client,
            body=body,
        )

    def list(
        self,
        *,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowList:
        """List the project's workflows, newest first.

        Calls `list_workflows`: `GET /v1/workflows`.
        """
        return list_workflows.sync(
            client=self._client,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Workflow]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_workflows.sync(
                client=self._client,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowDetail:
        """Create a workflow with its steps.

        Calls `create_workflow`: `POST /v1/workflows`.
        """
        return create_workflow.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        workflow_id: str,
    ) -> WorkflowDetail:
        """Get a workflow and its current steps.

        Calls `get_workflow`: `GET /v1/workflows/{workflow_id}`.
        """
        return get_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def delete(
        self,
        workflow_id: str,
    ) -> None:
        """Delete a workflow.

        Calls `delete_workflow`: `DELETE /v1/workflows/{workflow_id}`.
        """
        return delete_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflowRequest,
    ) -> UpdatedWorkflow:
        """Change some fields or the steps of a workflow.

        Calls `update_workflow`: `PATCH /v1/workflows/{workflow_id}`.
        """
        return update_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    def get_active_versions(
        self,
        workflow_id: str,
    ) -> ActiveWorkflowVersions:
        """Count a workflow's unfinished runs per version.

        Calls `get_active_versions`: `GET /v1/workflows/{workflow_id}/active-versions`.
        """
        return get_active_versions.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def clone(
        self,
        workflow_id: str,
        *,
        body: CloneWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowDetail:
        """Copy a workflow and its steps into a new workflow.

        Calls `clone_workflow`: `POST /v1/workflows/{workflow_id}/clone`.
        """
        return clone_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def dry_run(
        self,
        workflow_id: str,
        *,
        body: DryRunWorkflowRequest,
    ) -> WorkflowDryRunResult:
        """Check a list of steps, or the workflow's stored steps, without saving anything.

        Calls `dry_run_workflow`: `POST /v1/workflows/{workflow_id}/dry-run`.
        """
        return dry_run_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    def get_graph(
        self,
        workflow_id: str,
        *,
        format_: str | Unset = UNSET,
    ) -> WorkflowGraph:
        """Get the dependency graph of the workflow's current steps.

        Calls `get_workflow_graph`: `GET /v1/workflows/{workflow_id}/graph`.
        """
        return get_workflow_graph.sync(
            workflow_id=workflow_id,
            client=self._client,
            format_=format_,
        )

    def plan(
        self,
        workflow_id: str,
        *,
        body: PlanWorkflowRequest,
    ) -> WorkflowPlan:
        """Compute the order in which the workflow's current steps would run.

        Calls `plan_workflow`: `POST /v1/workflows/{workflow_id}/plan`.
        """
        return plan_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    def list_runs(
        self,
        workflow_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowRunList:
        """List the runs of one workflow, newest first.

        Calls `list_workflow_runs_by_workflow`: `GET /v1/workflows/{workflow_id}/runs`.
        """
        return list_workflow_runs_by_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        workflow_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WorkflowRun]:
        """Iterate over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_workflow_runs_by_workflow.sync(
                workflow_id=workflow_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def simulate(
        self,
        workflow_id: str,
    ) -> WorkflowSimulation:
        """Predict the order in which the workflow's current steps would run.

        Calls `simulate_workflow`: `POST /v1/workflows/{workflow_id}/simulate`.
        """
        return simulate_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def trigger(
        self,
        workflow_id: str,
        *,
        body: TriggerWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowRun:
        """Start a run of a workflow.

        Calls `trigger_workflow`: `POST /v1/workflows/{workflow_id}/trigger`.
        """
        return trigger_workflow.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def list_versions(
        self,
        workflow_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> builtins.list[WorkflowVersion]:
        """List the saved versions of a workflow.

        Calls `list_workflow_versions`: `GET /v1/workflows/{workflow_id}/versions`.
        """
        return list_workflow_versions.sync(
            workflow_id=workflow_id,
            client=self._client,
            limit=limit,
        )

    def diff_versions(
        self,
        workflow_id: str,
        from_version_id: str,
        to_version_id: str,
    ) -> WorkflowVersionDiff:
        """Compare the step references of two saved versions of a workflow.

        Calls `diff_workflow_versions`: `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`.
        """
        return diff_workflow_versions.sync(
            workflow_id=workflow_id,
            from_version_id=from_version_id,
            to_version_id=to_version_id,
            client=self._client,
        )

    def get_version(
        self,
        workflow_id: str,
        version_id: str,
    ) -> WorkflowVersion:
        """Get one saved version of a workflow.

        Calls `get_workflow_version`: `GET /v1/workflows/{workflow_id}/versions/{version_id}`.
        """
        return get_workflow_version.sync(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )

    def get_version_impact(
        self,
        workflow_id: str,
        version_id: str,
    ) -> WorkflowVersionImpact:
        """Count the recent runs of a workflow that use one version.

        Calls `get_workflow_version_impact`: `GET /v1/workflows/{workflow_id}/versions/{version_id}/impact`.
        """
        return get_workflow_version_impact.sync(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )

    def list_version_steps(
        self,
        workflow_id: str,
        version_id: str,
    ) -> builtins.list[WorkflowStep]:
        """List the steps of one saved version of a workflow.

        Calls `list_workflow_version_steps`: `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`.
        """
        return list_workflow_version_steps.sync(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )


class AsyncWorkflows:
    """Operations tagged workflows in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get_policy(
        self,
        project_id: str,
    ) -> WorkflowPolicy:
        """Get a project's workflow policy.

        Calls `get_workflow_policy`: `GET /v1/workflow-policies/{project_id}`.
        """
        return await get_workflow_policy.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def upsert_policy(
        self,
        project_id: str,
        *,
        body: UpsertWorkflowPolicyRequest,
    ) -> WorkflowPolicy:
        """Create or replace a project's workflow policy.

        Calls `upsert_workflow_policy`: `PUT /v1/workflow-policies/{project_id}`.
        """
        return await upsert_workflow_policy.asyncio(
            project_id=project_id,
            client=self._client,
            body=body,
        )

    async def list(
        self,
        *,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowList:
        """List the project's workflows, newest first.

        Calls `list_workflows`: `GET /v1/workflows`.
        """
        return await list_workflows.asyncio(
            client=self._client,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Workflow]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_workflows.asyncio(
                client=self._client,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowDetail:
        """Create a workflow with its steps.

        Calls `create_workflow`: `POST /v1/workflows`.
        """
        return await create_workflow.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        workflow_id: str,
    ) -> WorkflowDetail:
        """Get a workflow and its current steps.

        Calls `get_workflow`: `GET /v1/workflows/{workflow_id}`.
        """
        return await get_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def delete(
        self,
        workflow_id: str,
    ) -> None:
        """Delete a workflow.

        Calls `delete_workflow`: `DELETE /v1/workflows/{workflow_id}`.
        """
        return await delete_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def update(
        self,
        workflow_id: str,
        *,
        body: UpdateWorkflowRequest,
    ) -> UpdatedWorkflow:
        """Change some fields or the steps of a workflow.

        Calls `update_workflow`: `PATCH /v1/workflows/{workflow_id}`.
        """
        return await update_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    async def get_active_versions(
        self,
        workflow_id: str,
    ) -> ActiveWorkflowVersions:
        """Count a workflow's unfinished runs per version.

        Calls `get_active_versions`: `GET /v1/workflows/{workflow_id}/active-versions`.
        """
        return await get_active_versions.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def clone(
        self,
        workflow_id: str,
        *,
        body: CloneWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowDetail:
        """Copy a workflow and its steps into a new workflow.

        Calls `clone_workflow`: `POST /v1/workflows/{workflow_id}/clone`.
        """
        return await clone_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def dry_run(
        self,
        workflow_id: str,
        *,
        body: DryRunWorkflowRequest,
    ) -> WorkflowDryRunResult:
        """Check a list of steps, or the workflow's stored steps, without saving anything.

        Calls `dry_run_workflow`: `POST /v1/workflows/{workflow_id}/dry-run`.
        """
        return await dry_run_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    async def get_graph(
        self,
        workflow_id: str,
        *,
        format_: str | Unset = UNSET,
    ) -> WorkflowGraph:
        """Get the dependency graph of the workflow's current steps.

        Calls `get_workflow_graph`: `GET /v1/workflows/{workflow_id}/graph`.
        """
        return await get_workflow_graph.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            format_=format_,
        )

    async def plan(
        self,
        workflow_id: str,
        *,
        body: PlanWorkflowRequest,
    ) -> WorkflowPlan:
        """Compute the order in which the workflow's current steps would run.

        Calls `plan_workflow`: `POST /v1/workflows/{workflow_id}/plan`.
        """
        return await plan_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    async def list_runs(
        self,
        workflow_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WorkflowRunList:
        """List the runs of one workflow, newest first.

        Calls `list_workflow_runs_by_workflow`: `GET /v1/workflows/{workflow_id}/runs`.
        """
        return await list_workflow_runs_by_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        workflow_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WorkflowRun]:
        """Iterate with `async for` over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_workflow_runs_by_workflow.asyncio(
                workflow_id=workflow_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def simulate(
        self,
        workflow_id: str,
    ) -> WorkflowSimulation:
        """Predict the order in which the workflow's current steps would run.

        Calls `simulate_workflow`: `POST /v1/workflows/{workflow_id}/simulate`.
        """
        return await simulate_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def trigger(
        self,
        workflow_id: str,
        *,
        body: TriggerWorkflowRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> WorkflowRun:
        """Start a run of a workflow.

        Calls `trigger_workflow`: `POST /v1/workflows/{workflow_id}/trigger`.
        """
        return await trigger_workflow.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def list_versions(
        self,
        workflow_id: str,
        *,
        limit: int | Unset = UNSET,
    ) -> builtins.list[WorkflowVersion]:
        """List the saved versions of a workflow.

        Calls `list_workflow_versions`: `GET /v1/workflows/{workflow_id}/versions`.
        """
        return await list_workflow_versions.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            limit=limit,
        )

    async def diff_versions(
        self,
        workflow_id: str,
        from_version_id: str,
        to_version_id: str,
    ) -> WorkflowVersionDiff:
        """Compare the step references of two saved versions of a workflow.

        Calls `diff_workflow_versions`: `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`.
        """
        return await diff_workflow_versions.asyncio(
            workflow_id=workflow_id,
            from_version_id=from_version_id,
            to_version_id=to_version_id,
            client=self._client,
        )

    async def get_version(
        self,
        workflow_id: str,
        version_id: str,
    ) -> WorkflowVersion:
        """Get one saved version of a workflow.

        Calls `get_workflow_version`: `GET /v1/workflows/{workflow_id}/versions/{version_id}`.
        """
        return await get_workflow_version.asyncio(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )

    async def get_version_impact(
        self,
        workflow_id: str,
        version_id: str,
    ) -> WorkflowVersionImpact:
        """Count the recent runs of a workflow that use one version.

        Calls `get_workflow_version_impact`: `GET /v1/workflows/{workflow_id}/versions/{version_id}/impact`.
        """
        return await get_workflow_version_impact.asyncio(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )

    async def list_version_steps(
        self,
        workflow_id: str,
        version_id: str,
    ) -> builtins.list[WorkflowStep]:
        """List the steps of one saved version of a workflow.

        Calls `list_workflow_version_steps`: `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`.
        """
        return await list_workflow_version_steps.asyncio(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )


class Resources:
    """The resource clients of a synchronous client."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self.admin_dlq = AdminDlq(client)
        self.admin_outbox = AdminOutbox(client)
        self.analytics = Analytics(client)
        self.api_keys = ApiKeys(client)
        self.audit = Audit(client)
        self.authentication = Authentication(client)
        self.batch_operations = BatchOperations(client)
        self.billing = Billing(client)
        self.canary_deployments = CanaryDeployments(client)
        self.deployments = Deployments(client)
        self.environments = Environments(client)
        self.event_sources = EventSources(client)
        self.event_triggers = EventTriggers(client)
        self.export = Export(client)
        self.health = Health(client)
        self.job_groups = JobGroups(client)
        self.jobs = Jobs(client)
        self.log_drains = LogDrains(client)
        self.notifications = Notifications(client)
        self.organizations = Organizations(client)
        self.projects = Projects(client)
        self.rbac = Rbac(client)
        self.run_plane = RunPlane(client)
        self.runs = Runs(client)
        self.secrets = Secrets(client)
        self.stats = Stats(client)
        self.webhooks = Webhooks(client)
        self.workers = Workers(client)
        self.workflow_runs = WorkflowRuns(client)
        self.workflows = Workflows(client)


class AsyncResources:
    """The resource clients of an asynchronous client."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self.admin_dlq = AsyncAdminDlq(client)
        self.admin_outbox = AsyncAdminOutbox(client)
        self.analytics = AsyncAnalytics(client)
        self.api_keys = AsyncApiKeys(client)
        self.audit = AsyncAudit(client)
        self.authentication = AsyncAuthentication(client)
        self.batch_operations = AsyncBatchOperations(client)
        self.billing = AsyncBilling(client)
        self.canary_deployments = AsyncCanaryDeployments(client)
        self.deployments = AsyncDeployments(client)
        self.environments = AsyncEnvironments(client)
        self.event_sources = AsyncEventSources(client)
        self.event_triggers = AsyncEventTriggers(client)
        self.export = AsyncExport(client)
        self.health = AsyncHealth(client)
        self.job_groups = AsyncJobGroups(client)
        self.jobs = AsyncJobs(client)
        self.log_drains = AsyncLogDrains(client)
        self.notifications = AsyncNotifications(client)
        self.organizations = AsyncOrganizations(client)
        self.projects = AsyncProjects(client)
        self.rbac = AsyncRbac(client)
        self.run_plane = AsyncRunPlane(client)
        self.runs = AsyncRuns(client)
        self.secrets = AsyncSecrets(client)
        self.stats = AsyncStats(client)
        self.webhooks = AsyncWebhooks(client)
        self.workers = AsyncWorkers(client)
        self.workflow_runs = AsyncWorkflowRuns(client)
        self.workflows = AsyncWorkflows(client)
