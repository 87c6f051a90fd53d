"""A reader for server-sent events (the text/event-stream format), line by line.

It follows the WHATWG rules for the fields Strait uses: `event`, `data` (several lines join
with a newline), `id` and `retry`, with comment lines (starting with `:`) ignored. Strait
sends a comment every 15 seconds to keep the connection open.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

import attrs


@attrs.frozen
class ServerSentEvent:
    """One event of a stream: its name (`message` when unnamed), data, id and retry hint."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry_ms: int | None = None


class _Decoder:
    """Collects the fields of one event until the blank line that ends it."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.event = ""
        self.data: list[str] = []
        self.id: str | None = None
        self.retry_ms: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Take one line without its line ending; return an event when the line ends one."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None

        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self.event = value
        elif name == "data":
            self.data.append(value)
        elif name == "id" and "\0" not in value:
            self.id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self.data and not self.event:
            self._reset()
            return None

        event = ServerSentEvent(
            event=self.event or "message",
            data="\n".join(self.data),
            id=self.id,
            retry_ms=self.retry_ms,
        )
        self._reset()
        return event


def iter_events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    """Yield the events of a stream given as lines (such as httpx's `iter_lines()`)."""
    decoder = _Decoder()
    for line in lines:
        event = decoder.feed(line.rstrip("\r\n"))
        if event is not None:
            yield event


async def aiter_events(lines: AsyncIterable[str]) -> AsyncIterator[ServerSentEvent]:
    """Yield the events of a stream given as async lines (httpx's `aiter_lines()`)."""
    decoder = _Decoder()
    async for line in lines:
        event = decoder.feed(line.rstrip("\r\n"))
        if event is not None:
            yield event
