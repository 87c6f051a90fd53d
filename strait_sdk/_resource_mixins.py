"""Hand-written methods of the generated resource clients: waiting for runs and streams.

The resource classes in `_generated/api` inherit from these mixins, so `client.runs.wait(...)`
sits next to the generated `client.runs.get(...)`. The generated operation modules are imported
inside the methods because the generated package imports this module while it loads. The
stream readers and the run waiters are imported there too, because they load asyncio and models
that most programs never need.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Final

from ._errors import StraitError

# The defaults of _waiting.py and _streams.py, repeated so that those modules (which load
# asyncio and the run models) are imported only when a wait or a stream starts. A test in
# tests/unit/test_perf_client.py fails when the copies disagree.
DEFAULT_WAIT_TIMEOUT_S: Final = 300.0
INITIAL_POLL_INTERVAL_S: Final = 0.25
MAX_POLL_INTERVAL_S: Final = 5.0
DEFAULT_MAX_RECONNECTS: Final = 5
DEFAULT_RECONNECT_DELAY_S: Final = 1.0

if TYPE_CHECKING:
    from ._generated.client import AsyncHTTPClientProvider, HTTPClientProvider
    from ._generated.models import (
        BatchFlushedTrigger,
        BufferedTrigger,
        DebouncedTrigger,
        DryRunResult,
        IdempotentTriggerHit,
        JobRun,
        ProjectActivityFrame,
        RunChunkFrame,
        RunLogFrame,
        TriggeredRun,
        TriggerRequest,
    )
    from ._stream_frames import EventTriggerFrame, RunStreamFrame


class NoRunToWaitForError(StraitError):
    """A trigger that created no run to wait for: debounced, buffered into a batch, or a dry run."""


def _run_id_of(
    result: TriggeredRun
    | IdempotentTriggerHit
    | BatchFlushedTrigger
    | DebouncedTrigger
    | BufferedTrigger
    | DryRunResult,
) -> str:
    run_id = getattr(result, "id", None)
    if isinstance(run_id, str):
        return run_id
    raise NoRunToWaitForError(
        f"the trigger answered {type(result).__name__}, which names no run to wait for: the job "
        "debounces or batches its triggers, or dry_run was set. Wait for the run it starts later "
        "with runs.wait(run_id) once you know its id."
    )


class RunsMixin:
    _client: HTTPClientProvider

    def wait(
        self,
        run_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT_S,
        poll_interval: float = INITIAL_POLL_INTERVAL_S,
        max_poll_interval: float = MAX_POLL_INTERVAL_S,
    ) -> JobRun:
        """Poll the run until it reaches a terminal status and return it.

        Raises RunWaitTimeoutError (also a TimeoutError) after `timeout` seconds; the run itself
        keeps going. Polls start `poll_interval` apart and back off to `max_poll_interval`.
        """
        from ._generated.api.runs import get_run
        from ._waiting import wait_for_run

        return wait_for_run(
            lambda identifier: get_run.sync(identifier, client=self._client),
            run_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        )

    def stream(
        self,
        run_id: str,
        *,
        until_finished: bool = True,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> Iterator[RunStreamFrame]:
        """Follow the run's status changes and events as they happen.

        With `until_finished` the iterator ends after the status change into a terminal status
        (or at a 410 after reconnecting, when the run finished while the connection was down).
        A dropped connection is reopened up to `max_reconnects` times in a row; frames sent in
        between are lost, because the server keeps no history of them.
        """
        from ._stream_frames import run_stream
        from ._streams import follow

        return follow(
            self._client.get_httpx_client(),
            run_stream(run_id, until_finished=until_finished),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )

    def stream_chunks(
        self,
        run_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> Iterator[RunChunkFrame]:
        """Follow the chunks of live output the run publishes; chunks are not stored."""
        from ._stream_frames import chunk_stream
        from ._streams import follow

        return follow(
            self._client.get_httpx_client(),
            chunk_stream(run_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )

    def stream_logs(
        self,
        run_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> Iterator[RunLogFrame]:
        """Follow the log lines of a worker-mode run."""
        from ._stream_frames import log_stream
        from ._streams import follow

        return follow(
            self._client.get_httpx_client(),
            log_stream(run_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )


class AsyncRunsMixin:
    _client: AsyncHTTPClientProvider

    async def wait(
        self,
        run_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT_S,
        poll_interval: float = INITIAL_POLL_INTERVAL_S,
        max_poll_interval: float = MAX_POLL_INTERVAL_S,
    ) -> JobRun:
        """Poll the run until it reaches a terminal status and return it (see Runs.wait)."""
        from ._generated.api.runs import get_run

        async def get(identifier: str) -> JobRun:
            return await get_run.asyncio(identifier, client=self._client)

        from ._waiting import await_run

        return await await_run(
            get,
            run_id,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        )

    def stream(
        self,
        run_id: str,
        *,
        until_finished: bool = True,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> AsyncIterator[RunStreamFrame]:
        """Follow the run's status changes and events with `async for` (see Runs.stream)."""
        from ._stream_frames import run_stream
        from ._streams import afollow

        return afollow(
            self._client.get_async_httpx_client(),
            run_stream(run_id, until_finished=until_finished),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )

    def stream_chunks(
        self,
        run_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> AsyncIterator[RunChunkFrame]:
        """Follow the chunks of live output the run publishes, with `async for`."""
        from ._stream_frames import chunk_stream
        from ._streams import afollow

        return afollow(
            self._client.get_async_httpx_client(),
            chunk_stream(run_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )

    def stream_logs(
        self,
        run_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> AsyncIterator[RunLogFrame]:
        """Follow the log lines of a worker-mode run, with `async for`."""
        from ._stream_frames import log_stream
        from ._streams import afollow

        return afollow(
            self._client.get_async_httpx_client(),
            log_stream(run_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )


class JobsMixin:
    _client: HTTPClientProvider

    def trigger_and_wait(
        self,
        job_id: str,
        *,
        body: TriggerRequest | None = None,
        idempotency_key: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT_S,
        poll_interval: float = INITIAL_POLL_INTERVAL_S,
    ) -> JobRun:
        """Trigger a run of the job, wait until it finishes and return the finished run.

        Raises NoRunToWaitForError when the trigger starts no run (debounced, batched or a dry
        run), and RunWaitTimeoutError when the run is not done within `timeout` seconds.
        """
        from ._generated.api.jobs import trigger_job
        from ._generated.api.runs import get_run
        from ._generated.models import TriggerRequest
        from ._generated.types import UNSET

        result = trigger_job.sync(
            job_id,
            client=self._client,
            body=body if body is not None else TriggerRequest(),
            idempotency_key=UNSET if idempotency_key is None else idempotency_key,
        )
        from ._waiting import wait_for_run

        return wait_for_run(
            lambda identifier: get_run.sync(identifier, client=self._client),
            _run_id_of(result),
            timeout=timeout,
            poll_interval=poll_interval,
        )


class AsyncJobsMixin:
    _client: AsyncHTTPClientProvider

    async def trigger_and_wait(
        self,
        job_id: str,
        *,
        body: TriggerRequest | None = None,
        idempotency_key: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT_S,
        poll_interval: float = INITIAL_POLL_INTERVAL_S,
    ) -> JobRun:
        """Trigger a run of the job, wait until it finishes and return it.

        See Jobs.trigger_and_wait for the arguments and errors.
        """
        from ._generated.api.jobs import trigger_job
        from ._generated.api.runs import get_run
        from ._generated.models import TriggerRequest
        from ._generated.types import UNSET

        result = await trigger_job.asyncio(
            job_id,
            client=self._client,
            body=body if body is not None else TriggerRequest(),
            idempotency_key=UNSET if idempotency_key is None else idempotency_key,
        )

        async def get(identifier: str) -> JobRun:
            return await get_run.asyncio(identifier, client=self._client)

        from ._waiting import await_run

        return await await_run(
            get, _run_id_of(result), timeout=timeout, poll_interval=poll_interval
        )


class EventTriggersMixin:
    _client: HTTPClientProvider

    def stream(
        self,
        event_key: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> Iterator[EventTriggerFrame]:
        """Follow the trigger's status until it leaves `waiting` (received, timed out, canceled).

        Each connection starts with the whole trigger (an EventTrigger); later frames are
        EventTriggerStatusChange. After a reconnect the current state arrives again.
        """
        from ._stream_frames import event_trigger_stream
        from ._streams import follow

        return follow(
            self._client.get_httpx_client(),
            event_trigger_stream(event_key),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )


class AsyncEventTriggersMixin:
    _client: AsyncHTTPClientProvider

    def stream(
        self,
        event_key: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> AsyncIterator[EventTriggerFrame]:
        """Follow the trigger's status with `async for` (see EventTriggers.stream)."""
        from ._stream_frames import event_trigger_stream
        from ._streams import afollow

        return afollow(
            self._client.get_async_httpx_client(),
            event_trigger_stream(event_key),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )


class ProjectsMixin:
    _client: HTTPClientProvider

    def stream_activity(
        self,
        project_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> Iterator[ProjectActivityFrame]:
        """Follow the changes to the project's runs, workflow runs and event triggers."""
        from ._stream_frames import project_activity_stream
        from ._streams import follow

        return follow(
            self._client.get_httpx_client(),
            project_activity_stream(project_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )


class AsyncProjectsMixin:
    _client: AsyncHTTPClientProvider

    def stream_activity(
        self,
        project_id: str,
        *,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
    ) -> AsyncIterator[ProjectActivityFrame]:
        """Follow the changes to the project's runs, workflow runs and event triggers."""
        from ._stream_frames import project_activity_stream
        from ._streams import afollow

        return afollow(
            self._client.get_async_httpx_client(),
            project_activity_stream(project_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
        )
