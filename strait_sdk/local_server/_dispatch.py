"""Dispatching run attempts to job endpoints over HTTP, with retries.

Each attempt runs on its own thread: the run is ``executing`` while the endpoint call is
in flight. A 2xx reply completes the run with the reply body as its result. A non-2xx
reply, a connection error or a timeout fails the attempt, and the run is retried after
``retry_delay_secs`` times the failed attempt number until the job's max_attempts.
"""

from __future__ import annotations

import functools
import logging
import ssl
import threading
import time

import httpx
from attrs import frozen

from ._context import ServerContext
from ._endpoint_request import EndpointRequest, build_endpoint_request
from ._lifecycle import (
    change_status,
    complete_run,
    fail_run,
    record_event,
    schedule_dispatch,
)
from ._timestamps import now_ns, seconds_to_ns
from ._wire import JsonValue, loads_finite

logger = logging.getLogger("strait_sdk.local_server")

# Strait reads about 1 MiB of the endpoint's reply into the run result.
MAX_REPLY_BYTES = 1_048_576
_ERROR_EXCERPT_CHARS = 200


@frozen
class _Outcome:
    succeeded: bool
    result: JsonValue = None
    error: str = ""
    error_class: str = ""
    timed_out: bool = False


class Dispatcher:
    """Starts one thread per run attempt and applies each endpoint reply to the run."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx
        # trust_env=False: job endpoints are called directly, never through a proxy
        # taken from the environment.
        self._client = httpx.Client(
            trust_env=False, follow_redirects=False, verify=_shared_tls_context()
        )
        self._threads: set[threading.Thread] = set()
        self._threads_lock = threading.Lock()
        self._stopping = threading.Event()

    def launch(self, run_id: str) -> None:
        if self._stopping.is_set():
            return
        thread = threading.Thread(
            target=self._run_attempt,
            args=(run_id,),
            name=f"strait-local-dispatch-{run_id}",
            daemon=True,
        )
        with self._threads_lock:
            self._threads.add(thread)
        thread.start()

    def stop(self, timeout_secs: float = 5.0) -> None:
        """Stop new attempts, wait up to ``timeout_secs`` for calls in flight, close the client.

        A call still in flight after the wait is abandoned: its daemon thread ends when
        the endpoint replies or times out, and the reply is ignored.
        """
        self._stopping.set()
        deadline = time.monotonic() + timeout_secs
        with self._threads_lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._client.close()

    def _run_attempt(self, run_id: str) -> None:
        try:
            request = self._begin_attempt(run_id)
            if request is not None:
                outcome = self._call_endpoint(request)
                self._finish_attempt(request, outcome)
        except Exception:
            logger.exception("dispatch of run %s failed unexpectedly", run_id)
        finally:
            with self._threads_lock:
                self._threads.discard(threading.current_thread())

    def _begin_attempt(self, run_id: str) -> EndpointRequest | None:
        """Move a queued or delayed run to executing and build its endpoint request."""
        ctx = self._ctx
        with ctx.store.lock:
            run = ctx.store.runs.get(run_id)
            if self._stopping.is_set() or run is None or run.status not in ("queued", "delayed"):
                return None

            job = ctx.store.jobs.get(run.job_id)
            if job is None:
                fail_run(ctx, run, "job not found", status="system_failed")
                return None
            if job.execution_mode == "worker":
                logger.info(
                    "run %s stays queued: job %s uses worker mode, which the local server lacks",
                    run.id,
                    job.id,
                )
                return None

            if run.status == "delayed":
                change_status(ctx, run, "queued")
            run.dispatch_count += 1
            run.started_at_ns = now_ns()
            run.next_retry_at_ns = None
            change_status(ctx, run, "executing")
            return build_endpoint_request(ctx, run, job)

    def _call_endpoint(self, request: EndpointRequest) -> _Outcome:
        deadline = time.monotonic() + request.timeout_secs
        timed_out = _Outcome(
            succeeded=False,
            error=f"endpoint did not respond within {request.timeout_secs}s",
            error_class="timeout",
            timed_out=True,
        )
        try:
            with self._client.stream(
                "POST",
                request.url,
                content=request.body,
                headers=list(request.headers),
                timeout=request.timeout_secs,
            ) as response:
                body = _read_reply(response, deadline)
        except httpx.TimeoutException:
            return timed_out
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            return _Outcome(
                succeeded=False,
                error=f"endpoint request failed: {failure or type(failure).__name__}",
                error_class="connection",
            )
        if body is None:
            return timed_out

        if 200 <= response.status_code < 300:
            return _Outcome(succeeded=True, result=_parse_result(body))
        excerpt = body.decode("utf-8", errors="replace").strip()[:_ERROR_EXCERPT_CHARS]
        error = f"endpoint returned HTTP {response.status_code}"
        return _Outcome(
            succeeded=False,
            error=f"{error}: {excerpt}" if excerpt else error,
            error_class=_error_class(response.status_code),
        )

    def _finish_attempt(self, request: EndpointRequest, outcome: _Outcome) -> None:
        """Apply the endpoint's reply, unless the run has moved on since this dispatch.

        A run completed or failed through the run plane, moved to waiting, canceled or
        dispatched again keeps its state, and the reply is ignored.
        """
        ctx = self._ctx
        with ctx.store.lock:
            run = ctx.store.runs.get(request.run_id)
            if self._stopping.is_set() or run is None:
                return
            if run.status != "executing" or run.dispatch_count != request.dispatch_number:
                logger.debug(
                    "ignoring the endpoint reply for run %s: status is %s", run.id, run.status
                )
                return

            if outcome.succeeded:
                complete_run(ctx, run, outcome.result)
                return

            record_event(
                ctx,
                run.id,
                event_type="error",
                level="error",
                message=outcome.error,
                data={"attempt": run.attempt},
            )
            job = ctx.store.jobs.get(run.job_id)
            max_attempts = job.max_attempts if job is not None else 1
            if run.attempt >= max_attempts:
                logger.info(
                    "run %s failed after %d attempts: %s", run.id, run.attempt, outcome.error
                )
                final_status = "timed_out" if outcome.timed_out else "failed"
                fail_run(
                    ctx, run, outcome.error, status=final_status, error_class=outcome.error_class
                )
                return

            delay_secs = ctx.retry_delay_secs * run.attempt
            logger.info(
                "run %s attempt %d failed, retrying in %.2fs: %s",
                run.id,
                run.attempt,
                delay_secs,
                outcome.error,
            )
            run.attempt += 1
            run.error = outcome.error
            run.error_class = outcome.error_class
            run.next_retry_at_ns = now_ns() + seconds_to_ns(delay_secs)
            change_status(ctx, run, "queued")
            schedule_dispatch(ctx, run, run.next_retry_at_ns)


@functools.cache
def _shared_tls_context() -> ssl.SSLContext:
    """Return one TLS context for all dispatchers; loading CA certificates takes tens of ms."""
    return ssl.create_default_context()


def _read_reply(response: httpx.Response, deadline: float) -> bytes | None:
    """Read up to MAX_REPLY_BYTES of the reply, or return None when the deadline passes first."""
    chunks = bytearray()
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline:
            return None
        chunks.extend(chunk)
        if len(chunks) >= MAX_REPLY_BYTES:
            break
    return bytes(chunks[:MAX_REPLY_BYTES])


def _parse_result(body: bytes) -> JsonValue:
    """Return the reply as JSON, or as a JSON string when it is not JSON.

    NOTE: an empty reply gives no result. The reference does not say what Strait
    stores for an empty 2xx body.
    """
    text = body.decode("utf-8", errors="replace")
    if not text.strip():
        return None
    try:
        return loads_finite(text)
    except ValueError:
        return text


def _error_class(status: int) -> str:
    if status == 429:
        return "rate_limited"
    if status in (401, 403):
        return "auth"
    if status < 500:
        return "client"
    return "server"
