"""Specification of strait_sdk._run_token: reading run-token claims and checking them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from strait_sdk._errors import RunTokenError, StraitError
from strait_sdk._run_token import RunTokenClaims, decode_run_token, validate_run_token
from tests.support.tokens import EXPIRES, ISSUED, b64url, make_claims, make_token


def replace_part(token: str, index: int, part: str) -> str:
    parts = token.split(".")
    parts[index] = part
    return ".".join(parts)


def rejection(token: Any, source: str = "run token") -> RunTokenError:
    with pytest.raises(RunTokenError) as caught:
        decode_run_token(token, source=source)
    message = str(caught.value)
    if isinstance(token, str) and token:
        assert token not in message
        for part in token.split("."):
            if len(part) > 8:
                assert part not in message
    return caught.value


# Decoding.


def test_decode_server_token() -> None:
    claims = decode_run_token(make_token())

    assert claims == RunTokenClaims(
        run_id="run_0123",
        attempt=1,
        expires_at=EXPIRES,
        issued_at=ISSUED,
        issuer="strait:run-token",
        assignment_id=None,
    )
    assert claims.expires_at.tzinfo is not None


def test_decode_worker_token() -> None:
    claims = decode_run_token(make_token(make_claims(assignment_id="asg_9", attempt=3)))

    assert claims.assignment_id == "asg_9"
    assert claims.attempt == 3


@pytest.mark.parametrize("alg", ["HS256", "HS384", "HS512"])
def test_decode_accepts_hmac_algorithms(alg: str) -> None:
    assert decode_run_token(make_token(alg=alg)).run_id == "run_0123"


def test_decode_without_iat() -> None:
    assert decode_run_token(make_token(make_claims(iat=None))).issued_at is None


def test_decode_fractional_exp() -> None:
    claims = decode_run_token(make_token(make_claims(exp=EXPIRES.timestamp() + 0.5)))

    assert claims.expires_at == EXPIRES + timedelta(milliseconds=500)


def test_decode_strips_surrounding_whitespace() -> None:
    assert decode_run_token(f"  {make_token()}\n").run_id == "run_0123"


def test_decode_ignores_signature_validity() -> None:
    token = replace_part(make_token(), 2, b64url(b"not-the-real-signature"))

    assert decode_run_token(token).run_id == "run_0123"


def test_run_token_error_is_strait_error() -> None:
    assert issubclass(RunTokenError, StraitError)


# Rejections of the token's form.


@pytest.mark.parametrize(
    "token",
    ["", "abc", "a.b", "a.b.c.d", "header..signature", ".claims.signature", "header.claims."],
)
def test_reject_wrong_part_count(token: str) -> None:
    error = rejection(token)

    assert "not a JWT" in str(error)
    assert "three" in str(error)


def test_reject_non_string() -> None:
    error = rejection(12345)

    assert "must be a string" in str(error)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_reject_bad_base64(index: int) -> None:
    token = replace_part(make_token(), index, "abc!def")

    error = rejection(token)

    assert "not base64url" in str(error)


def test_reject_impossible_base64_length() -> None:
    token = replace_part(make_token(), 1, "abcde")

    assert "not base64url" in str(rejection(token))


@pytest.mark.parametrize("index", [0, 1])
def test_reject_part_not_json(index: int) -> None:
    token = replace_part(make_token(), index, b64url(b"{not json"))

    assert "not JSON" in str(rejection(token))


@pytest.mark.parametrize("index", [0, 1])
def test_reject_part_not_object(index: int) -> None:
    token = replace_part(make_token(), index, b64url(b'["a", "b"]'))

    assert "not a JSON object" in str(rejection(token))


def test_reject_part_not_utf8() -> None:
    token = replace_part(make_token(), 1, b64url(b"\xff\xfe"))

    assert "not JSON" in str(rejection(token))


@pytest.mark.parametrize("alg", ["none", "RS256", "ES256", "hs256", None, 256])
def test_reject_algorithm(alg: Any) -> None:
    header = {"typ": "JWT"} if alg is None else {"alg": alg, "typ": "JWT"}
    token = replace_part(make_token(), 0, b64url(json.dumps(header).encode()))

    error = rejection(token)

    assert "HS256, HS384, HS512" in str(error)


def test_error_names_source() -> None:
    error = rejection("a.b", source="header X-Run-Token")

    assert str(error).startswith("header X-Run-Token is not a JWT")


# Rejections of claims.


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"iss": None}, "has no iss claim"),
        ({"iss": "strait:sse"}, "has the iss claim 'strait:sse'"),
        ({"iss": 5}, "has the iss claim 5"),
        ({"sub": None}, "sub claim is missing"),
        ({"sub": ""}, "sub claim is missing, empty"),
        ({"sub": 42}, "not a string"),
        ({"exp": None}, "has no exp claim"),
        ({"exp": "tomorrow"}, "invalid exp claim"),
        ({"exp": True}, "invalid exp claim"),
        ({"exp": 10**20}, "exp claim outside the supported dates"),
        ({"iat": "yesterday"}, "invalid iat claim"),
        ({"attempt": None}, "has no attempt claim"),
        ({"attempt": "1"}, "invalid attempt claim"),
        ({"attempt": True}, "invalid attempt claim"),
        ({"attempt": 1.0}, "invalid attempt claim"),
        ({"attempt": 0}, "invalid attempt claim"),
        ({"attempt": -2}, "invalid attempt claim"),
        ({"assignment_id": 7}, "invalid assignment_id claim"),
    ],
)
def test_reject_claim(changes: dict[str, Any], expected: str) -> None:
    error = rejection(make_token(make_claims(**changes)))

    assert expected in str(error)


def test_sse_token_is_not_run_token() -> None:
    claims = {"iss": "strait:sse", "sub": "proj_1", "pid": "proj_1", "exp": 2_000_000_000}

    error = rejection(make_token(claims))

    assert "SSE tokens" in str(error)


def test_claims_reject_bad_values_directly() -> None:
    with pytest.raises(RunTokenError):
        RunTokenClaims(run_id="r", attempt=0, expires_at=EXPIRES)
    with pytest.raises(RunTokenError):
        RunTokenClaims(run_id="r", attempt=1, expires_at=datetime(2026, 1, 1))


# Validation.


def test_validate_accepts_matching_token() -> None:
    claims = decode_run_token(make_token(make_claims(attempt=2)))

    validate_run_token(claims, run_id="run_0123", attempt=2, now=ISSUED)


def test_validate_within_leeway() -> None:
    claims = decode_run_token(make_token())

    validate_run_token(claims, now=EXPIRES + timedelta(seconds=29))


def test_validate_expired_beyond_leeway() -> None:
    claims = decode_run_token(make_token())

    with pytest.raises(RunTokenError) as caught:
        validate_run_token(claims, now=EXPIRES + timedelta(seconds=31))

    assert "expired at 2026-03-01T13:00:00+00:00" in str(caught.value)
    assert "31 s ago" in str(caught.value)


def test_validate_custom_leeway() -> None:
    claims = decode_run_token(make_token())

    validate_run_token(claims, now=EXPIRES + timedelta(seconds=90), leeway_s=120)
    with pytest.raises(RunTokenError):
        validate_run_token(claims, now=EXPIRES + timedelta(seconds=1), leeway_s=0)


def test_validate_uses_current_time() -> None:
    future = datetime.now(UTC) + timedelta(hours=1)
    fresh = decode_run_token(make_token(make_claims(exp=int(future.timestamp()))))
    stale = decode_run_token(make_token())

    validate_run_token(fresh)
    with pytest.raises(RunTokenError):
        validate_run_token(stale)


def test_validate_other_run() -> None:
    claims = decode_run_token(make_token())

    with pytest.raises(RunTokenError) as caught:
        validate_run_token(claims, run_id="run_9999", now=ISSUED)

    assert "names another run" in str(caught.value)
    assert "'run_0123'" in str(caught.value)
    assert "'run_9999'" in str(caught.value)


def test_validate_other_attempt() -> None:
    claims = decode_run_token(make_token(make_claims(attempt=2)))

    with pytest.raises(RunTokenError) as caught:
        validate_run_token(claims, attempt=3, now=ISSUED)

    assert "attempt 2" in str(caught.value)
    assert "attempt 3" in str(caught.value)


def test_validate_rejects_naive_now() -> None:
    claims = decode_run_token(make_token())

    with pytest.raises(RunTokenError, match="timezone-aware"):
        validate_run_token(claims, now=datetime(2026, 3, 1, 12, 0, 0))


@pytest.mark.parametrize("leeway", [-1.0, float("nan"), float("inf")])
def test_validate_rejects_bad_leeway(leeway: float) -> None:
    claims = decode_run_token(make_token())

    with pytest.raises(RunTokenError, match="leeway_s"):
        validate_run_token(claims, now=ISSUED, leeway_s=leeway)
