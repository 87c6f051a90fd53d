"""Resource clients for the operations tagged runs: `client.runs` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...._resource_mixins import AsyncRunsMixin, RunsMixin
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.bulk_cancel_all_request import BulkCancelAllRequest
    from ...models.bulk_cancel_all_result import BulkCancelAllResult
    from ...models.bulk_cancel_request import BulkCancelRequest
    from ...models.bulk_cancel_response import BulkCancelResponse
    from ...models.bulk_replay_dead_letter_runs_request import (
        BulkReplayDeadLetterRunsRequest,
    )
    from ...models.bulk_replay_dead_letter_runs_result import (
        BulkReplayDeadLetterRunsResult,
    )
    from ...models.bulk_replay_runs_request import BulkReplayRunsRequest
    from ...models.bulk_replay_runs_result import BulkReplayRunsResult
    from ...models.debug_bundle import DebugBundle
    from ...models.idempotency_key_reset import IdempotencyKeyReset
    from ...models.job_run import JobRun
    from ...models.reschedule_run_request import RescheduleRunRequest
    from ...models.resource_snapshot import ResourceSnapshot
    from ...models.run_checkpoint import RunCheckpoint
    from ...models.run_checkpoint_list import RunCheckpointList
    from ...models.run_dependency_status import RunDependencyStatus
    from ...models.run_event import RunEvent
    from ...models.run_event_list import RunEventList
    from ...models.run_list import RunList
    from ...models.run_output import RunOutput
    from ...models.run_output_list import RunOutputList
    from ...models.run_state import RunState
    from ...models.run_status import RunStatus
    from ...models.set_debug_mode_request import SetDebugModeRequest
    from ...models.status_ok import StatusOk


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
        from . import list_runs  # noqa: PLC0415

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

        from . import list_runs  # noqa: PLC0415

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
        from . import bulk_cancel_runs  # noqa: PLC0415

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
        from . import bulk_cancel_all_runs  # noqa: PLC0415

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
        from . import bulk_replay_dead_letter_runs  # noqa: PLC0415

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
        from . import bulk_replay_runs  # noqa: PLC0415

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
        from . import list_dead_letter_runs  # noqa: PLC0415

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

        from . import list_dead_letter_runs  # noqa: PLC0415

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
        from . import get_run  # noqa: PLC0415

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
        from . import cancel_run  # noqa: PLC0415

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
        from . import list_run_checkpoints  # noqa: PLC0415

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

        from . import list_run_checkpoints  # noqa: PLC0415

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
        from . import list_child_runs  # noqa: PLC0415

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
        from . import set_debug_mode  # noqa: PLC0415

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
        from . import get_debug_bundle  # noqa: PLC0415

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
        from . import get_run_dependency_status  # noqa: PLC0415

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
        from . import replay_dead_letter_run  # noqa: PLC0415

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
        from . import list_run_events  # noqa: PLC0415

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

        from . import list_run_events  # noqa: PLC0415

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
        from . import reset_idempotency_key  # noqa: PLC0415

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
        from . import list_run_lineage  # noqa: PLC0415

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
        from . import list_run_outputs  # noqa: PLC0415

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

        from . import list_run_outputs  # noqa: PLC0415

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
        from . import pause_run  # noqa: PLC0415

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
        from . import replay_run  # noqa: PLC0415

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
        from . import reschedule_run  # noqa: PLC0415

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
        from . import list_run_resources  # noqa: PLC0415

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
        from . import restart_run  # noqa: PLC0415

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
        from . import resume_run  # noqa: PLC0415

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
        from . import list_run_state  # noqa: PLC0415

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
        from . import list_runs  # noqa: PLC0415

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

        from . import list_runs  # noqa: PLC0415

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
        from . import bulk_cancel_runs  # noqa: PLC0415

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
        from . import bulk_cancel_all_runs  # noqa: PLC0415

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
        from . import bulk_replay_dead_letter_runs  # noqa: PLC0415

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
        from . import bulk_replay_runs  # noqa: PLC0415

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
        from . import list_dead_letter_runs  # noqa: PLC0415

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

        from . import list_dead_letter_runs  # noqa: PLC0415

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
        from . import get_run  # noqa: PLC0415

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
        from . import cancel_run  # noqa: PLC0415

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
        from . import list_run_checkpoints  # noqa: PLC0415

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

        from . import list_run_checkpoints  # noqa: PLC0415

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
        from . import list_child_runs  # noqa: PLC0415

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
        from . import set_debug_mode  # noqa: PLC0415

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
        from . import get_debug_bundle  # noqa: PLC0415

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
        from . import get_run_dependency_status  # noqa: PLC0415

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
        from . import replay_dead_letter_run  # noqa: PLC0415

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
        from . import list_run_events  # noqa: PLC0415

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

        from . import list_run_events  # noqa: PLC0415

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
        from . import reset_idempotency_key  # noqa: PLC0415

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
        from . import list_run_lineage  # noqa: PLC0415

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
        from . import list_run_outputs  # noqa: PLC0415

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

        from . import list_run_outputs  # noqa: PLC0415

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
        from . import pause_run  # noqa: PLC0415

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
        from . import replay_run  # noqa: PLC0415

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
        from . import reschedule_run  # noqa: PLC0415

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
        from . import list_run_resources  # noqa: PLC0415

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
        from . import restart_run  # noqa: PLC0415

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
        from . import resume_run  # noqa: PLC0415

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
        from . import list_run_state  # noqa: PLC0415

        return await list_run_state.asyncio(
            run_id=run_id,
            client=self._client,
        )
