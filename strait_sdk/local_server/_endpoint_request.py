"""The HTTP request that dispatches one run attempt to a job's endpoint."""

from __future__ import annotations

import hashlib
import hmac

from attrs import frozen

from ._context import ServerContext
from ._records import Job, Run
from ._timestamps import NANOS_PER_SECOND, format_rfc3339_seconds, now_ns
from ._tokens import mint_run_token
from ._wire import dumps_canonical, dumps_compact

# X-Last-Checkpoint is left out when the checkpoint state is larger than this.
MAX_CHECKPOINT_HEADER_BYTES = 65_536


@frozen
class EndpointRequest:
    """One attempt's POST. ``dispatch_number`` identifies it when the reply comes back."""

    run_id: str
    attempt: int
    dispatch_number: int
    url: str
    body: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    timeout_secs: int


def build_endpoint_request(ctx: ServerContext, run: Run, job: Job) -> EndpointRequest:
    """Build the POST for the run's current attempt, minting a fresh run token.

    The body is the run's payload as canonical JSON, with no wrapper. The run id,
    job id and attempt travel in headers, and the token in X-Run-Token.
    """
    now_secs = now_ns() // NANOS_PER_SECOND
    timeout_secs = job.timeout_secs
    # NOTE: a run dispatched again after its expires_at, for example after a long
    # wait-for-event, gets a token that has already expired. Strait derives exp the same way.
    if run.expires_at_ns is not None:
        expires_at = run.expires_at_ns // NANOS_PER_SECOND
    else:
        expires_at = now_secs + timeout_secs + 60

    token = mint_run_token(
        ctx.signing_key,
        run_id=run.id,
        attempt=run.attempt,
        issued_at=now_secs,
        expires_at=expires_at,
    )
    body = dumps_canonical(run.payload).encode("utf-8")
    headers: list[tuple[str, str]] = [
        ("Content-Type", "application/json"),
        ("X-Run-ID", run.id),
        ("X-Job-ID", job.id),
        ("X-Attempt", str(run.attempt)),
        ("X-Run-Token", token),
    ]

    if job.signing_secret:
        headers.extend(_signature_headers(job.signing_secret, body, now_secs))
    if run.attempt > 1:
        headers.extend(_retry_headers(ctx, run))

    return EndpointRequest(
        run_id=run.id,
        attempt=run.attempt,
        dispatch_number=run.dispatch_count,
        url=job.endpoint_url,
        body=body,
        headers=tuple((name.encode("ascii"), value.encode("utf-8")) for name, value in headers),
        timeout_secs=timeout_secs,
    )


def _signature_headers(secret: str, body: bytes, timestamp: int) -> list[tuple[str, str]]:
    """Sign ``<timestamp>.<body>`` with HMAC-SHA256, as Strait does for endpoint signing secrets."""
    signed = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return [("X-Strait-Timestamp", str(timestamp)), ("X-Strait-Signature", f"v1={digest}")]


def _retry_headers(ctx: ServerContext, run: Run) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    checkpoint = ctx.store.latest_checkpoint(run.id)
    if checkpoint is not None:
        state = dumps_compact(checkpoint.state)
        if len(state.encode("utf-8")) <= MAX_CHECKPOINT_HEADER_BYTES:
            headers.append(("X-Last-Checkpoint", state))
        headers.append(("X-Checkpoint-At", format_rfc3339_seconds(checkpoint.created_at_ns)))
    if run.error:
        headers.append(("X-Previous-Error", _header_safe(run.error)))
    return headers


def _header_safe(text: str) -> str:
    """Replace control characters, which cannot appear in a header value, with spaces."""
    return "".join(" " if ord(char) < 32 or ord(char) == 127 else char for char in text)
