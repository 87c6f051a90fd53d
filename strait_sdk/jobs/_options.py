"""The settings every job endpoint adapter shares, checked once when the adapter is built."""

from __future__ import annotations

import inspect
import math
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

import attrs

from .._errors import InvalidArgumentError
from .._run_context import AsyncRunContext, RunContext
from ._signature import DEFAULT_MAX_CLOCK_SKEW_S

# The environment variable read for the signing secret when no signing_secret is passed.
STRAIT_SIGNING_SECRET: Final = "STRAIT_SIGNING_SECRET"

# Strait's payloads are at most 5 MiB, so a larger body is not a dispatch and is not read.
DEFAULT_MAX_BODY_BYTES: Final = 10 * 1024 * 1024

SyncHandler = Callable[[Any, RunContext], Any]
AsyncHandler = Callable[[Any, AsyncRunContext], Awaitable[Any]]
Handler = SyncHandler | AsyncHandler


@attrs.frozen
class EndpointOptions:
    """The request checks and handler settings of one adapter. The secret is left out of repr()."""

    signing_secret: str | None = attrs.field(repr=False)
    max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S
    # None lets heartbeat_interval() choose from the run token's lifetime; 0 turns heartbeats off.
    heartbeat_interval_s: float | None = None
    base_url: str | None = None
    config_path: str | os.PathLike[str] | None = None
    timeout_ms: int | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # False, True for the root logger, or the name of the logger whose records go to the run.
    capture_logs: bool | str = False


def build_options(
    *,
    signing_secret: str | None,
    max_clock_skew_s: float,
    heartbeat_interval_s: float | None,
    base_url: str | None,
    config_path: str | os.PathLike[str] | None,
    timeout_ms: int | None,
    max_body_bytes: int,
    capture_logs: bool | str,
    env: Mapping[str, str] | None = None,
) -> EndpointOptions:
    """Check the adapter's arguments and fill in the signing secret from STRAIT_SIGNING_SECRET."""
    environ: Mapping[str, str] = os.environ if env is None else env
    return EndpointOptions(
        signing_secret=_signing_secret(signing_secret, environ),
        max_clock_skew_s=_positive_seconds("max_clock_skew_s", max_clock_skew_s),
        heartbeat_interval_s=_heartbeat_interval(heartbeat_interval_s),
        base_url=base_url,
        config_path=config_path,
        timeout_ms=timeout_ms,
        max_body_bytes=_max_body_bytes(max_body_bytes),
        capture_logs=_capture_logs(capture_logs),
    )


def is_async_handler(handler: object) -> bool:
    """Return whether `handler` is an `async def` function, or an object whose __call__ is one."""
    if not callable(handler):
        raise InvalidArgumentError(
            f"handler must be a function taking (payload, ctx), got {type(handler).__name__}"
        )
    if inspect.iscoroutinefunction(handler):
        return True
    # type(handler).__call__ is the method that calling the object runs.
    return not inspect.isroutine(handler) and inspect.iscoroutinefunction(type(handler).__call__)


def _signing_secret(value: object, environ: Mapping[str, str]) -> str | None:
    if value is None:
        return environ.get(STRAIT_SIGNING_SECRET, "").strip() or None
    if not isinstance(value, str) or not value.strip():
        got = "an empty string" if isinstance(value, str) else type(value).__name__
        raise InvalidArgumentError(
            f"signing_secret must be the job's endpoint_signing_secret as a non-empty string, "
            f"got {got}; pass None to read {STRAIT_SIGNING_SECRET} or to skip the check"
        )
    return value


def _positive_seconds(name: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidArgumentError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


def _heartbeat_interval(value: object) -> float | None:
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidArgumentError(
            f"heartbeat_interval_s must be a number of seconds >= 0, got {value!r}; pass None "
            "to derive it from the run token's lifetime, or 0 to send no heartbeats"
        )
    return float(value)


def _max_body_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidArgumentError(
            f"max_body_bytes must be a positive whole number of bytes, got {value!r}"
        )
    return value


def _capture_logs(value: object) -> bool | str:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise InvalidArgumentError(
        f"capture_logs must be True, False or a logger name, got {value!r}; True captures the "
        "root logger"
    )
