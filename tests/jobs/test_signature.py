"""verify_signature: the check of X-Strait-Timestamp and X-Strait-Signature."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from strait_sdk import InvalidArgumentError, RunTokenError, StraitError
from strait_sdk.jobs import SignatureError, verify_signature
from tests.support import secrets

SECRET = "whsec_unit_test_signing_secret_0123456789"
secrets.register(SECRET)
BODY = b'{"order_id":42,"items":["a","b"]}'
SIGNED_AT = 1_767_225_600


def sign(body: bytes = BODY, timestamp: int | str = SIGNED_AT, secret: str = SECRET) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"v1={digest.hexdigest()}"


def expected_digest() -> str:
    return sign().removeprefix("v1=")


def check(
    body: bytes | bytearray | memoryview = BODY,
    *,
    timestamp: str | None = str(SIGNED_AT),
    signature: str | None = None,
    now: float = SIGNED_AT + 1,
    max_clock_skew_s: float = 300,
) -> None:
    verify_signature(
        body,
        timestamp=timestamp,
        signature=sign() if signature is None else signature,
        secret=SECRET,
        max_clock_skew_s=max_clock_skew_s,
        now=now,
    )


def test_valid_signature_passes() -> None:
    check()


def test_body_as_bytearray_or_memoryview() -> None:
    check(bytearray(BODY))
    check(memoryview(BODY))


def test_whitespace_around_values_ignored() -> None:
    check(timestamp=f" {SIGNED_AT} ", signature=f"  {sign()} ")


def test_uppercase_hex_accepted() -> None:
    check(signature="v1=" + expected_digest().upper())


@pytest.mark.parametrize("timestamp", [None, "", "   "])
def test_missing_timestamp(timestamp: str | None) -> None:
    with pytest.raises(SignatureError, match="no X-Strait-Timestamp header"):
        check(timestamp=timestamp)


@pytest.mark.parametrize("signature", ["", "  "])
def test_missing_signature(signature: str) -> None:
    with pytest.raises(SignatureError, match="no X-Strait-Signature header"):
        check(signature=signature)


def test_missing_signature_none() -> None:
    with pytest.raises(SignatureError, match="no X-Strait-Signature header"):
        verify_signature(BODY, timestamp=str(SIGNED_AT), signature=None, secret=SECRET)


@pytest.mark.parametrize(
    "signature", ["v2=" + "ab" * 32, "sha256=" + "ab" * 32, "ab" * 32, "V1=" + "ab" * 32]
)
def test_unknown_scheme(signature: str) -> None:
    with pytest.raises(SignatureError, match="scheme"):
        check(signature=signature)


@pytest.mark.parametrize(
    "digest", ["", "abc", "ab" * 31, "ab" * 33, "zz" * 32, "ab" * 31 + "a ", "+" + "a" * 63]
)
def test_malformed_hex(digest: str) -> None:
    with pytest.raises(SignatureError, match="not 64 hexadecimal digits"):
        check(signature=f"v1={digest}")


def test_mismatch_other_secret() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        check(signature=sign(secret="whsec_some_other_secret_value_000000"))


def test_mismatch_altered_body() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        check(BODY.replace(b"42", b"43"))


def test_mismatch_altered_timestamp() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        check(timestamp=str(SIGNED_AT + 1), now=SIGNED_AT)


def test_mismatch_signature_of_empty_body() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        check(b"", signature=sign(BODY))


@pytest.mark.parametrize("timestamp", ["12.5", "abc", "-5", "1e9", "0x10", "1_000", "١٢٣"])
def test_timestamp_not_integer(timestamp: str) -> None:
    with pytest.raises(SignatureError, match="not a whole number of Unix seconds"):
        check(timestamp=timestamp)


def test_stale_timestamp() -> None:
    with pytest.raises(SignatureError, match="301 s old"):
        check(now=SIGNED_AT + 301)


def test_future_timestamp() -> None:
    with pytest.raises(SignatureError, match="301 s in the future"):
        check(now=SIGNED_AT - 301)


def test_skew_boundary_accepted() -> None:
    check(now=SIGNED_AT + 300)
    check(now=SIGNED_AT - 300)


def test_custom_skew() -> None:
    check(now=SIGNED_AT + 3_000, max_clock_skew_s=3_600)
    with pytest.raises(SignatureError, match="more than the allowed 10 s"):
        check(now=SIGNED_AT + 11, max_clock_skew_s=10)


def test_mismatch_reported_before_age() -> None:
    with pytest.raises(SignatureError, match="does not match"):
        check(signature=sign(secret="whsec_some_other_secret_value_000000"), now=SIGNED_AT + 9_999)


def test_default_now_is_current_time() -> None:
    with pytest.raises(SignatureError, match="s old"):
        verify_signature(BODY, timestamp=str(SIGNED_AT), signature=sign(), secret=SECRET)


@pytest.mark.parametrize(
    ("timestamp", "signature", "now"),
    [
        (None, sign(), SIGNED_AT),
        (str(SIGNED_AT), None, SIGNED_AT),
        (str(SIGNED_AT), "v9=" + "00" * 32, SIGNED_AT),
        (str(SIGNED_AT), "v1=" + "00" * 32, SIGNED_AT),
        (str(SIGNED_AT), "v1=xyz", SIGNED_AT),
        ("soon", sign(), SIGNED_AT),
        (str(SIGNED_AT), sign(), SIGNED_AT + 10_000),
    ],
)
def test_messages_leak_nothing(timestamp: str | None, signature: str | None, now: float) -> None:
    with pytest.raises(SignatureError) as caught:
        verify_signature(BODY, timestamp=timestamp, signature=signature, secret=SECRET, now=now)

    message = str(caught.value)
    assert SECRET not in message
    assert expected_digest() not in message
    assert expected_digest().upper() not in message


def test_error_hierarchy() -> None:
    assert issubclass(SignatureError, RunTokenError)
    assert issubclass(SignatureError, StraitError)


@pytest.mark.parametrize("secret", ["", 42, None])
def test_invalid_secret_argument(secret: object) -> None:
    with pytest.raises(InvalidArgumentError, match="secret must be"):
        verify_signature(BODY, timestamp="1", signature=sign(), secret=secret)  # type: ignore[arg-type]


def test_body_must_be_bytes() -> None:
    with pytest.raises(InvalidArgumentError, match="body must be the raw request body"):
        verify_signature(BODY.decode(), timestamp="1", signature=sign(), secret=SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("skew", [0, -1, float("nan"), float("inf"), True, "300"])
def test_invalid_skew_argument(skew: object) -> None:
    with pytest.raises(InvalidArgumentError, match="max_clock_skew_s"):
        verify_signature(
            BODY,
            timestamp=str(SIGNED_AT),
            signature=sign(),
            secret=SECRET,
            max_clock_skew_s=skew,  # type: ignore[arg-type]
        )
