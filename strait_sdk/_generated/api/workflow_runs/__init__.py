"""Resource clients for the operations tagged workflow_runs: `client.workflow_runs` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.approve_workflow_step_request import ApproveWorkflowStepRequest
    from ...models.bulk_cancel_workflow_runs_request import (
        BulkCancelWorkflowRunsRequest,
    )
    from ...models.bulk_cancel_workflow_runs_result import BulkCancelWorkflowRunsResult
    from ...models.bulk_replay_workflow_runs_request import (
        BulkReplayWorkflowRunsRequest,
    )
    from ...models.bulk_replay_workflow_runs_result import BulkReplayWorkflowRunsResult
    from ...models.compensation_plan import CompensationPlan
    from ...models.force_complete_workflow_step_request import (
        ForceCompleteWorkflowStepRequest,
    )
    from ...models.skip_workflow_step_request import SkipWorkflowStepRequest
    from ...models.workflow_run import WorkflowRun
    from ...models.workflow_run_comparison import WorkflowRunComparison
    from ...models.workflow_run_debug_view import WorkflowRunDebugView
    from ...models.workflow_run_graph import WorkflowRunGraph
    from ...models.workflow_run_labels import WorkflowRunLabels
    from ...models.workflow_run_list import WorkflowRunList
    from ...models.workflow_run_status import WorkflowRunStatus
    from ...models.workflow_run_timeline import WorkflowRunTimeline
    from ...models.workflow_step_approval_result import WorkflowStepApprovalResult
    from ...models.workflow_step_decision import WorkflowStepDecision
    from ...models.workflow_step_decision_list import WorkflowStepDecisionList
    from ...models.workflow_step_retry_result import WorkflowStepRetryResult
    from ...models.workflow_step_run import WorkflowStepRun
    from ...models.workflow_step_run_list import WorkflowStepRunList
    from ...models.workflow_step_run_result import WorkflowStepRunResult
    from ...models.workflow_subtree_replay_result import WorkflowSubtreeReplayResult


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
        from . import list_workflow_runs  # noqa: PLC0415

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

        from . import list_workflow_runs  # noqa: PLC0415

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
        from . import bulk_cancel_workflow_runs  # noqa: PLC0415

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
        from . import bulk_replay_workflow_runs  # noqa: PLC0415

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
        from . import get_workflow_run  # noqa: PLC0415

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
        from . import cancel_workflow_run  # noqa: PLC0415

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
        from . import compare_workflow_runs  # noqa: PLC0415

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
        from . import compensate_workflow_run  # noqa: PLC0415

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
        from . import get_compensation_plan  # noqa: PLC0415

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
        from . import get_workflow_run_debug  # noqa: PLC0415

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
        from . import get_workflow_run_explain  # noqa: PLC0415

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

        from . import get_workflow_run_explain  # noqa: PLC0415

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
        from . import get_workflow_run_graph  # noqa: PLC0415

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
        from . import get_workflow_run_labels  # noqa: PLC0415

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
        from . import pause_workflow_run  # noqa: PLC0415

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
        from . import resume_workflow_run  # noqa: PLC0415

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
        from . import retry_workflow_run  # noqa: PLC0415

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
        from . import list_workflow_step_runs  # noqa: PLC0415

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

        from . import list_workflow_step_runs  # noqa: PLC0415

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
        from . import approve_workflow_step  # noqa: PLC0415

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
        from . import force_complete_workflow_step  # noqa: PLC0415

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
        from . import replay_workflow_subtree  # noqa: PLC0415

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
        from . import retry_workflow_step  # noqa: PLC0415

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
        from . import skip_workflow_step  # noqa: PLC0415

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
        from . import get_workflow_run_timeline  # noqa: PLC0415

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
        from . import list_workflow_runs  # noqa: PLC0415

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

        from . import list_workflow_runs  # noqa: PLC0415

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
        from . import bulk_cancel_workflow_runs  # noqa: PLC0415

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
        from . import bulk_replay_workflow_runs  # noqa: PLC0415

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
        from . import get_workflow_run  # noqa: PLC0415

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
        from . import cancel_workflow_run  # noqa: PLC0415

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
        from . import compare_workflow_runs  # noqa: PLC0415

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
        from . import compensate_workflow_run  # noqa: PLC0415

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
        from . import get_compensation_plan  # noqa: PLC0415

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
        from . import get_workflow_run_debug  # noqa: PLC0415

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
        from . import get_workflow_run_explain  # noqa: PLC0415

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

        from . import get_workflow_run_explain  # noqa: PLC0415

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
        from . import get_workflow_run_graph  # noqa: PLC0415

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
        from . import get_workflow_run_labels  # noqa: PLC0415

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
        from . import pause_workflow_run  # noqa: PLC0415

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
        from . import resume_workflow_run  # noqa: PLC0415

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
        from . import retry_workflow_run  # noqa: PLC0415

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
        from . import list_workflow_step_runs  # noqa: PLC0415

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

        from . import list_workflow_step_runs  # noqa: PLC0415

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
        from . import approve_workflow_step  # noqa: PLC0415

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
        from . import force_complete_workflow_step  # noqa: PLC0415

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
        from . import replay_workflow_subtree  # noqa: PLC0415

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
        from . import retry_workflow_step  # noqa: PLC0415

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
        from . import skip_workflow_step  # noqa: PLC0415

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
        from . import get_workflow_run_timeline  # noqa: PLC0415

        return await get_workflow_run_timeline.asyncio(
            workflow_run_id=workflow_run_id,
            client=self._client,
        )
