"""The HTTP replies a job endpoint sends back to Strait, all of them JSON.

A 2xx reply completes the run with the body as its result. Any other status fails the attempt
and lets the job's retry policy start another one, and the body's text becomes the attempt's
error, so error bodies are short and never contain secrets.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable
from typing import Any, Final

import attrs

from .._logging import redact_text

# Strait reads at most 1 MiB of a reply into the run's result and cuts the rest, which would
# leave a truncated, unparsable result, so a larger return value fails the attempt instead.
MAX_RESULT_BYTES: Final = 1_048_576
# Error text in a reply is capped so that the attempt's error stays readable.
MAX_ERROR_CHARS: Final = 1_000

_JSON_HEADERS: Final = (("content-type", "application/json"),)


@attrs.frozen
class Reply:
    """A status, JSON body and headers, ready for any of the adapters to write."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = _JSON_HEADERS


class ResultError(Exception):
    """The handler returned a value that cannot be the run's result."""


def result_reply(result: Any) -> Reply:
    """Encode the handler's return value as the 200 reply, None as `null`.

    Raises ResultError when the value is not JSON (NaN and infinities included) or is over
    MAX_RESULT_BYTES once encoded.
    """
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()  # never awaited on purpose, so Python need not warn about it
        raise ResultError(
            "the handler returned an awaitable instead of a value. Declare the handler with "
            "async def so that the adapter awaits it and passes an AsyncRunContext"
        )
    try:
        body = json.dumps(result, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as error:
        raise ResultError(
            f"the handler returned a {type(result).__name__} that cannot be encoded as JSON "
            f"({error}). Return dicts, lists, strings, finite numbers, booleans or None"
        ) from None
    except RecursionError:
        raise ResultError(
            "the handler's return value is nested too deeply to encode as JSON"
        ) from None

    if len(body) > MAX_RESULT_BYTES:
        raise ResultError(
            f"the handler's return value is {len(body)} bytes as JSON, over Strait's limit of "
            f"{MAX_RESULT_BYTES} bytes for a run result. Store large data elsewhere, for "
            "example with ctx.output(), and return a reference to it"
        )
    return Reply(200, body)


def error_reply(status: int, message: str, *, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """Build a reply whose JSON body is `{"error": message}`."""
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    return Reply(status, body, (*_JSON_HEADERS, *headers))


def failure_message(error: BaseException, secrets: Iterable[str | None]) -> str:
    """Describe `error` as `<type>: <message>`, with `secrets` redacted, in MAX_ERROR_CHARS."""
    try:
        detail = str(error)
    except Exception:
        detail = "(the exception's message could not be formatted)"
    text = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    # Redacting before cutting keeps a secret from surviving as a prefix cut in half.
    return bound_text(redact_text(text, secrets), MAX_ERROR_CHARS)


def bound_text(text: str, max_chars: int) -> str:
    """Cut `text` to `max_chars` characters, marking the cut with an ellipsis."""
    if len(text) <= max_chars:
        return text
    return text[: max_chars - 1] + "…"


def method_not_allowed(method: str) -> Reply:
    """Build the 405 reply, sent by adapters before they read the body."""
    return error_reply(
        405,
        f"method {bound_text(method, 20)} is not allowed; Strait dispatches runs with POST",
        headers=[("allow", "POST")],
    )


def body_too_large(max_body_bytes: int) -> Reply:
    """Build the 413 reply for a body over `max_body_bytes`."""
    return error_reply(
        413,
        f"the request body is over this endpoint's limit of {max_body_bytes} bytes; raise "
        "max_body_bytes if the job's payloads are this large",
    )
