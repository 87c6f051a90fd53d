"""Run tokens: HS256 JWTs minted per dispatch and checked on every run-plane request."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import TypeGuard

from attrs import frozen

RUN_TOKEN_ISSUER = "strait:run-token"

# Strait mints HS256 but its verifier accepts any HMAC algorithm.
_HMAC_DIGESTS = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}


class RunTokenError(Exception):
    """A run token was rejected. The message is the one sent to the client."""


@frozen
class RunTokenClaims:
    run_id: str
    attempt: int
    expires_at: int


def mint_run_token(
    signing_key: str, *, run_id: str, attempt: int, issued_at: int, expires_at: int
) -> str:
    """Return an HS256 JWT with the claims iss, sub (the run id), attempt, iat and exp.

    Times are Unix seconds.
    """
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {
        "iss": RUN_TOKEN_ISSUER,
        "sub": run_id,
        "attempt": attempt,
        "iat": issued_at,
        "exp": expires_at,
    }
    signing_input = _encode_segment(header) + "." + _encode_segment(claims)
    signature = hmac.new(signing_key.encode(), signing_input.encode("ascii"), hashlib.sha256)
    return signing_input + "." + _b64url_encode(signature.digest())


def verify_run_token(signing_key: str, token: str, *, now: float) -> RunTokenClaims:
    """Check the signature, issuer and expiry of a run token and return its claims.

    Raises RunTokenError with Strait's message: ``invalid run token`` for a bad
    signature, issuer or expiry, then ``missing run ID in token`` and ``missing run
    attempt in token`` for absent claims.
    """
    claims = _decode_verified_claims(signing_key, token)

    if claims.get("iss") != RUN_TOKEN_ISSUER:
        raise RunTokenError("invalid run token")
    expires_at = claims.get("exp")
    if not _is_number(expires_at) or expires_at <= now:
        raise RunTokenError("invalid run token")
    not_before = claims.get("nbf")
    if not_before is not None and (not _is_number(not_before) or not_before > now):
        raise RunTokenError("invalid run token")

    run_id = claims.get("sub")
    if not isinstance(run_id, str) or not run_id:
        raise RunTokenError("missing run ID in token")
    attempt = claims.get("attempt", 0)
    if not _is_number(attempt) or attempt != int(attempt):
        raise RunTokenError("invalid run token")
    if attempt <= 0:
        raise RunTokenError("missing run attempt in token")

    return RunTokenClaims(run_id=run_id, attempt=int(attempt), expires_at=int(expires_at))


def _decode_verified_claims(signing_key: str, token: str) -> dict[str, object]:
    parts = token.split(".")
    if len(parts) != 3:
        raise RunTokenError("invalid run token")

    header = _decode_segment(parts[0])
    digest = _HMAC_DIGESTS.get(str(header.get("alg")))
    if digest is None:
        raise RunTokenError("invalid run token")

    signing_input = (parts[0] + "." + parts[1]).encode("ascii")
    expected = hmac.new(signing_key.encode(), signing_input, digest).digest()
    if not hmac.compare_digest(expected, _b64url_decode(parts[2])):
        raise RunTokenError("invalid run token")
    return _decode_segment(parts[1])


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _encode_segment(value: Mapping[str, object]) -> str:
    return _b64url_encode(json.dumps(value, separators=(",", ":")).encode())


def _decode_segment(segment: str) -> dict[str, object]:
    try:
        value = json.loads(_b64url_decode(segment))
    except ValueError:
        raise RunTokenError("invalid run token") from None
    if not isinstance(value, dict):
        raise RunTokenError("invalid run token")
    return value


def _b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(segment: str) -> bytes:
    # JWT segments are unpadded base64url, so padding characters are an error.
    if "=" in segment or not segment.isascii():
        raise RunTokenError("invalid run token")
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except (binascii.Error, ValueError):
        raise RunTokenError("invalid run token") from None
