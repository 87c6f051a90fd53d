"""Cursor pagination of /v1 lists, with a created_at timestamp as cursor."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from attrs import frozen

from ._request import Request
from ._response import ApiError
from ._timestamps import format_rfc3339_nano, parse_rfc3339
from ._wire import JsonValue

DEFAULT_LIMIT = 50
MAX_LIMIT = 100
_INTEGER = re.compile(r"[+-]?\d+\Z")

Item = TypeVar("Item")


@frozen
class PageRequest:
    limit: int
    cursor_ns: int | None


def parse_page_request(
    request: Request, *, cursor_error: str = "invalid cursor format"
) -> PageRequest:
    """Read ``limit`` (default 50, capped at 100) and ``cursor`` from the query string."""
    limit_text = request.query_value("limit") or ""
    limit = DEFAULT_LIMIT
    if limit_text:
        if _INTEGER.match(limit_text) is None or int(limit_text) <= 0:
            raise ApiError(400, "limit must be a positive integer")
        limit = min(int(limit_text), MAX_LIMIT)

    cursor_text = request.query_value("cursor") or ""
    cursor_ns = None
    if cursor_text:
        cursor_ns = parse_rfc3339(cursor_text)
        if cursor_ns is None:
            raise ApiError(400, cursor_error)
    return PageRequest(limit, cursor_ns)


def paginate(
    items: Iterable[Item],
    page: PageRequest,
    *,
    created_at_ns: Callable[[Item], int],
    to_wire: Callable[[Item], dict[str, JsonValue]],
    oldest_first: bool = False,
) -> dict[str, JsonValue]:
    """Return the envelope ``{data, next_cursor?, has_more}`` for one page.

    Items are sorted by created_at, newest first, and only those strictly older than
    the cursor are kept. With ``oldest_first`` the order is reversed and only items
    strictly newer than the cursor are kept. One extra item is taken to decide has_more.

    The cursor is the bare timestamp of the page's last item, as on the Strait server,
    so items that share that timestamp but did not fit on the page are never returned.
    """
    ordered = sorted(items, key=created_at_ns, reverse=not oldest_first)
    if page.cursor_ns is not None:
        cursor = page.cursor_ns
        if oldest_first:
            ordered = [item for item in ordered if created_at_ns(item) > cursor]
        else:
            ordered = [item for item in ordered if created_at_ns(item) < cursor]

    window = ordered[: page.limit + 1]
    has_more = len(window) > page.limit
    data = window[: page.limit]

    envelope: dict[str, JsonValue] = {"data": [to_wire(item) for item in data]}
    if has_more:
        envelope["next_cursor"] = format_rfc3339_nano(created_at_ns(data[-1]))
    envelope["has_more"] = has_more
    return envelope
