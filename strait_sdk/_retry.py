"""When to retry a failed request, and how long to wait first.

The policy only decides. The transport sleeps, resends and logs the decision's reason. A
request is repeated only when the repetition cannot duplicate an effect: either the server
did not act on the first try, or the operation is safe to repeat.
"""

from __future__ import annotations

import enum
import math
import random as _random
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from strait_sdk._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY_S,
    MAX_RETRY_DELAY_S,
    RETRY_AFTER_CEILING_S,
)
from strait_sdk._errors import APIConnectionError, ConfigError, retry_after_seconds

__all__ = ["OperationSafety", "RetryDecision", "RetryPolicy"]

_POLICY_SOURCE = "argument retry policy"
# The server rejected these without acting on the request.
_REJECTED_UNPROCESSED = frozenset({408, 429})
# The server may have acted before failing, so only operations safe to repeat are retried.
TRANSIENT_SERVER_ERRORS = frozenset({500, 502, 503, 504})
# Above this, 2**n no longer changes the capped delay and would overflow a float later.
_MAX_BACKOFF_EXPONENT = 64
_JITTER_FRACTION = 0.25


class OperationSafety(enum.Enum):
    """Whether repeating an operation could duplicate its effect."""

    # Reads, and writes whose repetition leaves the same state (PUT, PATCH, DELETE, upserts).
    SAFE = "safe"
    # The server deduplicates the request by the Idempotency-Key header that the SDK sends.
    IDEMPOTENCY_KEY = "idempotency_key"
    # Repeating may duplicate an effect: log lines, checkpoints, spawn, complete and others.
    UNSAFE = "unsafe"


@attrs.frozen
class RetryDecision:
    """Whether to retry, after how many seconds, and a short reason for the log line."""

    retry: bool
    delay: float
    reason: str


def _no_retry(reason: str) -> RetryDecision:
    return RetryDecision(retry=False, delay=0.0, reason=reason)


def _validate_max_retries(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(
            f"must be an integer >= 0, got {value!r}",
            source=_POLICY_SOURCE,
            field=attribute.name,
            fix="Use 0 to turn retries off, or a small count such as 2.",
        )


def _validate_seconds(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    allows_zero = attribute.name == "retry_after_ceiling"
    if not is_number or not math.isfinite(value) or value < 0 or (value == 0 and not allows_zero):
        bound = ">= 0" if allows_zero else "> 0"
        raise ConfigError(
            f"must be a finite number of seconds {bound}, got {value!r}",
            source=_POLICY_SOURCE,
            field=attribute.name,
            fix="Use a number of seconds such as 0.5 or 8.",
        )


@attrs.frozen
class RetryPolicy:
    """Retry limits and delays, in seconds. Invalid values raise ConfigError.

    ``retry_after_ceiling`` is the longest Retry-After the policy waits for. A longer one
    ends the retries, so that the caller gets the error with its ``retry_after`` instead of
    a call that blocks for minutes.
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_validate_max_retries)
    initial_delay: float = attrs.field(default=INITIAL_RETRY_DELAY_S, validator=_validate_seconds)
    max_delay: float = attrs.field(default=MAX_RETRY_DELAY_S, validator=_validate_seconds)
    retry_after_ceiling: float = attrs.field(
        default=RETRY_AFTER_CEILING_S, validator=_validate_seconds
    )

    def __attrs_post_init__(self) -> None:
        if self.max_delay < self.initial_delay:
            raise ConfigError(
                f"must be >= initial_delay ({self.initial_delay:g} s), got {self.max_delay:g} s",
                source=_POLICY_SOURCE,
                field="max_delay",
                fix="Raise max_delay or lower initial_delay.",
            )

    def backoff_delay(
        self, retries_taken: int, *, random: Callable[[], float] = _random.random
    ) -> float:
        """Return the wait before the next retry: exponential, capped, with jitter.

        The base delay doubles with each retry taken, up to ``max_delay``. Jitter then
        removes up to a quarter of it, so that many clients do not retry in step.
        """
        _check_retries_taken(retries_taken)

        exponent = min(retries_taken, _MAX_BACKOFF_EXPONENT)
        base = min(self.initial_delay * 2.0**exponent, self.max_delay)
        fraction = min(max(random(), 0.0), 1.0)
        return base * (1 - _JITTER_FRACTION * fraction)

    def decide_status(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        retries_taken: int,
        safety: OperationSafety,
    ) -> RetryDecision:
        """Decide whether a response with ``status_code`` should be retried.

        408 and 429 are retried for every operation, because the server did not act on
        the request. 500, 502, 503 and 504 are retried only for operations safe to repeat.
        Every other status, 501 included, is final.
        """
        _check_retries_taken(retries_taken)

        cause = f"{status_code} from server"
        if status_code in TRANSIENT_SERVER_ERRORS and safety is OperationSafety.UNSAFE:
            return _no_retry(
                f"{cause}, which may have acted, and the operation is unsafe to repeat"
            )
        if status_code not in _REJECTED_UNPROCESSED | TRANSIENT_SERVER_ERRORS:
            return _no_retry(f"{cause} is final")
        if retries_taken >= self.max_retries:
            return _no_retry(f"{cause} with all {self.max_retries} retries used")

        return self._delay_decision(headers, retries_taken, cause)

    def decide_exception(
        self, *, error: Exception, retries_taken: int, safety: OperationSafety
    ) -> RetryDecision:
        """Decide whether a request that raised ``error`` should be retried.

        Errors raised before the request left (connect, connect timeout, pool timeout) are
        retried for every operation. Other transport errors are retried only for operations
        safe to repeat. An APIConnectionError is judged by the httpx error it wraps.
        """
        _check_retries_taken(retries_taken)

        if isinstance(error, APIConnectionError) and isinstance(error.__cause__, Exception):
            error = error.__cause__
        if isinstance(error, httpx.TransportError):
            description, never_sent = _describe_transport_error(error)
        elif isinstance(error, APIConnectionError):
            # Without the wrapped httpx error (lost in pickling, for example) the request
            # may have reached the server.
            description = f"{type(error).__name__} after the request may have reached the server"
            never_sent = False
        else:
            return _no_retry(f"{type(error).__name__} is not a network error")

        if description is None:
            return _no_retry(f"{type(error).__name__}: the request itself is invalid")
        if not never_sent and safety is OperationSafety.UNSAFE:
            return _no_retry(f"{description}, and the operation is unsafe to repeat")
        if retries_taken >= self.max_retries:
            return _no_retry(f"{description} with all {self.max_retries} retries used")

        return RetryDecision(
            retry=True, delay=self.backoff_delay(retries_taken), reason=description
        )

    def _delay_decision(
        self, headers: httpx.Headers, retries_taken: int, cause: str
    ) -> RetryDecision:
        requested = retry_after_seconds(headers)
        if requested is None:
            return RetryDecision(retry=True, delay=self.backoff_delay(retries_taken), reason=cause)

        if requested > self.retry_after_ceiling:
            return _no_retry(
                f"{cause} asking to wait {requested:g} s, more than the "
                f"{self.retry_after_ceiling:g} s ceiling"
            )
        return RetryDecision(
            retry=True, delay=requested, reason=f"{cause} asking to wait {requested:g} s"
        )


def _check_retries_taken(retries_taken: int) -> None:
    if isinstance(retries_taken, bool) or not isinstance(retries_taken, int) or retries_taken < 0:
        raise ConfigError(
            f"must be an integer >= 0, got {retries_taken!r}",
            source="argument retries_taken",
            field="retries_taken",
            fix="Pass the number of retries already made, starting at 0.",
        )


def _describe_transport_error(error: httpx.TransportError) -> tuple[str | None, bool]:
    """Return a short description of ``error`` and whether the request never left.

    The description is None for errors in the request itself, which no retry can fix.
    """
    if isinstance(error, httpx.ConnectTimeout):
        return "connect timed out before sending", True
    if isinstance(error, httpx.PoolTimeout):
        return "no free connection in the pool before sending", True
    if isinstance(error, httpx.ConnectError):
        return "connection failed before sending", True
    if isinstance(error, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return None, True
    if isinstance(error, httpx.ReadTimeout):
        return "read timed out after sending", False
    if isinstance(error, httpx.WriteTimeout):
        return "write timed out while sending", False
    return f"{type(error).__name__} after the request may have reached the server", False
