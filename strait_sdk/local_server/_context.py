"""Shared server state handed to every request handler and background task."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from attrs import define, field

from ._idempotency import IdempotencyCache
from ._run_feed import RunFeed
from ._store import Store
from ._timers import TimerQueue
from ._timestamps import now_ns

if TYPE_CHECKING:
    from ._records import EventTrigger, Run

DEFAULT_SSE_KEEPALIVE_SECS = 15.0
DEFAULT_SSE_MAX_DURATION_SECS = 90.0


class RunLauncher(Protocol):
    def launch(self, run_id: str) -> None:
        """Start dispatching a queued or delayed run in the background."""


class WorkflowListener(Protocol):
    """The workflow engine's view of job runs and event triggers that its steps wait on.

    Both methods are called with ``ctx.store.lock`` held.
    """

    def job_run_finished(self, run: Run) -> None:
        """Finish the step whose job run reached a terminal status."""

    def trigger_finished(self, trigger: EventTrigger) -> None:
        """Finish the wait_for_event step of a trigger that left ``waiting``."""


@define
class ServerContext:
    """Configuration and state of one LocalStrait instance.

    ``clock`` returns the Unix nanoseconds stored as every ``created_at`` and
    ``requested_at``, and the ``expires_at`` of event triggers and approvals derives from
    it. Timers always run on the wall clock.
    ``stopping`` is set when the server stops, so that open event streams end.
    ``launcher`` and ``workflows`` are set once the dispatcher and the workflow engine
    exist, because both need this context first.
    """

    store: Store
    timers: TimerQueue
    idempotency: IdempotencyCache
    project_id: str
    retry_delay_secs: float
    server_version: str
    api_key: str = field(repr=False)
    signing_key: str = field(repr=False)
    clock: Callable[[], int] = now_ns
    sse_keepalive_secs: float = DEFAULT_SSE_KEEPALIVE_SECS
    sse_max_duration_secs: float = DEFAULT_SSE_MAX_DURATION_SECS
    run_feed: RunFeed = field(factory=RunFeed)
    stopping: threading.Event = field(factory=threading.Event)
    launcher: RunLauncher | None = None
    workflows: WorkflowListener | None = None
