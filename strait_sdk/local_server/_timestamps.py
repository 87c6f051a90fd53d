"""Wall-clock timestamps in nanoseconds, formatted and parsed like Go's RFC 3339 layouts.

Strait writes every time value with Go's RFC3339Nano layout: UTC with a ``Z``, and a
fractional part with trailing zeros removed (left out entirely when it is zero).
"""

from __future__ import annotations

import calendar
import datetime
import re
import threading
import time

NANOS_PER_SECOND = 1_000_000_000

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})\Z"
)

_clock_lock = threading.Lock()
_last_issued_ns = 0


def now_ns() -> int:
    """Return the current time in nanoseconds since the epoch, unique within this process.

    Each result is strictly greater than the one before. List cursors are bare
    created_at timestamps, so unique values keep page boundaries exact.
    """
    global _last_issued_ns

    with _clock_lock:
        current = max(time.time_ns(), _last_issued_ns + 1)
        _last_issued_ns = current
        return current


def seconds_to_ns(seconds: float) -> int:
    return round(seconds * NANOS_PER_SECOND)


def format_rfc3339_nano(timestamp_ns: int) -> str:
    """Format a timestamp like Go's ``time.RFC3339Nano`` in UTC."""
    seconds, nanos = divmod(timestamp_ns, NANOS_PER_SECOND)
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    if nanos:
        text += "." + f"{nanos:09d}".rstrip("0")
    return text + "Z"


def format_optional_rfc3339_nano(timestamp_ns: int | None) -> str | None:
    """Format a timestamp like ``format_rfc3339_nano``, passing None through."""
    return None if timestamp_ns is None else format_rfc3339_nano(timestamp_ns)


def format_rfc3339_seconds(timestamp_ns: int) -> str:
    """Format a timestamp like Go's ``time.RFC3339`` (whole seconds) in UTC."""
    seconds = timestamp_ns // NANOS_PER_SECOND
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def parse_rfc3339(text: str) -> int | None:
    """Parse an RFC 3339 timestamp with up to nine fractional digits.

    Returns nanoseconds since the epoch, or None when the text is not a valid timestamp.
    """
    match = _RFC3339.match(text)
    if match is None:
        return None

    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction, zone = match.group(7), match.group(8)
    try:
        datetime.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None

    seconds = calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        offset_hours, offset_minutes = int(zone[1:3]), int(zone[4:6])
        if offset_hours > 23 or offset_minutes > 59:
            return None
        seconds -= sign * (offset_hours * 3600 + offset_minutes * 60)

    nanos = int(fraction.ljust(9, "0")) if fraction else 0
    return seconds * NANOS_PER_SECOND + nanos
