"""The run context: job code's handle on the run it executes, over the run plane.

Build one per dispatched attempt, from the request's headers or from explicit values:

    ctx = RunContext.from_headers(request.headers)        # base URL from STRAIT_BASE_URL
    ctx.log("parsed 120 rows", data={"rows": 120})
    ctx.checkpoint({"offset": 120})
    ctx.complete({"rows": 120})

`AsyncRunContext` offers the same methods as coroutines. Both check the run token's claims
(issuer, subject, attempt, expiry) when they are built, without verifying its signature: the
SDK does not hold the server's key, and the server checks the signature on every call.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from types import TracebackType
from typing import Any, Self

import httpx

from ._client import AsyncStrait, Strait
from ._config import AuthType, ClientConfig, load_config
from ._constants import STRAIT_API_KEY
from ._dispatch import Dispatch, dispatch_from_headers
from ._errors import ConfigError
from ._finish import afinish_run, finish_run
from ._generated.api.run_plane import (
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
from ._generated.api.runs import get_run
from ._generated.models import (
    JobMemory,
    JobRun,
    ResourceSnapshot,
    RunCheckpoint,
    RunEvent,
    RunOutput,
    RunState,
    RunStatus,
    SpawnedRun,
    StatusOk,
    WaitForEventResponse,
)
from ._retry import RetryPolicy
from ._run_bodies import (
    annotate_body,
    checkpoint_body,
    complete_body,
    continue_body,
    fail_body,
    log_body,
    memory_key,
    output_body,
    progress_body,
    resource_snapshot_body,
    resources_body,
    set_memory_body,
    set_state_body,
    spawn_body,
    state_key,
    stream_chunk_body,
    wait_for_event_body,
)
from ._run_token import decode_run_token, validate_run_token
from ._types import NOT_GIVEN, NotGiven

logger = logging.getLogger("strait_sdk")


def _run_config(
    token: str,
    base_url: str | None,
    config_path: str | os.PathLike[str] | None,
    timeout_ms: int | None,
) -> ClientConfig:
    # The base URL and timeout come from the same places as for any client: arguments, then
    # STRAIT_* variables, then strait.json. The credential is always the run token.
    return load_config(
        path=config_path,
        base_url=base_url,
        api_key=token,
        auth_type=AuthType.RUN_TOKEN,
        timeout_ms=timeout_ms,
    )


def _management_config(config: ClientConfig, api_key: str | None) -> ClientConfig | None:
    # The API key only confirms how the run ended after a lost complete or fail; without one
    # the context works as before. Like every client, it falls back on STRAIT_API_KEY.
    if api_key is not None:
        return _key_config(config, api_key)

    key = os.environ.get(STRAIT_API_KEY, "").strip()
    if not key:
        return None
    try:
        return _key_config(config, key)
    except ConfigError as error:
        # A bad key the caller did not pass must not stop the job; it only loses the check.
        logger.warning("ignoring %s for run contexts: %s", STRAIT_API_KEY, error)
        return None


def _key_config(config: ClientConfig, api_key: str) -> ClientConfig:
    return load_config(
        read_file=False,
        env={},
        base_url=config.base_url,
        api_key=api_key,
        auth_type=AuthType.API_KEY,
        timeout_ms=config.timeout_ms,
    )


def _explicit_dispatch(
    run_id: str, token: str, attempt: int | None, last_checkpoint: Any
) -> Dispatch:
    claims = decode_run_token(token, source="argument token")
    validate_run_token(claims, run_id=run_id, attempt=attempt)
    return Dispatch(
        run_id=run_id,
        attempt=claims.attempt,
        token=token,
        claims=claims,
        last_checkpoint=last_checkpoint,
        has_last_checkpoint=last_checkpoint is not None,
    )


class _RunContextBase:
    """The attempt's facts, shared by the sync and async contexts."""

    _dispatch: Dispatch

    @property
    def run_id(self) -> str:
        return self._dispatch.run_id

    @property
    def attempt(self) -> int:
        """The attempt number, from 1; a run resumed after an event keeps its number."""
        return self._dispatch.attempt

    @property
    def job_id(self) -> str | None:
        return self._dispatch.job_id

    @property
    def last_checkpoint(self) -> Any:
        """The newest checkpoint's state that Strait sent with a retried attempt, else None."""
        return self._dispatch.last_checkpoint

    @property
    def has_last_checkpoint(self) -> bool:
        return self._dispatch.has_last_checkpoint

    @property
    def previous_error(self) -> str | None:
        """Why the previous attempt failed, on a retried attempt."""
        return self._dispatch.previous_error

    @property
    def token_expires_at(self) -> datetime:
        return self._dispatch.claims.expires_at

    def __repr__(self) -> str:
        return f"{type(self).__name__}(run_id={self.run_id!r}, attempt={self.attempt})"


class RunContext(_RunContextBase):
    """Synchronous run context. Every method is one run-plane call with the run token.

    `limits` sets the connection pool as for `Strait`. `api_key` (default: STRAIT_API_KEY) is
    used only to read the run after a complete or fail whose response was lost.
    """

    def __init__(
        self,
        *,
        run_id: str,
        token: str,
        attempt: int | None = None,
        last_checkpoint: Any = None,
        base_url: str | None = None,
        config_path: str | os.PathLike[str] | None = None,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        api_key: str | None = None,
        limits: httpx.Limits | None = None,
        _dispatch: Dispatch | None = None,
    ) -> None:
        self._dispatch = _dispatch or _explicit_dispatch(run_id, token, attempt, last_checkpoint)
        config = _run_config(token, base_url, config_path, timeout_ms)
        self._client = Strait(
            config=config, max_retries=max_retries, retry_policy=retry_policy, limits=limits
        )
        self._management_config = _management_config(config, api_key)
        self._management: Strait | None = None

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str],
        *,
        base_url: str | None = None,
        config_path: str | os.PathLike[str] | None = None,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        api_key: str | None = None,
        limits: httpx.Limits | None = None,
    ) -> Self:
        """Build the context from the headers of Strait's request to the job endpoint."""
        dispatch = dispatch_from_headers(headers)
        return cls(
            run_id=dispatch.run_id,
            token=dispatch.token,
            base_url=base_url,
            config_path=config_path,
            timeout_ms=timeout_ms,
            max_retries=max_retries,
            retry_policy=retry_policy,
            api_key=api_key,
            limits=limits,
            _dispatch=dispatch,
        )

    @property
    def client(self) -> Strait:
        """The run-token client the context sends through."""
        return self._client

    def close(self) -> None:
        self._client.close()
        if self._management is not None:
            self._management.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def get_payload(self) -> Any:
        """Read the payload the run was triggered with (the dispatch body contains it too)."""
        return sdk_get_payload.sync(self.run_id, client=self._client)

    def log(
        self,
        message: str,
        *,
        level: str = "info",
        type: str | NotGiven = NOT_GIVEN,
        data: Any = NOT_GIVEN,
    ) -> RunEvent:
        """Append a log line to the run; `data` is any JSON value kept with it."""
        return sdk_log.sync(
            self.run_id, client=self._client, body=log_body(message, level, type, data)
        )

    def progress(
        self,
        percent: float,
        message: str,
        *,
        step: str | NotGiven = NOT_GIVEN,
        eta_seconds: int | NotGiven = NOT_GIVEN,
    ) -> RunEvent:
        """Report progress as a percentage from 0 to 100 with a short message."""
        body = progress_body(percent, message, step, eta_seconds)
        return sdk_progress.sync(self.run_id, client=self._client, body=body)

    def annotate(self, annotations: Mapping[str, str]) -> JobRun:
        """Merge 1 to 50 string annotations into the run's metadata."""
        return sdk_annotate.sync(self.run_id, client=self._client, body=annotate_body(annotations))

    def heartbeat(self) -> StatusOk:
        """Tell Strait the run is still alive."""
        return sdk_heartbeat.sync(self.run_id, client=self._client)

    def checkpoint(self, state: Any, *, source: str | NotGiven = NOT_GIVEN) -> RunCheckpoint:
        """Save `state` (any JSON value) for a later attempt to resume from."""
        body = checkpoint_body(state, source)
        return sdk_checkpoint.sync(self.run_id, client=self._client, body=body)

    def output(self, key: str, value: Any, *, schema: Any = NOT_GIVEN) -> RunOutput:
        """Store a named output; the same key again replaces it."""
        return sdk_output.sync(
            self.run_id, client=self._client, body=output_body(key, value, schema)
        )

    def complete(self, result: Any = NOT_GIVEN) -> JobRun:
        """Finish the run successfully. `result` may be any JSON value, `{}` and `None` included.

        A lost response is not reported as a failure: see `fail`.
        """
        body = complete_body(result)
        return finish_run(
            lambda: sdk_complete.sync(self.run_id, client=self._client, body=body),
            run_id=self.run_id,
            call="complete",
            requested_status=RunStatus.COMPLETED.value,
            policy=self._client._retry_policy,
            read_run=self._run_reader(),
        )

    def fail(self, error: str) -> JobRun:
        """Finish the run as failed, with no retry.

        After a dropped connection, a timeout or a 5xx, the call is sent again: Strait ends a
        run once, so a repeat cannot change the outcome. When the repeat finds the run
        already ended, the context reads the run with its API key and returns it if the
        status is the one requested; without a key it raises RunOutcomeError.
        """
        body = fail_body(error)
        return finish_run(
            lambda: sdk_fail.sync(self.run_id, client=self._client, body=body),
            run_id=self.run_id,
            call="fail",
            requested_status=RunStatus.FAILED.value,
            policy=self._client._retry_policy,
            read_run=self._run_reader(),
        )

    def _run_reader(self) -> Callable[[], JobRun] | None:
        config = self._management_config
        if config is None:
            return None

        def read() -> JobRun:
            if self._management is None:
                self._management = Strait(config=config, retry_policy=self._client._retry_policy)
            return get_run.sync(self.run_id, client=self._management)

        return read

    def spawn(
        self,
        job_slug: str,
        *,
        project_id: str,
        payload: Any = NOT_GIVEN,
        await_completion: bool | NotGiven = NOT_GIVEN,
        await_timeout_secs: int | NotGiven = NOT_GIVEN,
        target_api_key: str | NotGiven = NOT_GIVEN,
    ) -> SpawnedRun:
        """Start a child run of the job `job_slug` in `project_id`."""
        body = spawn_body(
            job_slug, project_id, payload, await_completion, await_timeout_secs, target_api_key
        )
        return sdk_spawn.sync(self.run_id, client=self._client, body=body)

    def continue_run(self, payload: Any = NOT_GIVEN) -> JobRun:
        """Queue a continuation run; without `payload` it reuses this run's payload."""
        return sdk_continue.sync(self.run_id, client=self._client, body=continue_body(payload))

    def wait_for_event(
        self,
        event_key: str,
        *,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        notify_url: str | NotGiven = NOT_GIVEN,
    ) -> WaitForEventResponse:
        """Suspend the run until `event_key` is sent; return from the handler afterwards."""
        body = wait_for_event_body(event_key, timeout_secs, notify_url)
        return sdk_wait_for_event.sync(self.run_id, client=self._client, body=body)

    def set_state(self, key: str, value: Any) -> RunState:
        """Set one key of the run's state to a JSON value of at most 64 KiB."""
        return sdk_set_state.sync(self.run_id, client=self._client, body=set_state_body(key, value))

    def get_state(self, key: str) -> RunState:
        return sdk_get_state.sync(self.run_id, state_key(key), client=self._client)

    def list_state(self) -> list[RunState]:
        return sdk_list_state.sync(self.run_id, client=self._client)

    def delete_state(self, key: str) -> None:
        sdk_delete_state.sync(self.run_id, state_key(key), client=self._client)

    def stream_chunk(
        self,
        chunk: str,
        *,
        stream_id: str | NotGiven = NOT_GIVEN,
        done: bool | NotGiven = NOT_GIVEN,
    ) -> StatusOk:
        """Publish a chunk of live output; chunks are not stored."""
        body = stream_chunk_body(chunk, stream_id, done)
        return sdk_stream_chunk.sync(self.run_id, client=self._client, body=body)

    def resources(
        self,
        *,
        memory_mb: float | NotGiven = NOT_GIVEN,
        memory_percent: float | NotGiven = NOT_GIVEN,
        cpu_percent: float | NotGiven = NOT_GIVEN,
    ) -> StatusOk:
        """Report a sample of CPU and memory use."""
        body = resources_body(memory_mb, memory_percent, cpu_percent)
        return sdk_resources.sync(self.run_id, client=self._client, body=body)

    def resource_snapshot(
        self,
        *,
        cpu_percent: float | NotGiven = NOT_GIVEN,
        memory_mb: float | NotGiven = NOT_GIVEN,
        memory_limit_mb: float | NotGiven = NOT_GIVEN,
        network_rx_bytes: int | NotGiven = NOT_GIVEN,
        network_tx_bytes: int | NotGiven = NOT_GIVEN,
    ) -> ResourceSnapshot:
        """Store a snapshot of resource use, network counters included."""
        body = resource_snapshot_body(
            cpu_percent, memory_mb, memory_limit_mb, network_rx_bytes, network_tx_bytes
        )
        return sdk_resource_snapshot.sync(self.run_id, client=self._client, body=body)

    def set_memory(
        self, key: str, value: Any, *, ttl_secs: int | NotGiven = NOT_GIVEN
    ) -> JobMemory:
        """Set one memory entry of the job, shared by all of its runs."""
        body = set_memory_body(value, ttl_secs)
        return sdk_set_memory.sync(self.run_id, memory_key(key), client=self._client, body=body)

    def get_memory(self, key: str) -> JobMemory:
        return sdk_get_memory.sync(self.run_id, memory_key(key), client=self._client)

    def list_memory(self) -> list[JobMemory]:
        return sdk_list_memory.sync(self.run_id, client=self._client)

    def delete_memory(self, key: str) -> None:
        sdk_delete_memory.sync(self.run_id, memory_key(key), client=self._client)


class AsyncRunContext(_RunContextBase):
    """Asynchronous run context, with the methods of `RunContext` as coroutines."""

    def __init__(
        self,
        *,
        run_id: str,
        token: str,
        attempt: int | None = None,
        last_checkpoint: Any = None,
        base_url: str | None = None,
        config_path: str | os.PathLike[str] | None = None,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        api_key: str | None = None,
        limits: httpx.Limits | None = None,
        _dispatch: Dispatch | None = None,
    ) -> None:
        self._dispatch = _dispatch or _explicit_dispatch(run_id, token, attempt, last_checkpoint)
        config = _run_config(token, base_url, config_path, timeout_ms)
        self._client = AsyncStrait(
            config=config, max_retries=max_retries, retry_policy=retry_policy, limits=limits
        )
        self._management_config = _management_config(config, api_key)
        self._management: AsyncStrait | None = None

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str],
        *,
        base_url: str | None = None,
        config_path: str | os.PathLike[str] | None = None,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        api_key: str | None = None,
        limits: httpx.Limits | None = None,
    ) -> Self:
        """Build the context from the headers of Strait's request to the job endpoint."""
        dispatch = dispatch_from_headers(headers)
        return cls(
            run_id=dispatch.run_id,
            token=dispatch.token,
            base_url=base_url,
            config_path=config_path,
            timeout_ms=timeout_ms,
            max_retries=max_retries,
            retry_policy=retry_policy,
            api_key=api_key,
            limits=limits,
            _dispatch=dispatch,
        )

    @property
    def client(self) -> AsyncStrait:
        """The run-token client the context sends through."""
        return self._client

    async def close(self) -> None:
        await self._client.close()
        if self._management is not None:
            await self._management.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def get_payload(self) -> Any:
        return await sdk_get_payload.asyncio(self.run_id, client=self._client)

    async def log(
        self,
        message: str,
        *,
        level: str = "info",
        type: str | NotGiven = NOT_GIVEN,
        data: Any = NOT_GIVEN,
    ) -> RunEvent:
        body = log_body(message, level, type, data)
        return await sdk_log.asyncio(self.run_id, client=self._client, body=body)

    async def progress(
        self,
        percent: float,
        message: str,
        *,
        step: str | NotGiven = NOT_GIVEN,
        eta_seconds: int | NotGiven = NOT_GIVEN,
    ) -> RunEvent:
        body = progress_body(percent, message, step, eta_seconds)
        return await sdk_progress.asyncio(self.run_id, client=self._client, body=body)

    async def annotate(self, annotations: Mapping[str, str]) -> JobRun:
        body = annotate_body(annotations)
        return await sdk_annotate.asyncio(self.run_id, client=self._client, body=body)

    async def heartbeat(self) -> StatusOk:
        return await sdk_heartbeat.asyncio(self.run_id, client=self._client)

    async def checkpoint(self, state: Any, *, source: str | NotGiven = NOT_GIVEN) -> RunCheckpoint:
        body = checkpoint_body(state, source)
        return await sdk_checkpoint.asyncio(self.run_id, client=self._client, body=body)

    async def output(self, key: str, value: Any, *, schema: Any = NOT_GIVEN) -> RunOutput:
        body = output_body(key, value, schema)
        return await sdk_output.asyncio(self.run_id, client=self._client, body=body)

    async def complete(self, result: Any = NOT_GIVEN) -> JobRun:
        body = complete_body(result)
        return await afinish_run(
            lambda: sdk_complete.asyncio(self.run_id, client=self._client, body=body),
            run_id=self.run_id,
            call="complete",
            requested_status=RunStatus.COMPLETED.value,
            policy=self._client._retry_policy,
            read_run=self._run_reader(),
        )

    async def fail(self, error: str) -> JobRun:
        body = fail_body(error)
        return await afinish_run(
            lambda: sdk_fail.asyncio(self.run_id, client=self._client, body=body),
            run_id=self.run_id,
            call="fail",
            requested_status=RunStatus.FAILED.value,
            policy=self._client._retry_policy,
            read_run=self._run_reader(),
        )

    def _run_reader(self) -> Callable[[], Awaitable[JobRun]] | None:
        config = self._management_config
        if config is None:
            return None

        async def read() -> JobRun:
            if self._management is None:
                self._management = AsyncStrait(
                    config=config, retry_policy=self._client._retry_policy
                )
            return await get_run.asyncio(self.run_id, client=self._management)

        return read

    async def spawn(
        self,
        job_slug: str,
        *,
        project_id: str,
        payload: Any = NOT_GIVEN,
        await_completion: bool | NotGiven = NOT_GIVEN,
        await_timeout_secs: int | NotGiven = NOT_GIVEN,
        target_api_key: str | NotGiven = NOT_GIVEN,
    ) -> SpawnedRun:
        body = spawn_body(
            job_slug, project_id, payload, await_completion, await_timeout_secs, target_api_key
        )
        return await sdk_spawn.asyncio(self.run_id, client=self._client, body=body)

    async def continue_run(self, payload: Any = NOT_GIVEN) -> JobRun:
        return await sdk_continue.asyncio(
            self.run_id, client=self._client, body=continue_body(payload)
        )

    async def wait_for_event(
        self,
        event_key: str,
        *,
        timeout_secs: int | NotGiven = NOT_GIVEN,
        notify_url: str | NotGiven = NOT_GIVEN,
    ) -> WaitForEventResponse:
        body = wait_for_event_body(event_key, timeout_secs, notify_url)
        return await sdk_wait_for_event.asyncio(self.run_id, client=self._client, body=body)

    async def set_state(self, key: str, value: Any) -> RunState:
        body = set_state_body(key, value)
        return await sdk_set_state.asyncio(self.run_id, client=self._client, body=body)

    async def get_state(self, key: str) -> RunState:
        return await sdk_get_state.asyncio(self.run_id, state_key(key), client=self._client)

    async def list_state(self) -> list[RunState]:
        return await sdk_list_state.asyncio(self.run_id, client=self._client)

    async def delete_state(self, key: str) -> None:
        await sdk_delete_state.asyncio(self.run_id, state_key(key), client=self._client)

    async def stream_chunk(
        self,
        chunk: str,
        *,
        stream_id: str | NotGiven = NOT_GIVEN,
        done: bool | NotGiven = NOT_GIVEN,
    ) -> StatusOk:
        body = stream_chunk_body(chunk, stream_id, done)
        return await sdk_stream_chunk.asyncio(self.run_id, client=self._client, body=body)

    async def resources(
        self,
        *,
        memory_mb: float | NotGiven = NOT_GIVEN,
        memory_percent: float | NotGiven = NOT_GIVEN,
        cpu_percent: float | NotGiven = NOT_GIVEN,
    ) -> StatusOk:
        body = resources_body(memory_mb, memory_percent, cpu_percent)
        return await sdk_resources.asyncio(self.run_id, client=self._client, body=body)

    async def resource_snapshot(
        self,
        *,
        cpu_percent: float | NotGiven = NOT_GIVEN,
        memory_mb: float | NotGiven = NOT_GIVEN,
        memory_limit_mb: float | NotGiven = NOT_GIVEN,
        network_rx_bytes: int | NotGiven = NOT_GIVEN,
        network_tx_bytes: int | NotGiven = NOT_GIVEN,
    ) -> ResourceSnapshot:
        body = resource_snapshot_body(
            cpu_percent, memory_mb, memory_limit_mb, network_rx_bytes, network_tx_bytes
        )
        return await sdk_resource_snapshot.asyncio(self.run_id, client=self._client, body=body)

    async def set_memory(
        self, key: str, value: Any, *, ttl_secs: int | NotGiven = NOT_GIVEN
    ) -> JobMemory:
        body = set_memory_body(value, ttl_secs)
        return await sdk_set_memory.asyncio(
            self.run_id, memory_key(key), client=self._client, body=body
        )

    async def get_memory(self, key: str) -> JobMemory:
        return await sdk_get_memory.asyncio(self.run_id, memory_key(key), client=self._client)

    async def list_memory(self) -> list[JobMemory]:
        return await sdk_list_memory.asyncio(self.run_id, client=self._client)

    async def delete_memory(self, key: str) -> None:
        await sdk_delete_memory.asyncio(self.run_id, memory_key(key), client=self._client)
