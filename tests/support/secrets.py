"""The secrets the test suite uses, and a search for them in everything the suite printed.

Every API key, signing key and run token the local servers create is registered here; at the
end of the session the suite's captured output (stdout, stderr and log records of every test,
and warnings) is searched for them, and the run fails if one appears.
"""

from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_secrets: set[str] = set()
_captured: list[tuple[str, str]] = []

# Shorter values are not secrets worth searching for and would match by chance.
MIN_SECRET_LENGTH = 16


def register(value: str | None) -> None:
    if value and len(value) >= MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def capture(where: str, text: str) -> None:
    if text:
        with _lock:
            _captured.append((where, text))


def leaks() -> list[str]:
    """Return one line per place where a registered secret appears in captured output."""
    with _lock:
        secrets = sorted(_secrets)
        captured = list(_captured)

    found = []
    for where, text in captured:
        for secret in secrets:
            if secret in text:
                found.append(f"{where}: contains a secret starting {secret[:10]!r}")
    return found


def secret_count() -> int:
    with _lock:
        return len(_secrets)


class CapturingHandler(logging.Handler):
    """Keeps every log record of the session, formatted with its arguments, to search later."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a record that cannot format is still worth seeing
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += f"\n{record.exc_info[1]!r}"
        capture(f"log {record.name}", text)
