"""The SDK's logger, its opt-in console output, and redaction of secrets before logging.

As a library the SDK adds no handler by default: records propagate to whatever logging the
application set up. Setting STRAIT_LOG=debug or STRAIT_LOG=info adds one console handler.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import TextIO

import httpx

from strait_sdk._constants import LOGGER_NAME, STRAIT_LOG

__all__ = ["configure_logging", "logger", "redact_headers", "redact_text"]

logger = logging.getLogger(LOGGER_NAME)
# A library leaves output to the application: without a handler of its own, Python's
# last-resort handler would print the SDK's warnings to stderr unasked.
logger.addHandler(logging.NullHandler())

REDACTED = "[redacted]"

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
# Headers whose values are credentials or signatures, in lower case.
_SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-run-token",
        "x-strait-signature",
        "cookie",
        "set-cookie",
        "x-internal-secret",
        "x-api-key",
    }
)
# The executor sends each job secret as an X-Secret-<NAME> header on dispatch.
_SECRET_HEADER_PREFIX = "x-secret-"
_LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _StraitConsoleHandler(logging.StreamHandler[TextIO]):
    """The console handler that configure_logging adds. Its class marks it as already added."""


def configure_logging(env: Mapping[str, str] | None = None) -> None:
    """Apply STRAIT_LOG from ``env`` (default os.environ) to the strait_sdk logger.

    "debug" or "info", in any case, set the logger's level and add one console handler.
    Calling this again changes the level but never adds a second handler. An unset or
    empty variable changes nothing, and any other value logs a warning and changes nothing.
    """
    environ: Mapping[str, str] = os.environ if env is None else env
    value = environ.get(STRAIT_LOG, "").strip()
    if not value:
        return

    level = _LEVELS.get(value.lower())
    if level is None:
        logger.warning(
            "Ignoring %s=%r: valid values are debug and info, in any case.",
            STRAIT_LOG,
            value[:40],
        )
        return

    logger.setLevel(level)
    if not any(isinstance(handler, _StraitConsoleHandler) for handler in logger.handlers):
        handler = _StraitConsoleHandler()
        handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        logger.addHandler(handler)


def redact_headers(
    headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, str]:
    """Return a copy of ``headers`` with the values of credential headers replaced.

    Authorization, Proxy-Authorization, X-Run-Token, X-Strait-Signature, Cookie, Set-Cookie,
    X-Internal-Secret, X-Api-Key and every X-Secret-* header are matched without regard to
    case. Repeated headers are joined with ", ", as httpx does.
    """
    if isinstance(headers, httpx.Headers):
        items: Iterable[tuple[str, str]] = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers

    redacted: dict[str, str] = {}
    for name, value in items:
        visible_value = REDACTED if _is_secret_header(name) else value
        redacted[name] = f"{redacted[name]}, {visible_value}" if name in redacted else visible_value
    return redacted


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or lowered.startswith(_SECRET_HEADER_PREFIX)


def redact_text(text: str, secrets: Iterable[str | None]) -> str:
    """Return ``text`` with every occurrence of each non-empty secret replaced by [redacted].

    Longer secrets are replaced first, so a secret that contains another is hidden whole.
    """
    for secret in sorted({secret for secret in secrets if secret}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text
