"""The facts Strait sends a job endpoint about the attempt it dispatches, read from the headers.

Strait POSTs the run's raw payload to the job's endpoint and puts everything else in headers:
`X-Run-Token` (the run token of this attempt), `X-Run-ID`, `X-Job-ID`, `X-Attempt` and, on a
retried attempt, `X-Last-Checkpoint` (the newest checkpoint's state as JSON, sent only when it
is at most 64 KiB), `X-Checkpoint-At` and `X-Previous-Error`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

import attrs

from ._errors import RunTokenError
from ._run_token import RunTokenClaims, decode_run_token, validate_run_token

RUN_TOKEN_HEADER = "x-run-token"
RUN_ID_HEADER = "x-run-id"
JOB_ID_HEADER = "x-job-id"
ATTEMPT_HEADER = "x-attempt"
LAST_CHECKPOINT_HEADER = "x-last-checkpoint"
CHECKPOINT_AT_HEADER = "x-checkpoint-at"
PREVIOUS_ERROR_HEADER = "x-previous-error"

_NO_CHECKPOINT = object()


@attrs.frozen
class Dispatch:
    """One attempt as Strait dispatched it. The run token is kept out of the repr."""

    run_id: str
    attempt: int
    token: str = attrs.field(repr=False)
    claims: RunTokenClaims = attrs.field(repr=False)
    job_id: str | None = None
    # The newest checkpoint's state on a retried attempt; None when Strait sent none.
    last_checkpoint: Any = None
    has_last_checkpoint: bool = False
    checkpoint_at: datetime | None = None
    previous_error: str | None = None


def dispatch_from_headers(headers: Mapping[str, str], *, now: datetime | None = None) -> Dispatch:
    """Read and check the dispatch headers of one request to a job endpoint.

    Header names are matched without regard to case. Raises RunTokenError when the token is
    missing, malformed, expired or disagrees with `X-Run-ID` or `X-Attempt`.
    """
    lowered = {name.lower(): value for name, value in headers.items()}

    token = lowered.get(RUN_TOKEN_HEADER, "").strip()
    if not token:
        raise RunTokenError(
            "the request has no X-Run-Token header. Strait sends one on every dispatch when the "
            "server has a JWT signing key; check that the request comes from Strait"
        )

    claims = decode_run_token(token, source="the X-Run-Token header")
    run_id = lowered.get(RUN_ID_HEADER, "").strip() or claims.run_id
    attempt = _attempt(lowered.get(ATTEMPT_HEADER))
    validate_run_token(claims, run_id=run_id, attempt=attempt, now=now)

    checkpoint = _last_checkpoint(_utf8_text(lowered.get(LAST_CHECKPOINT_HEADER)), run_id)
    return Dispatch(
        run_id=run_id,
        attempt=claims.attempt,
        token=token,
        claims=claims,
        job_id=lowered.get(JOB_ID_HEADER) or None,
        last_checkpoint=None if checkpoint is _NO_CHECKPOINT else checkpoint,
        has_last_checkpoint=checkpoint is not _NO_CHECKPOINT,
        checkpoint_at=_timestamp(lowered.get(CHECKPOINT_AT_HEADER)),
        previous_error=_utf8_text(lowered.get(PREVIOUS_ERROR_HEADER)) or None,
    )


def redecode_utf8(value: str) -> str:
    """Return a header value that was decoded as Latin-1, decoded again as UTF-8.

    Strait sends non-ASCII text, such as a checkpoint's JSON, as UTF-8 bytes, and WSGI servers
    and http.server decode header bytes as Latin-1. A value that is not such text comes back
    unchanged.
    """
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _utf8_text(value: str | None) -> str | None:
    return None if value is None else redecode_utf8(value)


def _attempt(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None

    text = value.strip()
    if not text.isdigit() or int(text) < 1:
        raise RunTokenError(
            f"the X-Attempt header is {text[:20]!r}, not a positive whole number; "
            "the request was not sent by Strait or was altered on the way"
        )
    return int(text)


def _last_checkpoint(value: str | None, run_id: str) -> Any:
    if value is None or not value.strip():
        return _NO_CHECKPOINT

    try:
        return json.loads(value)
    except json.JSONDecodeError as error:
        raise RunTokenError(
            f"the X-Last-Checkpoint header is not valid JSON ({error.msg} at position {error.pos} "
            f"of {len(value)} characters), so the request was not sent by Strait or was "
            "altered on the way. The checkpoint can still be read with "
            f"GET /v1/runs/{quote(run_id, safe='')}/checkpoints"
        ) from None


def _timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        # The timestamp is informational; a malformed one must not stop the attempt.
        return None
