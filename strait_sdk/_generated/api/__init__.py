"""Resource clients: one per tag of the API document, each method one operation.

`strait_sdk.Strait` and `strait_sdk.AsyncStrait` expose them as attributes, such as
`client.jobs.trigger(...)`. Each resource class lives in the package of its tag
(`api/jobs/__init__.py`), which is imported the first time the attribute is read.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..client import AsyncHTTPClientProvider, HTTPClientProvider
    from .admin_dlq import AdminDlq, AsyncAdminDlq
    from .admin_outbox import AdminOutbox, AsyncAdminOutbox
    from .analytics import Analytics, AsyncAnalytics
    from .api_keys import ApiKeys, AsyncApiKeys
    from .audit import AsyncAudit, Audit
    from .authentication import AsyncAuthentication, Authentication
    from .batch_operations import AsyncBatchOperations, BatchOperations
    from .billing import AsyncBilling, Billing
    from .canary_deployments import AsyncCanaryDeployments, CanaryDeployments
    from .deployments import AsyncDeployments, Deployments
    from .environments import AsyncEnvironments, Environments
    from .event_sources import AsyncEventSources, EventSources
    from .event_triggers import AsyncEventTriggers, EventTriggers
    from .export import AsyncExport, Export
    from .health import AsyncHealth, Health
    from .job_groups import AsyncJobGroups, JobGroups
    from .jobs import AsyncJobs, Jobs
    from .log_drains import AsyncLogDrains, LogDrains
    from .notifications import AsyncNotifications, Notifications
    from .organizations import AsyncOrganizations, Organizations
    from .projects import AsyncProjects, Projects
    from .rbac import AsyncRbac, Rbac
    from .run_plane import AsyncRunPlane, RunPlane
    from .runs import AsyncRuns, Runs
    from .secrets import AsyncSecrets, Secrets
    from .stats import AsyncStats, Stats
    from .webhooks import AsyncWebhooks, Webhooks
    from .workers import AsyncWorkers, Workers
    from .workflow_runs import AsyncWorkflowRuns, WorkflowRuns
    from .workflows import AsyncWorkflows, Workflows


class Resources:
    """The resource clients of a synchronous client, each built on first access."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._resource_client = client

    @cached_property
    def admin_dlq(self) -> AdminDlq:
        from .admin_dlq import AdminDlq  # noqa: PLC0415

        return AdminDlq(self._resource_client)

    @cached_property
    def admin_outbox(self) -> AdminOutbox:
        from .admin_outbox import AdminOutbox  # noqa: PLC0415

        return AdminOutbox(self._resource_client)

    @cached_property
    def analytics(self) -> Analytics:
        from .analytics import Analytics  # noqa: PLC0415

        return Analytics(self._resource_client)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from .api_keys import ApiKeys  # noqa: PLC0415

        return ApiKeys(self._resource_client)

    @cached_property
    def audit(self) -> Audit:
        from .audit import Audit  # noqa: PLC0415

        return Audit(self._resource_client)

    @cached_property
    def authentication(self) -> Authentication:
        from .authentication import Authentication  # noqa: PLC0415

        return Authentication(self._resource_client)

    @cached_property
    def batch_operations(self) -> BatchOperations:
        from .batch_operations import BatchOperations  # noqa: PLC0415

        return BatchOperations(self._resource_client)

    @cached_property
    def billing(self) -> Billing:
        from .billing import Billing  # noqa: PLC0415

        return Billing(self._resource_client)

    @cached_property
    def canary_deployments(self) -> CanaryDeployments:
        from .canary_deployments import CanaryDeployments  # noqa: PLC0415

        return CanaryDeployments(self._resource_client)

    @cached_property
    def deployments(self) -> Deployments:
        from .deployments import Deployments  # noqa: PLC0415

        return Deployments(self._resource_client)

    @cached_property
    def environments(self) -> Environments:
        from .environments import Environments  # noqa: PLC0415

        return Environments(self._resource_client)

    @cached_property
    def event_sources(self) -> EventSources:
        from .event_sources import EventSources  # noqa: PLC0415

        return EventSources(self._resource_client)

    @cached_property
    def event_triggers(self) -> EventTriggers:
        from .event_triggers import EventTriggers  # noqa: PLC0415

        return EventTriggers(self._resource_client)

    @cached_property
    def export(self) -> Export:
        from .export import Export  # noqa: PLC0415

        return Export(self._resource_client)

    @cached_property
    def health(self) -> Health:
        from .health import Health  # noqa: PLC0415

        return Health(self._resource_client)

    @cached_property
    def job_groups(self) -> JobGroups:
        from .job_groups import JobGroups  # noqa: PLC0415

        return JobGroups(self._resource_client)

    @cached_property
    def jobs(self) -> Jobs:
        from .jobs import Jobs  # noqa: PLC0415

        return Jobs(self._resource_client)

    @cached_property
    def log_drains(self) -> LogDrains:
        from .log_drains import LogDrains  # noqa: PLC0415

        return LogDrains(self._resource_client)

    @cached_property
    def notifications(self) -> Notifications:
        from .notifications import Notifications  # noqa: PLC0415

        return Notifications(self._resource_client)

    @cached_property
    def organizations(self) -> Organizations:
        from .organizations import Organizations  # noqa: PLC0415

        return Organizations(self._resource_client)

    @cached_property
    def projects(self) -> Projects:
        from .projects import Projects  # noqa: PLC0415

        return Projects(self._resource_client)

    @cached_property
    def rbac(self) -> Rbac:
        from .rbac import Rbac  # noqa: PLC0415

        return Rbac(self._resource_client)

    @cached_property
    def run_plane(self) -> RunPlane:
        from .run_plane import RunPlane  # noqa: PLC0415

        return RunPlane(self._resource_client)

    @cached_property
    def runs(self) -> Runs:
        from .runs import Runs  # noqa: PLC0415

        return Runs(self._resource_client)

    @cached_property
    def secrets(self) -> Secrets:
        from .secrets import Secrets  # noqa: PLC0415

        return Secrets(self._resource_client)

    @cached_property
    def stats(self) -> Stats:
        from .stats import Stats  # noqa: PLC0415

        return Stats(self._resource_client)

    @cached_property
    def webhooks(self) -> Webhooks:
        from .webhooks import Webhooks  # noqa: PLC0415

        return Webhooks(self._resource_client)

    @cached_property
    def workers(self) -> Workers:
        from .workers import Workers  # noqa: PLC0415

        return Workers(self._resource_client)

    @cached_property
    def workflow_runs(self) -> WorkflowRuns:
        from .workflow_runs import WorkflowRuns  # noqa: PLC0415

        return WorkflowRuns(self._resource_client)

    @cached_property
    def workflows(self) -> Workflows:
        from .workflows import Workflows  # noqa: PLC0415

        return Workflows(self._resource_client)


class AsyncResources:
    """The resource clients of an asynchronous client, each built on first access."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._resource_client = client

    @cached_property
    def admin_dlq(self) -> AsyncAdminDlq:
        from .admin_dlq import AsyncAdminDlq  # noqa: PLC0415

        return AsyncAdminDlq(self._resource_client)

    @cached_property
    def admin_outbox(self) -> AsyncAdminOutbox:
        from .admin_outbox import AsyncAdminOutbox  # noqa: PLC0415

        return AsyncAdminOutbox(self._resource_client)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        from .analytics import AsyncAnalytics  # noqa: PLC0415

        return AsyncAnalytics(self._resource_client)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from .api_keys import AsyncApiKeys  # noqa: PLC0415

        return AsyncApiKeys(self._resource_client)

    @cached_property
    def audit(self) -> AsyncAudit:
        from .audit import AsyncAudit  # noqa: PLC0415

        return AsyncAudit(self._resource_client)

    @cached_property
    def authentication(self) -> AsyncAuthentication:
        from .authentication import AsyncAuthentication  # noqa: PLC0415

        return AsyncAuthentication(self._resource_client)

    @cached_property
    def batch_operations(self) -> AsyncBatchOperations:
        from .batch_operations import AsyncBatchOperations  # noqa: PLC0415

        return AsyncBatchOperations(self._resource_client)

    @cached_property
    def billing(self) -> AsyncBilling:
        from .billing import AsyncBilling  # noqa: PLC0415

        return AsyncBilling(self._resource_client)

    @cached_property
    def canary_deployments(self) -> AsyncCanaryDeployments:
        from .canary_deployments import AsyncCanaryDeployments  # noqa: PLC0415

        return AsyncCanaryDeployments(self._resource_client)

    @cached_property
    def deployments(self) -> AsyncDeployments:
        from .deployments import AsyncDeployments  # noqa: PLC0415

        return AsyncDeployments(self._resource_client)

    @cached_property
    def environments(self) -> AsyncEnvironments:
        from .environments import AsyncEnvironments  # noqa: PLC0415

        return AsyncEnvironments(self._resource_client)

    @cached_property
    def event_sources(self) -> AsyncEventSources:
        from .event_sources import AsyncEventSources  # noqa: PLC0415

        return AsyncEventSources(self._resource_client)

    @cached_property
    def event_triggers(self) -> AsyncEventTriggers:
        from .event_triggers import AsyncEventTriggers  # noqa: PLC0415

        return AsyncEventTriggers(self._resource_client)

    @cached_property
    def export(self) -> AsyncExport:
        from .export import AsyncExport  # noqa: PLC0415

        return AsyncExport(self._resource_client)

    @cached_property
    def health(self) -> AsyncHealth:
        from .health import AsyncHealth  # noqa: PLC0415

        return AsyncHealth(self._resource_client)

    @cached_property
    def job_groups(self) -> AsyncJobGroups:
        from .job_groups import AsyncJobGroups  # noqa: PLC0415

        return AsyncJobGroups(self._resource_client)

    @cached_property
    def jobs(self) -> AsyncJobs:
        from .jobs import AsyncJobs  # noqa: PLC0415

        return AsyncJobs(self._resource_client)

    @cached_property
    def log_drains(self) -> AsyncLogDrains:
        from .log_drains import AsyncLogDrains  # noqa: PLC0415

        return AsyncLogDrains(self._resource_client)

    @cached_property
    def notifications(self) -> AsyncNotifications:
        from .notifications import AsyncNotifications  # noqa: PLC0415

        return AsyncNotifications(self._resource_client)

    @cached_property
    def organizations(self) -> AsyncOrganizations:
        from .organizations import AsyncOrganizations  # noqa: PLC0415

        return AsyncOrganizations(self._resource_client)

    @cached_property
    def projects(self) -> AsyncProjects:
        from .projects import AsyncProjects  # noqa: PLC0415

        return AsyncProjects(self._resource_client)

    @cached_property
    def rbac(self) -> AsyncRbac:
        from .rbac import AsyncRbac  # noqa: PLC0415

        return AsyncRbac(self._resource_client)

    @cached_property
    def run_plane(self) -> AsyncRunPlane:
        from .run_plane import AsyncRunPlane  # noqa: PLC0415

        return AsyncRunPlane(self._resource_client)

    @cached_property
    def runs(self) -> AsyncRuns:
        from .runs import AsyncRuns  # noqa: PLC0415

        return AsyncRuns(self._resource_client)

    @cached_property
    def secrets(self) -> AsyncSecrets:
        from .secrets import AsyncSecrets  # noqa: PLC0415

        return AsyncSecrets(self._resource_client)

    @cached_property
    def stats(self) -> AsyncStats:
        from .stats import AsyncStats  # noqa: PLC0415

        return AsyncStats(self._resource_client)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from .webhooks import AsyncWebhooks  # noqa: PLC0415

        return AsyncWebhooks(self._resource_client)

    @cached_property
    def workers(self) -> AsyncWorkers:
        from .workers import AsyncWorkers  # noqa: PLC0415

        return AsyncWorkers(self._resource_client)

    @cached_property
    def workflow_runs(self) -> AsyncWorkflowRuns:
        from .workflow_runs import AsyncWorkflowRuns  # noqa: PLC0415

        return AsyncWorkflowRuns(self._resource_client)

    @cached_property
    def workflows(self) -> AsyncWorkflows:
        from .workflows import AsyncWorkflows  # noqa: PLC0415

        return AsyncWorkflows(self._resource_client)
