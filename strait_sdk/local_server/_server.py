"""LocalStrait: the lifecycle of an in-memory Strait server on a local port."""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from collections.abc import Callable, Collection
from types import TracebackType
from typing import Any

from .._version import __version__
from ._application import Application
from ._context import DEFAULT_SSE_KEEPALIVE_SECS, DEFAULT_SSE_MAX_DURATION_SECS, ServerContext
from ._dispatch import Dispatcher
from ._http import DEFAULT_IDLE_TIMEOUT_SECS, DEFAULT_LISTEN_BACKLOG, LocalHTTPServer
from ._idempotency import IdempotencyCache
from ._ids import is_api_key, new_api_key, new_signing_key, new_uuid7
from ._management import MANAGEMENT_ROUTES
from ._records import TERMINAL_STATUSES
from ._run_plane import RUN_PLANE_ROUTES
from ._store import Store
from ._timers import TimerQueue
from ._timestamps import now_ns
from ._workflow_engine import WorkflowEngine

logger = logging.getLogger("strait_sdk.local_server")

MIN_SIGNING_KEY_LENGTH = 32


class LocalStrait:
    """An in-memory Strait server for tests and local development.

    It serves the jobs, runs, workflows, event and run-plane (/sdk/v1) routes with the
    real server's wire shapes, runs workflows step by step, streams run and event
    trigger updates as server-sent events, and dispatches runs to job endpoints over
    HTTP. It has one project and one API key, generated unless given.

        with LocalStrait() as server:
            httpx.get(server.base_url + "/health")

        server = LocalStrait(port=8080, retry_delay_secs=1.0).start()

    ``clock`` returns the Unix nanoseconds stored as every ``created_at`` and
    ``requested_at``, so a test can give rows the same timestamp. Without it, the server
    reads ``time.time_ns`` and makes each value larger than the one before.
    ``sse_keepalive_secs`` is the interval of keepalive comments on event streams, and
    ``sse_max_duration_secs`` the time after which the server drops a stream's
    connection, as Strait's 90-second write timeout does. ``listen_backlog`` is the number
    of connections the kernel queues before the server accepts them, for clients that open
    many connections at once. ``idle_timeout_secs`` is how long a kept-alive connection may
    wait for its next request before the server closes it (120 s, as in Strait).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        signing_key: str | None = None,
        project_id: str | None = None,
        retry_delay_secs: float = 0.2,
        clock: Callable[[], int] | None = None,
        sse_keepalive_secs: float = DEFAULT_SSE_KEEPALIVE_SECS,
        sse_max_duration_secs: float = DEFAULT_SSE_MAX_DURATION_SECS,
        listen_backlog: int = DEFAULT_LISTEN_BACKLOG,
        idle_timeout_secs: float = DEFAULT_IDLE_TIMEOUT_SECS,
    ) -> None:
        if api_key is not None and not is_api_key(api_key):
            raise ValueError("api_key must be 'strait_' followed by 64 lowercase hex characters")
        if signing_key is not None and len(signing_key) < MIN_SIGNING_KEY_LENGTH:
            raise ValueError(f"signing_key must be at least {MIN_SIGNING_KEY_LENGTH} characters")
        if project_id is not None:
            _check_uuid(project_id)
        if retry_delay_secs < 0:
            raise ValueError(f"retry_delay_secs must be 0 or more, got {retry_delay_secs}")
        if clock is not None and not callable(clock):
            raise TypeError(f"clock must be a callable returning Unix nanoseconds, got {clock!r}")
        if sse_keepalive_secs <= 0:
            raise ValueError(f"sse_keepalive_secs must be positive, got {sse_keepalive_secs}")
        if sse_max_duration_secs <= 0:
            raise ValueError(f"sse_max_duration_secs must be positive, got {sse_max_duration_secs}")
        if isinstance(listen_backlog, bool) or not isinstance(listen_backlog, int):
            raise TypeError(f"listen_backlog must be an int, got {listen_backlog!r}")
        if listen_backlog < 1:
            raise ValueError(f"listen_backlog must be 1 or more, got {listen_backlog}")
        if not (idle_timeout_secs > 0 and math.isfinite(idle_timeout_secs)):
            raise ValueError(
                f"idle_timeout_secs must be a finite number above 0, got {idle_timeout_secs}"
            )

        self._host = host
        self._requested_port = port
        self._listen_backlog = listen_backlog
        self._idle_timeout_secs = idle_timeout_secs
        self._ctx = ServerContext(
            store=Store(),
            timers=TimerQueue(),
            idempotency=IdempotencyCache(),
            project_id=project_id or new_uuid7(),
            retry_delay_secs=retry_delay_secs,
            server_version=f"strait-sdk-local/{__version__}",
            api_key=api_key or new_api_key(),
            signing_key=signing_key or new_signing_key(),
            clock=clock or now_ns,
            sse_keepalive_secs=sse_keepalive_secs,
            sse_max_duration_secs=sse_max_duration_secs,
        )
        self._ctx.workflows = WorkflowEngine(self._ctx)
        self._lifecycle_lock = threading.Lock()
        self._http_server: LocalHTTPServer | None = None
        self._serve_thread: threading.Thread | None = None
        self._dispatcher: Dispatcher | None = None
        self._stopped = False

    @property
    def api_key(self) -> str:
        return self._ctx.api_key

    @property
    def signing_key(self) -> str:
        return self._ctx.signing_key

    @property
    def project_id(self) -> str:
        return self._ctx.project_id

    @property
    def base_url(self) -> str:
        """The server's URL without a trailing slash, such as ``http://127.0.0.1:54321``."""
        if self._http_server is None:
            raise RuntimeError("LocalStrait has no address until start() is called")
        port = self._http_server.server_address[1]
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{port}"

    def start(self) -> LocalStrait:
        """Bind the port and serve in background threads. Returns self."""
        with self._lifecycle_lock:
            if self._stopped or self._http_server is not None:
                raise RuntimeError("LocalStrait can be started only once")

            application = Application(self._ctx, MANAGEMENT_ROUTES + RUN_PLANE_ROUTES)
            self._http_server = LocalHTTPServer(
                (self._host, self._requested_port),
                application,
                self._listen_backlog,
                self._idle_timeout_secs,
            )
            self._dispatcher = Dispatcher(self._ctx)
            self._ctx.launcher = self._dispatcher
            self._ctx.timers.start()
            self._serve_thread = threading.Thread(
                target=self._http_server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="strait-local-http",
                daemon=True,
            )
            self._serve_thread.start()

        logger.info("local Strait server listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving, end event streams, stop the dispatcher and timers, and close
        connections. Idempotent."""
        with self._lifecycle_lock:
            if self._stopped:
                return
            self._stopped = True
            http_server, serve_thread = self._http_server, self._serve_thread
            dispatcher = self._dispatcher

        self._ctx.stopping.set()
        self._ctx.run_feed.close()
        self._ctx.store.notify_changed()

        if http_server is not None and serve_thread is not None:
            http_server.shutdown()
            serve_thread.join()
            http_server.server_close()
            http_server.close_connections()
        self._ctx.timers.stop()
        if dispatcher is not None:
            dispatcher.stop()
        self._ctx.store.notify_changed()
        logger.info("local Strait server stopped")

    def wait_for_run(
        self,
        run_id: str,
        statuses: Collection[str] = TERMINAL_STATUSES,
        timeout: float = 10.0,
    ) -> dict[str, Any]:
        """Block until the run's status is in ``statuses`` and return the run's JSON object.

        The default waits for any terminal status. Raises TimeoutError after
        ``timeout`` seconds, naming the status the run had then.
        """
        target_statuses = frozenset(statuses)
        deadline = time.monotonic() + timeout
        store = self._ctx.store
        with store.changed:
            while True:
                run = store.runs.get(run_id)
                if run is not None and run.status in target_statuses:
                    return run.to_wire()

                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    current = "not found" if run is None else run.status
                    raise TimeoutError(
                        f"run {run_id} did not reach {sorted(target_statuses)} within {timeout}s "
                        f"(current status: {current})"
                    )
                store.changed.wait(remaining)

    def __enter__(self) -> LocalStrait:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        address = self.base_url if self._http_server is not None else "not started"
        return f"LocalStrait({address}, project_id={self.project_id!r})"


def _check_uuid(project_id: str) -> None:
    try:
        uuid.UUID(project_id)
    except ValueError:
        raise ValueError(f"project_id must be a UUID, got {project_id!r}") from None
