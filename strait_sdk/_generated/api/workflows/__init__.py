"""Resource clients for the operations tagged workflows: `client.workflows` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.active_workflow_versions import ActiveWorkflowVersions
    from ...models.clone_workflow_request import CloneWorkflowRequest
    from ...models.create_workflow_request import CreateWorkflowRequest
    from ...models.dry_run_workflow_request import DryRunWorkflowRequest
    from ...models.plan_workflow_request import PlanWorkflowRequest
    from ...models.trigger_workflow_request import TriggerWorkflowRequest
    from ...models.update_workflow_request import UpdateWorkflowRequest
    from ...models.updated_workflow import UpdatedWorkflow
    from ...models.upsert_workflow_policy_request import UpsertWorkflowPolicyRequest
    from ...models.workflow import Workflow
    from ...models.workflow_detail import WorkflowDetail
    from ...models.workflow_dry_run_result import WorkflowDryRunResult
    from ...models.workflow_graph import WorkflowGraph
    from ...models.workflow_list import WorkflowList
    from ...models.workflow_plan import WorkflowPlan
    from ...models.workflow_policy import WorkflowPolicy
    from ...models.workflow_run import WorkflowRun
    from ...models.workflow_run_list import WorkflowRunList
    from ...models.workflow_simulation import WorkflowSimulation
    from ...models.workflow_step import WorkflowStep
    from ...models.workflow_version import WorkflowVersion
    from ...models.workflow_version_diff import WorkflowVersionDiff
    from ...models.workflow_version_impact import WorkflowVersionImpact


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
        from . import get_workflow_policy  # noqa: PLC0415

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
        from . import upsert_workflow_policy  # noqa: PLC0415

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
        from . import list_workflows  # noqa: PLC0415

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

        from . import list_workflows  # noqa: PLC0415

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
        from . import create_workflow  # noqa: PLC0415

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
        from . import get_workflow  # noqa: PLC0415

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
        from . import delete_workflow  # noqa: PLC0415

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
        from . import update_workflow  # noqa: PLC0415

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
        from . import get_active_versions  # noqa: PLC0415

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
        from . import clone_workflow  # noqa: PLC0415

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
        from . import dry_run_workflow  # noqa: PLC0415

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
        from . import get_workflow_graph  # noqa: PLC0415

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
        from . import plan_workflow  # noqa: PLC0415

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
        from . import list_workflow_runs_by_workflow  # noqa: PLC0415

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

        from . import list_workflow_runs_by_workflow  # noqa: PLC0415

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
        from . import simulate_workflow  # noqa: PLC0415

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
        from . import trigger_workflow  # noqa: PLC0415

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
        from . import list_workflow_versions  # noqa: PLC0415

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
        from . import diff_workflow_versions  # noqa: PLC0415

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
        from . import get_workflow_version  # noqa: PLC0415

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
        from . import get_workflow_version_impact  # noqa: PLC0415

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
        from . import list_workflow_version_steps  # noqa: PLC0415

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
        from . import get_workflow_policy  # noqa: PLC0415

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
        from . import upsert_workflow_policy  # noqa: PLC0415

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
        from . import list_workflows  # noqa: PLC0415

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

        from . import list_workflows  # noqa: PLC0415

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
        from . import create_workflow  # noqa: PLC0415

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
        from . import get_workflow  # noqa: PLC0415

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
        from . import delete_workflow  # noqa: PLC0415

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
        from . import update_workflow  # noqa: PLC0415

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
        from . import get_active_versions  # noqa: PLC0415

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
        from . import clone_workflow  # noqa: PLC0415

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
        from . import dry_run_workflow  # noqa: PLC0415

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
        from . import get_workflow_graph  # noqa: PLC0415

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
        from . import plan_workflow  # noqa: PLC0415

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
        from . import list_workflow_runs_by_workflow  # noqa: PLC0415

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

        from . import list_workflow_runs_by_workflow  # noqa: PLC0415

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
        from . import simulate_workflow  # noqa: PLC0415

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
        from . import trigger_workflow  # noqa: PLC0415

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
        from . import list_workflow_versions  # noqa: PLC0415

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
        from . import diff_workflow_versions  # noqa: PLC0415

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
        from . import get_workflow_version  # noqa: PLC0415

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
        from . import get_workflow_version_impact  # noqa: PLC0415

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
        from . import list_workflow_version_steps  # noqa: PLC0415

        return await list_workflow_version_steps.asyncio(
            workflow_id=workflow_id,
            version_id=version_id,
            client=self._client,
        )
