"""Ending a run with complete or fail, without reporting a finished run as failed.

Strait moves a run to a terminal status once. A second complete or fail on a finished run
gets 410 and changes nothing. So, unlike a log line or a checkpoint, these two calls can be
sent again after a failure that hides whether the first request arrived, such as a dropped
connection, a timeout or a 5xx from a proxy.

When a resend gets 410, the first request most likely finished the run, but the run may
also have been cancelled or timed out in between. The run token cannot read the run, so the
SDK confirms with the management API when it has an API key: the run is returned when its
status is the one requested. Otherwise the caller gets RunOutcomeError, which says what is
known and how to find out the rest.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    GoneError,
    InternalServerError,
    RunOutcomeError,
    StraitError,
)
from ._generated.models import JobRun
from ._retry import TRANSIENT_SERVER_ERRORS, RetryPolicy
from ._transport import NEVER_SENT

logger = logging.getLogger("strait_sdk")

# Reads the run with an API key; None when the context has no key.
RunReader = Callable[[], JobRun] | None
AsyncRunReader = Callable[[], Awaitable[JobRun]] | None


class _Finish:
    """The decisions shared by the sync and async paths of one complete or fail call."""

    def __init__(self, *, run_id: str, call: str, requested_status: str, policy: RetryPolicy):
        self.run_id = run_id
        self.call = call
        self.requested_status = requested_status
        self.policy = policy
        self.resends = 0
        self.first_error: StraitError | None = None

    def delay_before_resend(self, error: StraitError) -> float | None:
        """Return the wait before sending again, or None when ``error`` is final."""
        if not _may_have_been_lost(error) or self.resends >= self.policy.max_retries:
            return None

        if self.first_error is None:
            self.first_error = error
        delay = self.policy.backoff_delay(self.resends)
        self.resends += 1
        logger.warning(
            "%s of run %s failed (%s, request id %s); sending it again in %.2f s, since "
            "Strait ends a run only once",
            self.call,
            self.run_id,
            type(error).__name__,
            getattr(error, "request_id", None),
            delay,
        )
        return delay

    @property
    def resent(self) -> bool:
        """Whether this call was sent again, so that a 410 may come from our own first request."""
        return self.first_error is not None

    def confirmed(self, run: JobRun) -> JobRun:
        status = str(getattr(run.status, "value", run.status))
        if status == self.requested_status:
            logger.info(
                "%s of run %s confirmed: the run is %s, so the lost response is not an error",
                self.call,
                self.run_id,
                status,
            )
            return run
        raise RunOutcomeError(
            f"{self.call} of run {self.run_id} got no response, and when it was sent again the "
            f"run had already ended as {status}, not {self.requested_status}. Something else "
            "ended it first (a cancel, a timeout or an expiry); read the run's error and events "
            "for the cause.",
            run_id=self.run_id,
            requested_status=self.requested_status,
            actual_status=status,
        )

    def unconfirmed(self) -> RunOutcomeError:
        return RunOutcomeError(
            f"{self.call} of run {self.run_id} got no response, and when it was sent again "
            "Strait answered that the run had already ended. The first request most likely "
            f"made it {self.requested_status}, but a run token cannot read the run to confirm. "
            "Give the run context an API key (api_key=..., or STRAIT_API_KEY) so that it "
            "confirms the status itself, or read the run with client.runs.get(run_id).",
            run_id=self.run_id,
            requested_status=self.requested_status,
            actual_status=None,
        )


def _may_have_been_lost(error: StraitError) -> bool:
    # A dropped connection or a timeout hides whether the server acted. So do a 5xx, because a
    # proxy may send one after the server acted, and a 2xx whose body was cut or garbled.
    if isinstance(error, APIConnectionError):
        # The transport has already retried requests that never left, within the budget.
        return not isinstance(error.__cause__, NEVER_SENT)
    if isinstance(error, APIResponseValidationError):
        return True
    return isinstance(error, InternalServerError) and error.status_code in TRANSIENT_SERVER_ERRORS


def finish_run(
    send: Callable[[], JobRun],
    *,
    run_id: str,
    call: str,
    requested_status: str,
    policy: RetryPolicy,
    read_run: RunReader,
    sleep: Callable[[float], None] = time.sleep,
) -> JobRun:
    """Send complete or fail, sending it again after a lost response, and confirm a 410."""
    finish = _Finish(run_id=run_id, call=call, requested_status=requested_status, policy=policy)
    while True:
        try:
            return send()
        except GoneError:
            if not finish.resent:
                raise
            if read_run is None:
                raise finish.unconfirmed() from finish.first_error
            return finish.confirmed(read_run())
        except StraitError as error:
            delay = finish.delay_before_resend(error)
            if delay is None:
                raise
            sleep(delay)


async def afinish_run(
    send: Callable[[], Awaitable[JobRun]],
    *,
    run_id: str,
    call: str,
    requested_status: str,
    policy: RetryPolicy,
    read_run: AsyncRunReader,
) -> JobRun:
    """Send complete or fail from async code, as finish_run does."""
    finish = _Finish(run_id=run_id, call=call, requested_status=requested_status, policy=policy)
    while True:
        try:
            return await send()
        except GoneError:
            if not finish.resent:
                raise
            if read_run is None:
                raise finish.unconfirmed() from finish.first_error
            return finish.confirmed(await read_run())
        except StraitError as error:
            delay = finish.delay_before_resend(error)
            if delay is None:
                raise
            await asyncio.sleep(delay)
