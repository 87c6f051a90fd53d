"""The Idempotency-Key middleware of Strait's create and trigger routes."""

from __future__ import annotations

import posixpath
import threading
import time
from collections.abc import Callable
from urllib.parse import unquote

from attrs import define

from ._request import Request
from ._response import ApiError, Response

MAX_KEY_LENGTH = 256
CACHE_TTL_SECS = 24 * 60 * 60


@define
class _Entry:
    expires_at: float
    response: Response | None = None

    @property
    def pending(self) -> bool:
        return self.response is None


class IdempotencyCache:
    """Stores 2xx responses by (path, key) for 24 hours and replays them.

    The request body is not part of the key, so a reused key replays the first response
    even when the body differs. A non-2xx response or an exception frees the key.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], _Entry] = {}

    def handle(self, request: Request, call_handler: Callable[[], Response]) -> Response:
        key = request.header("Idempotency-Key") or request.header("X-Idempotency-Key")
        if not key:
            return call_handler()
        if len(key) > MAX_KEY_LENGTH:
            raise ApiError(400, f"idempotency key must be {MAX_KEY_LENGTH} characters or fewer")

        cache_key = (posixpath.normpath(unquote(request.path)), key)
        replay = self._claim(cache_key)
        if replay is not None:
            return replay.with_headers(("Idempotency-Replayed", "true"))

        try:
            response = call_handler()
        except BaseException:
            self._release(cache_key)
            raise

        if 200 <= response.status < 300:
            self._store(cache_key, response)
        else:
            self._release(cache_key)
        return response

    def _claim(self, cache_key: tuple[str, str]) -> Response | None:
        """Return the stored response for the key, or mark the key pending and return None."""
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(cache_key)
            if entry is not None and entry.expires_at <= now:
                entry = None
            if entry is None:
                self._entries[cache_key] = _Entry(expires_at=now + CACHE_TTL_SECS)
                return None
            if entry.pending:
                raise ApiError(
                    409, "a request with this idempotency key is currently being processed"
                )
            return entry.response

    def _store(self, cache_key: tuple[str, str], response: Response) -> None:
        with self._lock:
            self._entries[cache_key] = _Entry(
                expires_at=time.monotonic() + CACHE_TTL_SECS, response=response
            )

    def _release(self, cache_key: tuple[str, str]) -> None:
        with self._lock:
            self._entries.pop(cache_key, None)
