"""Server-sent event responses: the stream type handlers return, and the frame writer.

A stream is sent with chunked transfer encoding, as Go's server does for a handler that
flushes before it returns. A stream that ends normally gets the terminating chunk. A
stream cut at its maximum duration, or by the server stopping, ends with the connection
closed mid-body.

NOTE: the reference only infers that Strait's 90-second write timeout cuts event
streams. A cut by a write deadline closes the connection without the terminating
chunk, which is what this server does, but this was not observed on a real server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import BinaryIO

from attrs import frozen

from ._response import Response

STREAM_HEADERS = (
    ("Content-Type", "text/event-stream"),
    ("Cache-Control", "no-cache"),
    ("X-Accel-Buffering", "no"),
)
_KEEPALIVE_FRAME = b": keepalive\n\n"


class StreamCut(Exception):
    """The stream must end without its terminating chunk: the client sees a dropped connection."""


class SseWriter:
    """Writes frames as HTTP chunks and keeps the keepalive schedule and the deadline.

    Producers wait at most ``wait_secs()`` for their next frame and call ``tick()``
    after each wait. ``tick`` sends a due keepalive comment and raises StreamCut once
    the maximum duration has passed. Writes raise OSError when the client has gone.
    """

    def __init__(
        self, output: BinaryIO, *, keepalive_secs: float, max_duration_secs: float
    ) -> None:
        started = time.monotonic()
        self._output = output
        self._keepalive_secs = keepalive_secs
        self._deadline = started + max_duration_secs
        self._next_keepalive = started + keepalive_secs

    def wait_secs(self) -> float:
        """Return the seconds until the next keepalive or the deadline, whichever is first."""
        return max(0.0, min(self._deadline, self._next_keepalive) - time.monotonic())

    def tick(self) -> None:
        now = time.monotonic()
        self._check_deadline(now)
        if now >= self._next_keepalive:
            self._write_chunk(_KEEPALIVE_FRAME)
            while self._next_keepalive <= now:
                self._next_keepalive += self._keepalive_secs

    def send(self, data: str, *, event: str | None = None) -> None:
        """Send one frame: an ``event:`` line when named, then one ``data:`` line per line."""
        self._check_deadline(time.monotonic())
        lines = [f"event: {event}"] if event else []
        lines.extend(f"data: {line}" for line in data.split("\n"))
        self._write_chunk(("\n".join(lines) + "\n\n").encode("utf-8"))

    def finish(self) -> None:
        """Send the terminating chunk of a stream that ends normally."""
        self._output.write(b"0\r\n\r\n")
        self._output.flush()

    def _check_deadline(self, now: float) -> None:
        if now >= self._deadline:
            raise StreamCut("the stream reached its maximum duration")

    def _write_chunk(self, payload: bytes) -> None:
        self._output.write(f"{len(payload):X}\r\n".encode("ascii") + payload + b"\r\n")
        self._output.flush()


def _release_nothing() -> None:
    return None


@frozen
class EventStream:
    """A 200 ``text/event-stream`` response whose body ``produce`` writes frame by frame.

    ``release`` runs once the stream is over, however it ended, so that a handler can
    drop what it subscribed to before returning the stream.
    """

    produce: Callable[[SseWriter], None]
    keepalive_secs: float
    max_duration_secs: float
    release: Callable[[], None] = _release_nothing


Reply = Response | EventStream


def expect_response(reply: Reply) -> Response:
    """Return a reply that must be a complete response, as on idempotent and run-plane routes."""
    if isinstance(reply, EventStream):
        raise TypeError("this route returned an event stream where a response was expected")
    return reply
