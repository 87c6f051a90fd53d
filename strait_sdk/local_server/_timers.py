"""A background thread that runs callbacks at given wall-clock times."""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

from ._timestamps import NANOS_PER_SECOND

logger = logging.getLogger("strait_sdk.local_server")


class TimerQueue:
    """Runs each callback once, on one thread, at or shortly after its due time.

    Callbacks must return quickly because they run one after another. A callback that
    raises is logged and the queue carries on.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[int, int, Callable[[], None]]] = []
        self._sequence = itertools.count()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="strait-local-timers", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def call_at(self, due_ns: int, callback: Callable[[], None]) -> None:
        with self._condition:
            if self._stopped:
                return
            heapq.heappush(self._heap, (due_ns, next(self._sequence), callback))
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._heap.clear()
            self._condition.notify()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while True:
            callback = self._next_due()
            if callback is None:
                return
            try:
                callback()
            except Exception:
                logger.exception("scheduled callback %r failed", callback)

    def _next_due(self) -> Callable[[], None] | None:
        """Block until a callback is due and return it, or return None once stopped."""
        with self._condition:
            while not self._stopped:
                if self._heap:
                    wait_ns = self._heap[0][0] - time.time_ns()
                    if wait_ns <= 0:
                        return heapq.heappop(self._heap)[2]
                    self._condition.wait(wait_ns / NANOS_PER_SECOND)
                else:
                    self._condition.wait()
            return None
