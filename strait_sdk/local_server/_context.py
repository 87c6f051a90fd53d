"""Shared server state handed to every request handler and background task."""

from __future__ import annotations

from typing import Protocol

from attrs import define, field

from ._idempotency import IdempotencyCache
from ._store import Store
from ._timers import TimerQueue


class RunLauncher(Protocol):
    def launch(self, run_id: str) -> None:
        """Start dispatching a queued or delayed run in the background."""


@define
class ServerContext:
    """Configuration and state of one LocalStrait instance.

    ``launcher`` is set once the dispatcher exists, which needs this context first.
    """

    store: Store
    timers: TimerQueue
    idempotency: IdempotencyCache
    project_id: str
    retry_delay_secs: float
    server_version: str
    api_key: str = field(repr=False)
    signing_key: str = field(repr=False)
    launcher: RunLauncher | None = None
