"""The check of the HMAC signature that Strait puts on requests to a job endpoint.

When a job has a signing secret, Strait sends `X-Strait-Timestamp` (Unix seconds) and
`X-Strait-Signature: v1=<hex>`, where the hex is HMAC-SHA256 of `<timestamp>.<body>` keyed with
the secret. The timestamp is inside the signed text, so checking its age stops replays of an old
request.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time

from .._errors import InvalidArgumentError, SignatureError

TIMESTAMP_HEADER = "x-strait-timestamp"
SIGNATURE_HEADER = "x-strait-signature"
SIGNATURE_SCHEME = "v1"
DEFAULT_MAX_CLOCK_SKEW_S = 300.0

_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


def verify_signature(
    body: bytes | bytearray | memoryview,
    *,
    timestamp: str | None,
    signature: str | None,
    secret: str,
    max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S,
    now: float | None = None,
) -> None:
    """Check that `body` was signed by Strait with `secret` within `max_clock_skew_s` of `now`.

    `timestamp` and `signature` are the values of the X-Strait-Timestamp and X-Strait-Signature
    headers, None when absent. `now` is Unix seconds and defaults to the current time. Raises
    SignatureError when a header is missing or malformed, the signature does not match, or the
    timestamp is further than `max_clock_skew_s` from `now` in either direction.
    """
    _check_arguments(body, secret, max_clock_skew_s)

    signed_at = _parse_timestamp(timestamp)
    received = _parse_signature(signature)

    signed = f"{signed_at}.".encode() + bytes(body)
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, received):
        raise SignatureError(
            "the X-Strait-Signature header does not match the body and timestamp. Check that "
            "the endpoint's signing secret is the job's endpoint_signing_secret, and that "
            "nothing between Strait and this endpoint rewrites the body"
        )

    current = time.time() if now is None else now
    age_s = current - signed_at
    if age_s > max_clock_skew_s:
        raise SignatureError(
            f"the X-Strait-Timestamp {signed_at} is {age_s:.0f} s old, more than the allowed "
            f"{max_clock_skew_s:g} s, so the request may be a replay. Check the clocks of "
            "Strait and this machine, or raise max_clock_skew_s"
        )
    if -age_s > max_clock_skew_s:
        raise SignatureError(
            f"the X-Strait-Timestamp {signed_at} is {-age_s:.0f} s in the future, more than "
            f"the allowed {max_clock_skew_s:g} s. Check the clocks of Strait and this machine"
        )


def _check_arguments(body: object, secret: object, max_clock_skew_s: object) -> None:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentError(
            f"body must be the raw request body as bytes, got {type(body).__name__}; pass the "
            "bytes exactly as received, before any JSON decoding"
        )
    if not isinstance(secret, str) or not secret:
        got = "an empty string" if isinstance(secret, str) else type(secret).__name__
        raise InvalidArgumentError(
            f"secret must be the job's non-empty endpoint signing secret, got {got}"
        )
    if (
        isinstance(max_clock_skew_s, bool)
        or not isinstance(max_clock_skew_s, int | float)
        or not math.isfinite(max_clock_skew_s)
        or max_clock_skew_s <= 0
    ):
        raise InvalidArgumentError(
            f"max_clock_skew_s must be a positive number of seconds, got {max_clock_skew_s!r}; "
            f"the default is {DEFAULT_MAX_CLOCK_SKEW_S:g}"
        )


def _parse_timestamp(value: str | None) -> int:
    if value is None or not value.strip():
        raise SignatureError(
            "the request has no X-Strait-Timestamp header, but a signing secret is set. Strait "
            "sends it with every dispatch of a job that has an endpoint_signing_secret"
        )

    text = value.strip()
    if not _TIMESTAMP.fullmatch(text):
        raise SignatureError(
            f"the X-Strait-Timestamp header is {text[:20]!r}, not a whole number of Unix seconds"
        )
    return int(text)


def _parse_signature(value: str | None) -> bytes:
    if value is None or not value.strip():
        raise SignatureError(
            "the request has no X-Strait-Signature header, but a signing secret is set. Strait "
            "sends it with every dispatch of a job that has an endpoint_signing_secret"
        )

    scheme, separator, digest = value.strip().partition("=")
    if not separator or scheme.strip() != SIGNATURE_SCHEME:
        raise SignatureError(
            f"the X-Strait-Signature header uses the scheme {scheme.strip()[:10]!r}, but only "
            f"{SIGNATURE_SCHEME}=<hex HMAC-SHA256> is supported"
        )
    if not _HEX_DIGEST.fullmatch(digest.strip()):
        raise SignatureError(
            f"the X-Strait-Signature value is not 64 hexadecimal digits (got "
            f"{len(digest.strip())} characters), so it is not an HMAC-SHA256 signature"
        )
    return bytes.fromhex(digest.strip())
