"""Resource clients for the operations tagged analytics: `client.analytics` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.analytics_bucket import AnalyticsBucket
    from ...models.approval_stats import ApprovalStats
    from ...models.cost_analytics import CostAnalytics
    from ...models.cost_forecast import CostForecast
    from ...models.cost_insights import CostInsights
    from ...models.cost_trend_point import CostTrendPoint
    from ...models.event_latency_stats import EventLatencyStats
    from ...models.event_volume_bucket import EventVolumeBucket
    from ...models.failing_job import FailingJob
    from ...models.failing_tag import FailingTag
    from ...models.failing_webhook_endpoint import FailingWebhookEndpoint
    from ...models.job_comparison import JobComparison
    from ...models.job_cost_rank import JobCostRank
    from ...models.job_history_bucket import JobHistoryBucket
    from ...models.job_reliability import JobReliability
    from ...models.performance_analytics import PerformanceAnalytics
    from ...models.run_analytics_summary import RunAnalyticsSummary
    from ...models.run_duration_bucket import RunDurationBucket
    from ...models.run_failure_reason import RunFailureReason
    from ...models.run_timeline_bucket import RunTimelineBucket
    from ...models.step_duration_stats import StepDurationStats
    from ...models.tag_cost import TagCost
    from ...models.tag_run_stats import TagRunStats
    from ...models.top_cost_item import TopCostItem
    from ...models.trigger_cost import TriggerCost
    from ...models.trigger_run_stats import TriggerRunStats
    from ...models.version_run_stats import VersionRunStats
    from ...models.webhook_endpoint_stats import WebhookEndpointStats
    from ...models.webhook_health_bucket import WebhookHealthBucket
    from ...models.workflow_analytics_summary import WorkflowAnalyticsSummary
    from ...models.workflow_completion_bucket import WorkflowCompletionBucket


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
        from . import get_approval_stats  # noqa: PLC0415

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
        from . import get_cost_insights  # noqa: PLC0415

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
        from . import get_cost_analytics  # noqa: PLC0415

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
        from . import get_cost_by_trigger  # noqa: PLC0415

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
        from . import get_cost_forecast  # noqa: PLC0415

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
        from . import get_top_costs  # noqa: PLC0415

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
        from . import get_cost_trends  # noqa: PLC0415

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
        from . import get_event_latency  # noqa: PLC0415

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
        from . import get_event_volume  # noqa: PLC0415

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
        from . import get_runs_by_version  # noqa: PLC0415

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
        from . import get_job_comparison  # noqa: PLC0415

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
        from . import get_job_cost_ranking  # noqa: PLC0415

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
        from . import get_job_reliability  # noqa: PLC0415

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
        from . import get_top_failing_jobs  # noqa: PLC0415

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
        from . import get_job_history  # noqa: PLC0415

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
        from . import get_performance_analytics  # noqa: PLC0415

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
        from . import get_runs_by_trigger  # noqa: PLC0415

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
        from . import get_run_duration_distribution  # noqa: PLC0415

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
        from . import get_run_failure_reasons  # noqa: PLC0415

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
        from . import get_run_summary  # noqa: PLC0415

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
        from . import get_run_timeline  # noqa: PLC0415

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
        from . import get_tag_cost  # noqa: PLC0415

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
        from . import get_tag_summary  # noqa: PLC0415

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
        from . import get_top_failing_tags  # noqa: PLC0415

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
        from . import get_webhook_delivery_stats  # noqa: PLC0415

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
        from . import get_webhook_endpoint_health  # noqa: PLC0415

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
        from . import get_top_failing_webhooks  # noqa: PLC0415

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
        from . import get_workflow_completion_rates  # noqa: PLC0415

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
        from . import get_workflow_analytics_summary  # noqa: PLC0415

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
        from . import get_workflow_step_durations  # noqa: PLC0415

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
        from . import get_approval_stats  # noqa: PLC0415

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
        from . import get_cost_insights  # noqa: PLC0415

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
        from . import get_cost_analytics  # noqa: PLC0415

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
        from . import get_cost_by_trigger  # noqa: PLC0415

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
        from . import get_cost_forecast  # noqa: PLC0415

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
        from . import get_top_costs  # noqa: PLC0415

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
        from . import get_cost_trends  # noqa: PLC0415

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
        from . import get_event_latency  # noqa: PLC0415

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
        from . import get_event_volume  # noqa: PLC0415

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
        from . import get_runs_by_version  # noqa: PLC0415

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
        from . import get_job_comparison  # noqa: PLC0415

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
        from . import get_job_cost_ranking  # noqa: PLC0415

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
        from . import get_job_reliability  # noqa: PLC0415

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
        from . import get_top_failing_jobs  # noqa: PLC0415

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
        from . import get_job_history  # noqa: PLC0415

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
        from . import get_performance_analytics  # noqa: PLC0415

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
        from . import get_runs_by_trigger  # noqa: PLC0415

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
        from . import get_run_duration_distribution  # noqa: PLC0415

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
        from . import get_run_failure_reasons  # noqa: PLC0415

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
        from . import get_run_summary  # noqa: PLC0415

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
        from . import get_run_timeline  # noqa: PLC0415

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
        from . import get_tag_cost  # noqa: PLC0415

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
        from . import get_tag_summary  # noqa: PLC0415

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
        from . import get_top_failing_tags  # noqa: PLC0415

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
        from . import get_webhook_delivery_stats  # noqa: PLC0415

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
        from . import get_webhook_endpoint_health  # noqa: PLC0415

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
        from . import get_top_failing_webhooks  # noqa: PLC0415

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
        from . import get_workflow_completion_rates  # noqa: PLC0415

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
        from . import get_workflow_analytics_summary  # noqa: PLC0415

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
        from . import get_workflow_step_durations  # noqa: PLC0415

        return await get_workflow_step_durations.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            from_=from_,
            to=to,
        )
