"""Specification of strait_sdk._retry: backoff, Retry-After handling and the decision table."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from strait_sdk._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY_S,
    MAX_RETRY_DELAY_S,
    RETRY_AFTER_CEILING_S,
)
from strait_sdk._errors import APIConnectionError, ConfigError
from strait_sdk._retry import OperationSafety, RetryDecision, RetryPolicy

SAFE = OperationSafety.SAFE
KEYED = OperationSafety.IDEMPOTENCY_KEY
UNSAFE = OperationSafety.UNSAFE
ALL_SAFETY = [SAFE, KEYED, UNSAFE]
NO_HEADERS = httpx.Headers()


def decide(
    status: int,
    safety: OperationSafety,
    *,
    headers: dict[str, str] | None = None,
    retries_taken: int = 0,
    policy: RetryPolicy | None = None,
) -> RetryDecision:
    return (policy or RetryPolicy()).decide_status(
        status_code=status,
        headers=httpx.Headers(headers or {}),
        retries_taken=retries_taken,
        safety=safety,
    )


def decide_error(
    error: Exception, safety: OperationSafety, *, retries_taken: int = 0
) -> RetryDecision:
    return RetryPolicy().decide_exception(error=error, retries_taken=retries_taken, safety=safety)


# The policy's values.


def test_policy_defaults() -> None:
    policy = RetryPolicy()

    assert policy.max_retries == DEFAULT_MAX_RETRIES == 2
    assert policy.initial_delay == INITIAL_RETRY_DELAY_S == 0.5
    assert policy.max_delay == MAX_RETRY_DELAY_S == 8.0
    assert policy.retry_after_ceiling == RETRY_AFTER_CEILING_S == 60.0


def test_policy_accepts_edge_values() -> None:
    policy = RetryPolicy(max_retries=0, initial_delay=1, max_delay=1, retry_after_ceiling=0)

    assert policy.max_retries == 0
    assert policy.retry_after_ceiling == 0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.0}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"initial_delay": 0}, "initial_delay"),
        ({"initial_delay": -0.5}, "initial_delay"),
        ({"initial_delay": float("nan")}, "initial_delay"),
        ({"initial_delay": "1"}, "initial_delay"),
        ({"max_delay": float("inf")}, "max_delay"),
        ({"max_delay": 0.1}, "max_delay"),
        ({"retry_after_ceiling": -1}, "retry_after_ceiling"),
        ({"retry_after_ceiling": True}, "retry_after_ceiling"),
    ],
)
def test_policy_rejects(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ConfigError) as caught:
        RetryPolicy(**kwargs)

    assert caught.value.source == "argument retry policy"
    assert caught.value.field == field


@pytest.mark.parametrize("retries_taken", [-1, 1.5, True])
def test_rejects_bad_retries_taken(retries_taken: Any) -> None:
    policy = RetryPolicy()

    with pytest.raises(ConfigError):
        policy.backoff_delay(retries_taken)
    with pytest.raises(ConfigError):
        policy.decide_status(
            status_code=503, headers=NO_HEADERS, retries_taken=retries_taken, safety=SAFE
        )
    with pytest.raises(ConfigError):
        policy.decide_exception(
            error=httpx.ConnectError("x"), retries_taken=retries_taken, safety=SAFE
        )


# Backoff.


@pytest.mark.parametrize(
    ("retries_taken", "base"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (30, 8.0)],
)
def test_backoff_bounds_over_many_draws(retries_taken: int, base: float) -> None:
    policy = RetryPolicy()
    generator = random.Random(retries_taken)

    delays = [policy.backoff_delay(retries_taken, random=generator.random) for _ in range(2_000)]

    assert min(delays) >= base * 0.75
    assert max(delays) <= base
    assert max(delays) - min(delays) > base * 0.2


def test_backoff_jitter_extremes() -> None:
    policy = RetryPolicy()

    assert policy.backoff_delay(1, random=lambda: 0.0) == 1.0
    assert policy.backoff_delay(1, random=lambda: 1.0) == 0.75
    assert policy.backoff_delay(1, random=lambda: 0.5) == 0.875


def test_backoff_clamps_bad_random() -> None:
    policy = RetryPolicy()

    assert policy.backoff_delay(0, random=lambda: 7.0) == 0.375
    assert policy.backoff_delay(0, random=lambda: -3.0) == 0.5


def test_backoff_huge_retry_count() -> None:
    assert RetryPolicy().backoff_delay(100_000, random=lambda: 0.0) == 8.0


def test_backoff_custom_policy() -> None:
    policy = RetryPolicy(initial_delay=0.1, max_delay=0.3)

    assert [policy.backoff_delay(n, random=lambda: 0.0) for n in range(4)] == [
        0.1,
        0.2,
        0.3,
        0.3,
    ]


# Statuses.

RETRY_ALWAYS = [408, 429]
RETRY_IF_SAFE = [500, 502, 503, 504]
NEVER = [200, 201, 204, 301, 304, 400, 401, 402, 403, 404, 405, 409, 410, 413, 422, 501, 505]


@pytest.mark.parametrize("safety", ALL_SAFETY)
@pytest.mark.parametrize("status", RETRY_ALWAYS)
def test_rejected_statuses_retry_for_all(status: int, safety: OperationSafety) -> None:
    decision = decide(status, safety)

    assert decision.retry is True
    assert 0.375 <= decision.delay <= 0.5
    assert decision.reason == f"{status} from server"


@pytest.mark.parametrize("safety", [SAFE, KEYED])
@pytest.mark.parametrize("status", RETRY_IF_SAFE)
def test_server_errors_retry_when_safe(status: int, safety: OperationSafety) -> None:
    decision = decide(status, safety)

    assert decision.retry is True
    assert decision.reason == f"{status} from server"


@pytest.mark.parametrize("status", RETRY_IF_SAFE)
def test_server_errors_not_retried_when_unsafe(status: int) -> None:
    decision = decide(status, UNSAFE)

    assert decision.retry is False
    assert decision.delay == 0.0
    assert "unsafe to repeat" in decision.reason


@pytest.mark.parametrize("safety", ALL_SAFETY)
@pytest.mark.parametrize("status", NEVER)
def test_final_statuses(status: int, safety: OperationSafety) -> None:
    decision = decide(status, safety)

    assert decision.retry is False
    assert decision.reason == f"{status} from server is final"


@pytest.mark.parametrize("status", [429, 503])
def test_retry_budget_exhausted(status: int) -> None:
    assert decide(status, SAFE, retries_taken=1).retry is True

    decision = decide(status, SAFE, retries_taken=2)

    assert decision.retry is False
    assert "all 2 retries used" in decision.reason


def test_zero_retries_policy() -> None:
    assert decide(429, SAFE, policy=RetryPolicy(max_retries=0)).retry is False


def test_delay_grows_with_retries() -> None:
    policy = RetryPolicy(max_retries=5)

    delays = [decide(503, SAFE, retries_taken=n, policy=policy).delay for n in range(5)]

    assert delays == sorted(delays)
    assert delays[-1] > delays[0] * 4


# Retry-After.


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"Retry-After": "60"}, 60.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "100", "Retry-After": "30"}, 0.1),
    ],
)
def test_retry_after_sets_delay(headers: dict[str, str], delay: float) -> None:
    decision = decide(429, UNSAFE, headers=headers)

    assert decision.retry is True
    assert decision.delay == delay
    assert f"asking to wait {delay:g} s" in decision.reason


def test_retry_after_http_date() -> None:
    moment = datetime.now(UTC) + timedelta(seconds=20)

    decision = decide(503, SAFE, headers={"Retry-After": format_datetime(moment, usegmt=True)})

    assert decision.retry is True
    assert 15 <= decision.delay <= 20


@pytest.mark.parametrize("value", ["61", "3600", "120.5"])
def test_retry_after_above_ceiling_stops(value: str) -> None:
    decision = decide(429, SAFE, headers={"Retry-After": value})

    assert decision.retry is False
    assert "60 s ceiling" in decision.reason
    assert f"wait {float(value):g} s" in decision.reason


def test_retry_after_ms_above_ceiling_stops() -> None:
    decision = decide(429, SAFE, headers={"retry-after-ms": "61000"})

    assert decision.retry is False


def test_custom_ceiling() -> None:
    policy = RetryPolicy(retry_after_ceiling=300)

    assert decide(429, SAFE, headers={"Retry-After": "120"}, policy=policy).delay == 120.0


@pytest.mark.parametrize("value", ["soon", "-5", "nan", ""])
def test_unparsable_retry_after_uses_backoff(value: str) -> None:
    decision = decide(429, SAFE, headers={"Retry-After": value})

    assert decision.retry is True
    assert 0.375 <= decision.delay <= 0.5
    assert decision.reason == "429 from server"


def test_retry_after_ignored_for_final_status() -> None:
    assert decide(400, SAFE, headers={"Retry-After": "1"}).retry is False


# Exceptions.

NEVER_SENT = [
    httpx.ConnectError("[Errno 111] Connection refused"),
    httpx.ConnectTimeout("timed out"),
    httpx.PoolTimeout("no connection"),
]
MAYBE_SENT = [
    httpx.ReadTimeout("timed out"),
    httpx.WriteTimeout("timed out"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("server disconnected"),
    httpx.ProxyError("proxy failed"),
    httpx.NetworkError("other"),
]
NOT_NETWORK = [ValueError("bad"), RuntimeError("bug"), KeyError("x"), httpx.InvalidURL("x")]
INVALID_REQUEST = [httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad header")]


def error_id(error: Exception) -> str:
    return type(error).__name__


@pytest.mark.parametrize("safety", ALL_SAFETY)
@pytest.mark.parametrize("error", NEVER_SENT, ids=error_id)
def test_never_sent_errors_retry_for_all(error: Exception, safety: OperationSafety) -> None:
    decision = decide_error(error, safety)

    assert decision.retry is True
    assert 0.375 <= decision.delay <= 0.5
    assert "before sending" in decision.reason


@pytest.mark.parametrize("safety", [SAFE, KEYED])
@pytest.mark.parametrize("error", MAYBE_SENT, ids=error_id)
def test_maybe_sent_errors_retry_when_safe(error: Exception, safety: OperationSafety) -> None:
    assert decide_error(error, safety).retry is True


@pytest.mark.parametrize("error", MAYBE_SENT, ids=error_id)
def test_maybe_sent_errors_not_retried_when_unsafe(error: Exception) -> None:
    decision = decide_error(error, UNSAFE)

    assert decision.retry is False
    assert "unsafe to repeat" in decision.reason


@pytest.mark.parametrize("safety", ALL_SAFETY)
@pytest.mark.parametrize("error", NOT_NETWORK, ids=error_id)
def test_other_exceptions_never_retry(error: Exception, safety: OperationSafety) -> None:
    decision = decide_error(error, safety)

    assert decision.retry is False
    assert "is not a network error" in decision.reason


@pytest.mark.parametrize("safety", ALL_SAFETY)
@pytest.mark.parametrize("error", INVALID_REQUEST, ids=error_id)
def test_invalid_request_errors_never_retry(error: Exception, safety: OperationSafety) -> None:
    decision = decide_error(error, safety)

    assert decision.retry is False
    assert "the request itself is invalid" in decision.reason


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (httpx.ConnectError("refused"), "connection failed before sending"),
        (httpx.ConnectTimeout("t"), "connect timed out before sending"),
        (httpx.PoolTimeout("t"), "no free connection in the pool before sending"),
        (httpx.ReadTimeout("t"), "read timed out after sending"),
        (httpx.WriteTimeout("t"), "write timed out while sending"),
        (httpx.ReadError("t"), "ReadError after the request may have reached the server"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else "",
)
def test_exception_reasons(error: Exception, reason: str) -> None:
    assert decide_error(error, SAFE).reason == reason


def test_exception_budget_exhausted() -> None:
    decision = decide_error(httpx.ConnectError("refused"), UNSAFE, retries_taken=2)

    assert decision.retry is False
    assert "all 2 retries used" in decision.reason


def test_wrapped_connection_error_judged_by_cause() -> None:
    wrapped = APIConnectionError("failed", method="POST", url="https://x.test/v1/jobs")
    wrapped.__cause__ = httpx.ConnectError("refused")

    assert decide_error(wrapped, UNSAFE).retry is True


def test_wrapped_error_without_cause_is_maybe_sent() -> None:
    wrapped = APIConnectionError("failed", method="POST", url="https://x.test/v1/jobs")

    assert decide_error(wrapped, UNSAFE).retry is False
    assert decide_error(wrapped, SAFE).retry is True
