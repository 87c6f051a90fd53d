"""Resource clients for the operations tagged run_plane: `client.run_plane` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.annotate_request import AnnotateRequest
    from ...models.checkpoint_request import CheckpointRequest
    from ...models.complete_request import CompleteRequest
    from ...models.continue_request import ContinueRequest
    from ...models.fail_request import FailRequest
    from ...models.job_memory import JobMemory
    from ...models.job_run import JobRun
    from ...models.log_request import LogRequest
    from ...models.output_request import OutputRequest
    from ...models.progress_request import ProgressRequest
    from ...models.resource_snapshot import ResourceSnapshot
    from ...models.resource_snapshot_request import ResourceSnapshotRequest
    from ...models.resources_request import ResourcesRequest
    from ...models.run_checkpoint import RunCheckpoint
    from ...models.run_event import RunEvent
    from ...models.run_output import RunOutput
    from ...models.run_state import RunState
    from ...models.set_memory_request import SetMemoryRequest
    from ...models.set_state_request import SetStateRequest
    from ...models.spawn_request import SpawnRequest
    from ...models.spawned_run import SpawnedRun
    from ...models.status_ok import StatusOk
    from ...models.stream_chunk_request import StreamChunkRequest
    from ...models.wait_for_event_request import WaitForEventRequest
    from ...models.wait_for_event_response import WaitForEventResponse


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
        from . import sdk_annotate  # noqa: PLC0415

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
        from . import sdk_checkpoint  # noqa: PLC0415

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
        from . import sdk_complete  # noqa: PLC0415

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
        from . import sdk_continue  # noqa: PLC0415

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
        from . import sdk_fail  # noqa: PLC0415

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
        from . import sdk_heartbeat  # noqa: PLC0415

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
        from . import sdk_log  # noqa: PLC0415

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
        from . import sdk_list_memory  # noqa: PLC0415

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
        from . import sdk_get_memory  # noqa: PLC0415

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
        from . import sdk_set_memory  # noqa: PLC0415

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
        from . import sdk_delete_memory  # noqa: PLC0415

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
        from . import sdk_output  # noqa: PLC0415

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
        from . import sdk_get_payload  # noqa: PLC0415

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
        from . import sdk_progress  # noqa: PLC0415

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
        from . import sdk_resource_snapshot  # noqa: PLC0415

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
        from . import sdk_resources  # noqa: PLC0415

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
        from . import sdk_spawn  # noqa: PLC0415

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
        from . import sdk_list_state  # noqa: PLC0415

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
        from . import sdk_set_state  # noqa: PLC0415

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
        from . import sdk_get_state  # noqa: PLC0415

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
        from . import sdk_delete_state  # noqa: PLC0415

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
        from . import sdk_stream_chunk  # noqa: PLC0415

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
        from . import sdk_wait_for_event  # noqa: PLC0415

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
        from . import sdk_annotate  # noqa: PLC0415

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
        from . import sdk_checkpoint  # noqa: PLC0415

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
        from . import sdk_complete  # noqa: PLC0415

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
        from . import sdk_continue  # noqa: PLC0415

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
        from . import sdk_fail  # noqa: PLC0415

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
        from . import sdk_heartbeat  # noqa: PLC0415

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
        from . import sdk_log  # noqa: PLC0415

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
        from . import sdk_list_memory  # noqa: PLC0415

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
        from . import sdk_get_memory  # noqa: PLC0415

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
        from . import sdk_set_memory  # noqa: PLC0415

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
        from . import sdk_delete_memory  # noqa: PLC0415

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
        from . import sdk_output  # noqa: PLC0415

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
        from . import sdk_get_payload  # noqa: PLC0415

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
        from . import sdk_progress  # noqa: PLC0415

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
        from . import sdk_resource_snapshot  # noqa: PLC0415

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
        from . import sdk_resources  # noqa: PLC0415

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
        from . import sdk_spawn  # noqa: PLC0415

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
        from . import sdk_list_state  # noqa: PLC0415

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
        from . import sdk_set_state  # noqa: PLC0415

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
        from . import sdk_get_state  # noqa: PLC0415

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
        from . import sdk_delete_state  # noqa: PLC0415

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
        from . import sdk_stream_chunk  # noqa: PLC0415

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
        from . import sdk_wait_for_event  # noqa: PLC0415

        return await sdk_wait_for_event.asyncio(
            run_id=run_id,
            client=self._client,
            body=body,
        )
