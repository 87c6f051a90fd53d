"""The checks a request passes before the handler runs: method, signature, run token, payload.

A request that fails one gets a short JSON error reply, and the handler is not called. Every
rejection is a non-2xx status, so Strait records it as a failed attempt.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any, Self

import attrs

from .._dispatch import RUN_ID_HEADER, Dispatch, dispatch_from_headers, redecode_utf8
from .._errors import RunTokenError, SignatureError
from ._options import EndpointOptions
from ._replies import Reply, bound_text, error_reply, method_not_allowed
from ._signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_signature

logger = logging.getLogger("strait_sdk.jobs")

# The executor sends each job and environment secret as an X-Secret-<NAME> header.
SECRET_HEADER_PREFIX = "x-secret-"


@attrs.frozen
class EndpointRequest:
    """One request to the endpoint as an adapter read it. Header names are lower case."""

    method: str
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)

    @classmethod
    def from_pairs(cls, method: str, headers: Iterable[tuple[str, str]], body: bytes) -> Self:
        """Build a request from header pairs, joining repeated names with ", "."""
        merged: dict[str, str] = {}
        for name, value in headers:
            key = name.lower()
            merged[key] = f"{merged[key]}, {value}" if key in merged else value
        return cls(method.upper(), merged, body)


@attrs.frozen
class AcceptedRequest:
    """A request that passed every check, with what the handler and the redaction need."""

    dispatch: Dispatch
    payload: Any = attrs.field(repr=False)
    # Values that must never appear in a reply or a log line.
    secrets: tuple[str, ...] = attrs.field(repr=False)


def check_request(request: EndpointRequest, options: EndpointOptions) -> AcceptedRequest | Reply:
    """Return the accepted request, or the error reply for the first check it fails."""
    if request.method != "POST":
        return method_not_allowed(request.method)

    if options.signing_secret is not None:
        try:
            verify_signature(
                request.body,
                timestamp=request.headers.get(TIMESTAMP_HEADER),
                signature=request.headers.get(SIGNATURE_HEADER),
                secret=options.signing_secret,
                max_clock_skew_s=options.max_clock_skew_s,
            )
        except SignatureError as error:
            return _reject(request, 401, str(error))

    try:
        dispatch = dispatch_from_headers(request.headers)
    except RunTokenError as error:
        return _reject(request, 401, str(error))

    try:
        payload = json.loads(request.body)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        return _reject(request, 400, _payload_problem(request.body, error))

    secrets = (dispatch.token, options.signing_secret, *secret_header_values(request.headers))
    return AcceptedRequest(dispatch, payload, tuple(value for value in secrets if value))


def header_text(raw: bytes) -> str:
    """Decode a header value as UTF-8, falling back to Latin-1 for bytes that are not UTF-8.

    Strait sends non-ASCII text in headers, such as a checkpoint's JSON, as UTF-8 bytes.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def redecoded_header(value: str) -> str:
    """Decode again as UTF-8 a header value that WSGI or http.server decoded as Latin-1."""
    return redecode_utf8(value)


def secret_header_values(headers: Mapping[str, str]) -> list[str]:
    """Return the values of the X-Secret-* headers, the job's secrets."""
    return [value for name, value in headers.items() if name.startswith(SECRET_HEADER_PREFIX)]


def _reject(request: EndpointRequest, status: int, message: str) -> Reply:
    # The run id header is not yet trusted here, so it is cut short and shown with repr().
    run_id = bound_text(request.headers.get(RUN_ID_HEADER, "(none)"), 80)
    logger.warning("rejected a dispatch for run %r with HTTP %d: %s", run_id, status, message)
    return error_reply(status, message)


def _payload_problem(body: bytes, error: Exception) -> str:
    if not body:
        return "the request body is empty; Strait always sends the run's payload as JSON"
    if isinstance(error, UnicodeDecodeError):
        return f"the request body is not UTF-8 (invalid byte at offset {error.start})"
    if isinstance(error, json.JSONDecodeError):
        return (
            f"the request body is not valid JSON ({error.msg} at position {error.pos} of "
            f"{len(body)} bytes); Strait sends the run's payload as JSON"
        )
    return "the request body's JSON is nested too deeply to decode"
