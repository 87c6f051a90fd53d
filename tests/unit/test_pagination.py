"""Specification of strait_sdk._pagination: walking a cursor-paginated list.

The pages come from an in-memory list that follows the server's rule: the cursor is the last
item's timestamp and the next page holds the rows strictly older than it.
"""

from __future__ import annotations

import logging

import attrs
import pytest

from strait_sdk import InvalidArgumentError
from strait_sdk._pagination import apaginate, paginate, shift_cursor


@attrs.frozen
class Row:
    id: str
    created_at: str


@attrs.frozen
class Page:
    data: list[Row]
    has_more: bool
    next_cursor: str | None


def stamp(nanoseconds: int) -> str:
    return shift_cursor("2026-12-04T10:00:00Z", nanoseconds) or ""


class Table:
    """Rows newest first, paged the way Strait pages them."""

    def __init__(self, stamps: list[int]) -> None:
        ordered = sorted(stamps, reverse=True)
        self.rows = [Row(f"r{index}", stamp(ns)) for index, ns in enumerate(ordered)]
        self.requests: list[tuple[str | None, int | None]] = []

    def fetch(self, cursor: str | None, limit: int | None) -> Page:
        self.requests.append((cursor, limit))
        size = limit or 50
        rows = [row for row in self.rows if cursor is None or _ns(row.created_at) < _ns(cursor)]
        page = rows[: size + 1]
        has_more = len(page) > size
        page = page[:size]
        return Page(page, has_more, page[-1].created_at if has_more else None)


def _ns(text: str) -> int:
    base = "2026-12-04T10:00:00"
    fraction = text.removeprefix(base).removeprefix(".").removesuffix("Z")
    return int(fraction.ljust(9, "0")) if fraction else 0


def test_shift_cursor_carries_and_trims() -> None:
    assert shift_cursor("2026-12-04T10:00:00.123456789Z", 1) == "2026-12-04T10:00:00.12345679Z"
    assert shift_cursor("2026-12-04T10:00:00.999999999Z", 1) == "2026-12-04T10:00:01Z"
    assert shift_cursor("2026-12-04T10:00:00Z", -1) == "2026-12-04T09:59:59.999999999Z"
    assert shift_cursor("2026-12-04T12:00:00.5+02:00", 0) == "2026-12-04T10:00:00.5Z"
    assert shift_cursor("not-a-time", 1) is None


def test_walks_three_pages() -> None:
    table = Table(list(range(1, 8)))

    ids = [row.id for row in paginate(table.fetch, page_size=3)]

    assert ids == [f"r{index}" for index in range(7)]
    assert len(table.requests) == 3
    assert all(limit == 3 for _, limit in table.requests)


def test_ties_at_boundary_not_lost() -> None:
    # Rows 2, 3 and 4 share one timestamp, and the first page ends in the middle of them.
    table = Table([900, 800, 700, 700, 700, 600, 500, 400])

    ids = [row.id for row in paginate(table.fetch, page_size=3)]

    assert sorted(ids) == sorted(row.id for row in table.rows)
    assert len(ids) == len(set(ids))


def test_without_shift_server_skips_ties() -> None:
    table = Table([900, 800, 700, 700, 700, 600])
    first = table.fetch(None, 3)
    second = table.fetch(first.next_cursor, 3)

    seen = [row.id for row in first.data + second.data]

    assert len(seen) == 4  # two tied rows are lost by the bare cursor, which is why we shift it


def test_tie_wider_than_page_logs_and_moves_on(caplog: pytest.LogCaptureFixture) -> None:
    table = Table([900, 700, 700, 700, 700, 700, 100])

    with caplog.at_level(logging.WARNING, logger="strait_sdk"):
        ids = [row.id for row in paginate(table.fetch, page_size=2)]

    assert ids[0] == "r0"
    assert ids[-1] == "r6"
    assert len(ids) == len(set(ids))
    assert any("share the timestamp" in record.getMessage() for record in caplog.records)


def test_max_items_stops_early() -> None:
    table = Table(list(range(1, 30)))

    ids = [row.id for row in paginate(table.fetch, page_size=5, max_items=7)]

    assert ids == [f"r{index}" for index in range(7)]
    assert len(table.requests) == 2


def test_max_items_zero_fetches_nothing() -> None:
    table = Table([1, 2])

    assert list(paginate(table.fetch, max_items=0)) == []
    assert table.requests == []


@pytest.mark.parametrize(
    ("page_size", "max_items"), [(0, None), (101, None), (True, None), (10, -1)]
)
def test_bad_arguments(page_size: int, max_items: int | None) -> None:
    with pytest.raises(InvalidArgumentError):
        paginate(Table([1]).fetch, page_size=page_size, max_items=max_items)


async def test_async_walk() -> None:
    table = Table([900, 800, 700, 700, 600, 500])

    async def fetch(cursor: str | None, limit: int | None) -> Page:
        return table.fetch(cursor, limit)

    ids = [row.id async for row in apaginate(fetch, page_size=2)]

    assert sorted(ids) == sorted(row.id for row in table.rows)
    assert len(ids) == len(set(ids))
