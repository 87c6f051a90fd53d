"""Resource clients: one class per tag of the API document, each method one operation.

`strait_sdk.Strait` and `strait_sdk.AsyncStrait` expose them as attributes, such as
`client.jobs.trigger(...)`. Each method calls the generated operation module of the same
name, so its arguments, return type and errors are those of that module.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ..._pagination import apaginate, paginate
from ..._resource_mixins import (
    AsyncJobsMixin,
    AsyncRunsMixin,
    JobsMixin,
    RunsMixin,
)
from ..client import AsyncHTTPClientProvider, HTTPClientProvider
from ..models.admin_outbox_row import AdminOutboxRow
from ..models.admin_outbox_row_list import AdminOutboxRowList
from ..models.annotate_request import AnnotateRequest
from ..models.batch_flushed_trigger import BatchFlushedTrigger
from ..models.buffered_trigger import BufferedTrigger
from ..models.checkpoint_request import CheckpointRequest
from ..models.complete_request import CompleteRequest
from ..models.continue_request import ContinueRequest
from ..models.create_job_request import CreateJobRequest
from ..models.create_secret_request import CreateSecretRequest
from ..models.dead_letter_run_ack import DeadLetterRunAck
from ..models.debounced_trigger import DebouncedTrigger
from ..models.dry_run_result import DryRunResult
from ..models.event_trigger import EventTrigger
from ..models.fail_request import FailRequest
from ..models.health_status import HealthStatus
from ..models.idempotent_trigger_hit import IdempotentTriggerHit
from ..models.job import Job
from ..models.job_list import JobList
from ..models.job_memory import JobMemory
from ..models.job_run import JobRun
from ..models.job_secret import JobSecret
from ..models.job_secret_list import JobSecretList
from ..models.log_request import LogRequest
from ..models.outbox_purge_result import OutboxPurgeResult
from ..models.outbox_retry_result import OutboxRetryResult
from ..models.output_request import OutputRequest
from ..models.progress_request import ProgressRequest
from ..models.resource_snapshot import ResourceSnapshot
from ..models.resource_snapshot_request import ResourceSnapshotRequest
from ..models.resources_request import ResourcesRequest
from ..models.run_checkpoint import RunCheckpoint
from ..models.run_checkpoint_list import RunCheckpointList
from ..models.run_event import RunEvent
from ..models.run_event_list import RunEventList
from ..models.run_list import RunList
from ..models.run_output import RunOutput
from ..models.run_output_list import RunOutputList
from ..models.run_state import RunState
from ..models.run_status import RunStatus
from ..models.send_event_request import SendEventRequest
from ..models.set_memory_request import SetMemoryRequest
from ..models.set_state_request import SetStateRequest
from ..models.spawn_request import SpawnRequest
from ..models.spawned_run import SpawnedRun
from ..models.status_ok import StatusOk
from ..models.stream_chunk_request import StreamChunkRequest
from ..models.trigger_request import TriggerRequest
from ..models.triggered_run import TriggeredRun
from ..models.update_job_request import UpdateJobRequest
from ..models.wait_for_event_request import WaitForEventRequest
from ..models.wait_for_event_response import WaitForEventResponse
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
from .event_triggers import get_event_trigger, send_event
from .health import health_check
from .jobs import create_job, delete_job, get_job, list_jobs, trigger_job, update_job
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
    cancel_run,
    get_run,
    list_run_checkpoints,
    list_run_events,
    list_run_outputs,
    list_runs,
)
from .secrets import create_secret, delete_secret, get_secret, list_secrets


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
        """List the project's quarantined outbox rows, newest first.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        return admin_list_outbox.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

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
        """List the project's quarantined outbox rows, newest first.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        return await admin_list_outbox.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

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


class EventTriggers:
    """Operations tagged event_triggers in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

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


class AsyncEventTriggers:
    """Operations tagged event_triggers in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

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


class Resources:
    """The resource clients of a synchronous client."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self.admin_dlq = AdminDlq(client)
        self.admin_outbox = AdminOutbox(client)
        self.event_triggers = EventTriggers(client)
        self.health = Health(client)
        self.jobs = Jobs(client)
        self.run_plane = RunPlane(client)
        self.runs = Runs(client)
        self.secrets = Secrets(client)


class AsyncResources:
    """The resource clients of an asynchronous client."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self.admin_dlq = AsyncAdminDlq(client)
        self.admin_outbox = AsyncAdminOutbox(client)
        self.event_triggers = AsyncEventTriggers(client)
        self.health = AsyncHealth(client)
        self.jobs = AsyncJobs(client)
        self.run_plane = AsyncRunPlane(client)
        self.runs = AsyncRuns(client)
        self.secrets = AsyncSecrets(client)
