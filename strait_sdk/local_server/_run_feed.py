"""Fan-out of run status changes and run events to the open run streams."""

from __future__ import annotations

import queue
import threading

from ._wire import JsonValue

# A subscription receives message objects, then None once the server stops.
Subscription = queue.SimpleQueue[dict[str, JsonValue] | None]


class RunFeed:
    """Delivers each published message to every subscription of the same run.

    Publishing does not wait for readers, because each subscription is an unbounded
    queue that its stream thread drains.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscriptions: dict[str, set[Subscription]] = {}
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def subscribe(self, run_id: str) -> Subscription:
        subscription: Subscription = queue.SimpleQueue()
        with self._lock:
            if self._closed:
                subscription.put(None)
            else:
                self._subscriptions.setdefault(run_id, set()).add(subscription)
        return subscription

    def unsubscribe(self, run_id: str, subscription: Subscription) -> None:
        with self._lock:
            subscriptions = self._subscriptions.get(run_id)
            if subscriptions is None:
                return
            subscriptions.discard(subscription)
            if not subscriptions:
                del self._subscriptions[run_id]

    def publish(self, run_id: str, message: dict[str, JsonValue]) -> None:
        with self._lock:
            subscriptions = list(self._subscriptions.get(run_id, ()))
        for subscription in subscriptions:
            subscription.put(message)

    def close(self) -> None:
        """Wake every subscription with None so that open streams end. Idempotent."""
        with self._lock:
            self._closed = True
            subscriptions = [item for group in self._subscriptions.values() for item in group]
            self._subscriptions.clear()
        for subscription in subscriptions:
            subscription.put(None)
