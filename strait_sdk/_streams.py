"""Following Strait's server-sent-event streams as typed frames, reconnecting when cut off.

The server closes every connection after about 90 seconds (its write timeout) and sends no
event ids, so a stream cannot resume where it stopped: the reader opens a new connection and
carries on with live frames. Frames sent while no connection was open are lost.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Final, TypeVar
from urllib.parse import quote

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    GoneError,
    InvalidArgumentError,
    StraitError,
    error_from_response,
)
from ._logging import logger
from ._sse import ServerSentEvent, aiter_events, iter_events

DEFAULT_MAX_RECONNECTS: Final = 5
DEFAULT_RECONNECT_DELAY_S: Final = 1.0
STREAM_HEADERS: Final = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
# No read timeout: a quiet run sends only a keepalive comment every 15 seconds, and the
# connection is the client's to close.
STREAM_TIMEOUT: Final = httpx.Timeout(None, connect=10.0)

FrameT = TypeVar("FrameT")


class StreamError(StraitError):
    """The server reported that it could not serve the stream, in a frame named `error`."""


@attrs.frozen
class StreamSpec:
    """What distinguishes one stream route from another."""

    path: str
    # Turns one event into a frame, or None to skip it. The bool is True for the first event of
    # a connection.
    decode: Callable[[ServerSentEvent, bool], Any]
    # Whether a frame ends the stream for the caller.
    is_last: Callable[[Any], bool]
    # Whether a 410 on reconnecting means the stream is over (a run that finished meanwhile).
    gone_means_done: bool = False


def stream_path(template: str, identifier: str) -> str:
    return template.format(quote(identifier, safe=""))


def _check(max_reconnects: int, reconnect_delay: float) -> None:
    if (
        isinstance(max_reconnects, bool)
        or not isinstance(max_reconnects, int)
        or max_reconnects < 0
    ):
        raise InvalidArgumentError(
            f"max_reconnects must be a whole number >= 0, got {max_reconnects!r}"
        )
    if (
        isinstance(reconnect_delay, bool)
        or not isinstance(reconnect_delay, int | float)
        or reconnect_delay < 0
    ):
        raise InvalidArgumentError(
            f"reconnect_delay must be a number of seconds >= 0, got {reconnect_delay!r}"
        )


def decode_json(event: ServerSentEvent) -> Any:
    if event.event == "error":
        try:
            detail = json.loads(event.data).get("error", event.data)
        except (ValueError, AttributeError):
            detail = event.data
        raise StreamError(f"the server stopped the stream: {detail}")
    try:
        return json.loads(event.data)
    except ValueError:
        logger.debug("skipping a stream frame that is not JSON: %.200s", event.data)
        return None


class _Reconnects:
    """Counts failed connections in a row; a connection that delivered data resets the count."""

    def __init__(self, spec: StreamSpec, max_reconnects: int, delay: float) -> None:
        self.spec = spec
        self.max_reconnects = max_reconnects
        self.delay = delay
        self.failures = 0
        self.connected_once = False

    def on_status(self, response: httpx.Response) -> bool:
        """Return False when the stream is over; raise for any other error status."""
        if response.status_code == 200:
            self.connected_once = True
            return True
        error = error_from_response(response)
        if isinstance(error, GoneError) and self.connected_once and self.spec.gone_means_done:
            return False
        raise error

    def after_drop(self, error: Exception | None) -> float:
        """Return the delay before reconnecting, or raise when the budget is spent."""
        if error is None:
            # The server closed a healthy stream, as it does every 90 seconds.
            self.failures = 0
            logger.info("stream %s ended by the server; reconnecting", self.spec.path)
            return 0.0

        self.failures += 1
        if self.failures > self.max_reconnects:
            raise APIConnectionError(
                f"the stream was lost {self.failures} times in a row "
                f"({type(error).__name__}: {error})",
                method="GET",
                url=self.spec.path,
            ) from error
        logger.info(
            "stream %s dropped (%s); reconnect %d of %d in %.1f s",
            self.spec.path,
            type(error).__name__,
            self.failures,
            self.max_reconnects,
            self.delay,
        )
        return self.delay


def follow(
    http: httpx.Client,
    spec: StreamSpec,
    *,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
) -> Iterator[Any]:
    """Return an iterator over the frames of a stream, reconnecting after drops."""
    _check(max_reconnects, reconnect_delay)
    reconnects = _Reconnects(spec, max_reconnects, reconnect_delay)

    def frames() -> Iterator[Any]:
        while True:
            error: Exception | None = None
            try:
                with http.stream(
                    "GET", spec.path, headers=STREAM_HEADERS, timeout=STREAM_TIMEOUT
                ) as response:
                    if response.status_code != 200:
                        response.read()
                    if not reconnects.on_status(response):
                        return
                    first = True
                    for event in iter_events(response.iter_lines()):
                        frame = spec.decode(event, first)
                        first = False
                        if frame is None:
                            continue
                        reconnects.failures = 0
                        yield frame
                        if spec.is_last(frame):
                            return
            except (httpx.TransportError, APIConnectionError) as caught:
                error = caught
            time.sleep(reconnects.after_drop(error))

    return frames()


def afollow(
    http: httpx.AsyncClient,
    spec: StreamSpec,
    *,
    max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    reconnect_delay: float = DEFAULT_RECONNECT_DELAY_S,
) -> AsyncIterator[Any]:
    """Return an async iterator over the frames of a stream, reconnecting after drops."""
    _check(max_reconnects, reconnect_delay)
    reconnects = _Reconnects(spec, max_reconnects, reconnect_delay)

    async def frames() -> AsyncIterator[Any]:
        while True:
            error: Exception | None = None
            try:
                async with http.stream(
                    "GET", spec.path, headers=STREAM_HEADERS, timeout=STREAM_TIMEOUT
                ) as response:
                    if response.status_code != 200:
                        await response.aread()
                    if not reconnects.on_status(response):
                        return
                    first = True
                    async for event in aiter_events(response.aiter_lines()):
                        frame = spec.decode(event, first)
                        first = False
                        if frame is None:
                            continue
                        reconnects.failures = 0
                        yield frame
                        if spec.is_last(frame):
                            return
            except (httpx.TransportError, APIConnectionError) as caught:
                error = caught
            await asyncio.sleep(reconnects.after_drop(error))

    return frames()
