"""Reading and checking the run token, the JWT that authenticates a job's calls to the run plane.

The server signs run tokens with a key that the SDK never holds, so the SDK cannot verify the
signature. It reads the claims to catch mistakes early: a token from another run or attempt,
an expired token, or a value that is not a run token at all. The server still verifies
every request. No error message contains the token.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from strait_sdk._constants import RUN_TOKEN_ALGORITHMS, RUN_TOKEN_ISSUER, RUN_TOKEN_LEEWAY_S
from strait_sdk._errors import RunTokenError

__all__ = ["RunTokenClaims", "decode_run_token", "validate_run_token"]

_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_DEFAULT_SOURCE = "run token"
# Advice for a value that does not parse as a run token, because it was cut, wrapped or
# replaced between the dispatch and the SDK.
_PASS_UNCHANGED = (
    "Pass the X-Run-Token header's value unchanged, without a prefix such as 'Bearer ', "
    "quotes or line breaks."
)
# Advice for a well-formed JWT that lacks a claim that Strait sets in every run token.
_NOT_MINTED_BY_STRAIT = (
    "Strait sets this claim in every run token, so this token was made elsewhere. "
    + _PASS_UNCHANGED
)


def _validate_attempt(_instance: Any, _attribute: Any, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise RunTokenError(f"The run token's attempt must be an integer above 0, got {value!r}.")


def _validate_aware(_instance: Any, attribute: Any, value: Any) -> None:
    if value is None and attribute.name == "issued_at":
        return
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise RunTokenError(f"The run token's {attribute.name} must be a timezone-aware datetime.")


@attrs.frozen
class RunTokenClaims:
    """The claims of a run token, with times as timezone-aware UTC datetimes."""

    run_id: str
    attempt: int = attrs.field(validator=_validate_attempt)
    expires_at: datetime = attrs.field(validator=_validate_aware)
    issued_at: datetime | None = attrs.field(default=None, validator=_validate_aware)
    issuer: str = RUN_TOKEN_ISSUER
    # Present only in tokens for worker-mode runs, which the server checks against the
    # worker's active task.
    assignment_id: str | None = None


def decode_run_token(token: str, *, source: str = _DEFAULT_SOURCE) -> RunTokenClaims:
    """Read the claims of a run token without verifying its signature.

    ``source`` names where the token came from, such as "header X-Run-Token", for error
    messages. Raises RunTokenError when the token is not a JWT signed with HMAC, or when a
    claim the server requires is missing or has the wrong type. Expiry is not checked
    here: see validate_run_token.
    """
    if not isinstance(token, str):
        raise RunTokenError(f"{source} must be a string, got {type(token).__name__}.")

    parts = token.strip().split(".")
    if len(parts) != 3 or not all(parts):
        raise RunTokenError(
            f"{source} is not a JWT: expected three non-empty base64url parts separated by "
            f"dots, got {len(parts)} part(s). {_PASS_UNCHANGED}"
        )

    header = _decode_json_part(parts[0], "header", source)
    _check_algorithm(header, source)
    claims = _decode_json_part(parts[1], "claims", source)
    _decode_base64url(parts[2], "signature", source)
    return _claims_from_payload(claims, source)


def validate_run_token(
    claims: RunTokenClaims,
    *,
    run_id: str | None = None,
    attempt: int | None = None,
    now: datetime | None = None,
    leeway_s: float = RUN_TOKEN_LEEWAY_S,
) -> None:
    """Raise RunTokenError if the token has expired or belongs to another run or attempt.

    ``run_id`` and ``attempt`` are the values from the dispatch headers (X-Run-ID and
    X-Attempt) and are compared only when given. ``leeway_s`` seconds of clock difference
    with the server are tolerated. ``now`` defaults to the current time and must be aware.
    """
    current = _aware_now(now)
    if not math.isfinite(leeway_s) or leeway_s < 0:
        raise RunTokenError(f"leeway_s must be a finite number of seconds >= 0, got {leeway_s!r}.")

    if current > claims.expires_at + timedelta(seconds=leeway_s):
        expired_for = (current - claims.expires_at).total_seconds()
        raise RunTokenError(
            f"The run token for attempt {claims.attempt} of run {claims.run_id} expired at "
            f"{claims.expires_at.isoformat()}, {expired_for:.0f} s ago, so the server will "
            "reject it. Strait mints a new token for each attempt, so answer this dispatch "
            "with an error status and let the next attempt run with its own token. If the "
            "run keeps timing out, raise the job's timeout_secs."
        )
    if run_id is not None and run_id != claims.run_id:
        raise RunTokenError(
            f"The run token names another run: it is for run {claims.run_id!r}, but run "
            f"{run_id!r} was expected. Use the token that came with this run's dispatch, and "
            "do not share one token between runs."
        )
    if attempt is not None and attempt != claims.attempt:
        raise RunTokenError(
            f"The run token is for attempt {claims.attempt} of run {claims.run_id}, but the "
            f"dispatch is attempt {attempt}. Use the token that came with this attempt."
        )


def _aware_now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.utcoffset() is None:
        raise RunTokenError("now must be a timezone-aware datetime, such as datetime.now(UTC).")
    return now


def _decode_base64url(part: str, name: str, source: str) -> bytes:
    # urlsafe_b64decode skips characters outside the alphabet, so they are rejected first.
    problem = f"{source} is not a JWT: its {name} part is not base64url."
    if not _BASE64URL.fullmatch(part):
        raise RunTokenError(f"{problem} {_PASS_UNCHANGED}")
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        raise RunTokenError(f"{problem} {_PASS_UNCHANGED}") from None


def _decode_json_part(part: str, name: str, source: str) -> dict[str, Any]:
    raw = _decode_base64url(part, name, source)
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RunTokenError(
            f"{source} is not a JWT: its {name} part is not JSON. {_PASS_UNCHANGED}"
        ) from None

    if not isinstance(value, dict):
        raise RunTokenError(
            f"{source} is not a JWT: its {name} part is not a JSON object. {_PASS_UNCHANGED}"
        )
    return value


def _check_algorithm(header: dict[str, Any], source: str) -> None:
    algorithm = header.get("alg")
    if algorithm not in RUN_TOKEN_ALGORITHMS:
        allowed = ", ".join(sorted(RUN_TOKEN_ALGORITHMS))
        quoted = repr(algorithm)[:40]
        raise RunTokenError(
            f"{source} uses the signing algorithm {quoted}, but run tokens use one of {allowed}. "
            f"It is probably another kind of token. {_PASS_UNCHANGED}"
        )


def _claims_from_payload(payload: dict[str, Any], source: str) -> RunTokenClaims:
    issuer = payload.get("iss")
    if issuer != RUN_TOKEN_ISSUER:
        problem = "has no iss claim" if issuer is None else f"has the iss claim {issuer!r:.40}"
        raise RunTokenError(
            f"{source} {problem}, so it is not a run token. Run tokens have iss "
            f"{RUN_TOKEN_ISSUER!r}, and SSE tokens and API keys do not work on the run plane. "
            "Use the X-Run-Token header's value from the dispatch of this attempt."
        )

    run_id = payload.get("sub")
    if not isinstance(run_id, str) or not run_id:
        raise RunTokenError(
            f"{source} has no run id: its sub claim is missing, empty or not a string. "
            f"{_NOT_MINTED_BY_STRAIT}"
        )

    expires_at = _time_claim(payload, "exp", source)
    if expires_at is None:
        raise RunTokenError(
            f"{source} has no exp claim, which the server requires. {_NOT_MINTED_BY_STRAIT}"
        )

    return RunTokenClaims(
        run_id=run_id,
        attempt=_attempt_claim(payload, source),
        expires_at=expires_at,
        issued_at=_time_claim(payload, "iat", source),
        issuer=issuer,
        assignment_id=_assignment_claim(payload, source),
    )


def _attempt_claim(payload: dict[str, Any], source: str) -> int:
    attempt = payload.get("attempt")
    if attempt is None:
        raise RunTokenError(
            f"{source} has no attempt claim, which the server requires. {_NOT_MINTED_BY_STRAIT}"
        )
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt <= 0:
        raise RunTokenError(
            f"{source} has an invalid attempt claim: it must be an integer above 0, got "
            f"{_json_type_name(attempt)}. {_NOT_MINTED_BY_STRAIT}"
        )
    return attempt


def _time_claim(payload: dict[str, Any], name: str, source: str) -> datetime | None:
    value = payload.get(name)
    if value is None:
        return None

    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RunTokenError(
            f"{source} has an invalid {name} claim: it must be a number of seconds. "
            f"{_NOT_MINTED_BY_STRAIT}"
        )
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        raise RunTokenError(
            f"{source} has an {name} claim outside the supported dates. {_NOT_MINTED_BY_STRAIT}"
        ) from None


def _assignment_claim(payload: dict[str, Any], source: str) -> str | None:
    value = payload.get("assignment_id")
    if value is None or isinstance(value, str):
        return value
    raise RunTokenError(
        f"{source} has an invalid assignment_id claim: it must be a string. {_NOT_MINTED_BY_STRAIT}"
    )


def _json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
