"""Iterating the items of a paginated list across all of its pages.

Strait's lists answer `{data, next_cursor, has_more}`, and the cursor is a bare timestamp: the
`created_at` (or `requested_at`) of the page's last item, with nanoseconds. The server returns
the rows strictly older than the cursor, so rows that share the last item's timestamp but did
not fit on the page would be skipped. To get them, the iterator moves the cursor one
nanosecond past the boundary (so the server returns the boundary rows again) and drops the
items it has already yielded, by id.

NOTE: when more rows share one timestamp than fit on a page, no cursor can reach the rest; the
iterator then continues with the server's own cursor and logs a warning.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from ._errors import InvalidArgumentError
from ._logging import logger

MAX_PAGE_SIZE = 100

_TIMESTAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$"
)

ItemT = TypeVar("ItemT")


class Page(Protocol[ItemT]):
    """A page of a list, as the generated `...List` models are."""

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> Any: ...


FetchPage = Callable[[str | None, int | None], Page[ItemT]]
FetchPageAsync = Callable[[str | None, int | None], Awaitable[Page[ItemT]]]


def shift_cursor(cursor: str, nanoseconds: int) -> str | None:
    """Return the timestamp `cursor` moved by `nanoseconds`, or None if it is not a timestamp."""
    match = _TIMESTAMP.match(cursor)
    if match is None:
        return None

    whole, fraction, zone = match.groups()
    try:
        moment = datetime.fromisoformat(whole + ("+00:00" if zone == "Z" else zone))
    except ValueError:
        return None

    total = int(moment.timestamp()) * 1_000_000_000 + int((fraction or "0").ljust(9, "0"))
    total += nanoseconds
    seconds, remainder = divmod(total, 1_000_000_000)
    text = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    digits = f"{remainder:09d}".rstrip("0")
    return f"{text}.{digits}Z" if digits else f"{text}Z"


def _check_arguments(page_size: int | None, max_items: int | None) -> None:
    if page_size is not None and (
        isinstance(page_size, bool) or not 1 <= page_size <= MAX_PAGE_SIZE
    ):
        raise InvalidArgumentError(
            f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}, got {page_size!r}"
        )
    if max_items is not None and (isinstance(max_items, bool) or max_items < 0):
        raise InvalidArgumentError(
            f"max_items must be None or a whole number >= 0, got {max_items!r}"
        )


class _Walk:
    """The cursor bookkeeping shared by the sync and async iterators."""

    def __init__(self, page_size: int | None, max_items: int | None, step_ns: int) -> None:
        _check_arguments(page_size, max_items)
        self.page_size = page_size
        self.max_items = max_items
        # +1 ns for newest-first lists (rows older than the cursor), -1 ns for oldest-first.
        self.step_ns = step_ns
        self.cursor: str | None = None
        self.previous_ids: set[Any] = set()
        self.yielded = 0
        self.done = max_items == 0

    def take(self, page: Page[Any]) -> list[Any]:
        """Return the items of `page` not yielded yet, and prepare the next cursor."""
        fresh = [item for item in page.data if getattr(item, "id", None) not in self.previous_ids]
        if self.max_items is not None:
            fresh = fresh[: self.max_items - self.yielded]
        self.yielded += len(fresh)

        server_cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        if not page.has_more or not server_cursor or self.yielded == self.max_items:
            self.done = True
            return fresh

        self.cursor = self._next_cursor(server_cursor, made_progress=bool(fresh))
        self.previous_ids = {getattr(item, "id", None) for item in page.data} - {None}
        return fresh

    def _next_cursor(self, server_cursor: str, *, made_progress: bool) -> str:
        shifted = shift_cursor(server_cursor, self.step_ns)
        if shifted is None:
            return server_cursor

        if not made_progress and shifted == self.cursor:
            # A whole page of rows shares one timestamp: moving past it is the only way on.
            logger.warning(
                "more than %s rows share the timestamp %s; rows beyond this page at that "
                "timestamp cannot be listed by cursor",
                self.page_size or "a page of",
                server_cursor,
            )
            return server_cursor
        return shifted


def paginate(
    fetch: FetchPage[ItemT],
    *,
    page_size: int | None = None,
    max_items: int | None = None,
    oldest_first: bool = False,
) -> Iterator[ItemT]:
    """Return an iterator over every item of a list, fetching pages with `fetch(cursor, limit)`.

    The arguments are checked at once, not at the first `next()`.
    """
    walk = _Walk(page_size, max_items, -1 if oldest_first else 1)

    def items() -> Iterator[ItemT]:
        while not walk.done:
            page = fetch(walk.cursor, walk.page_size)
            yield from walk.take(page)

    return items()


def apaginate(
    fetch: FetchPageAsync[ItemT],
    *,
    page_size: int | None = None,
    max_items: int | None = None,
    oldest_first: bool = False,
) -> AsyncIterator[ItemT]:
    """Return an async iterator over every item of a list, as `paginate` does."""
    walk = _Walk(page_size, max_items, -1 if oldest_first else 1)

    async def items() -> AsyncIterator[ItemT]:
        while not walk.done:
            page = await fetch(walk.cursor, walk.page_size)
            for item in walk.take(page):
                yield item

    return items()
