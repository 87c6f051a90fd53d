"""The httpx transports that every request of a Strait client goes through.

They wrap httpx's own transport and add, per logical call:

- an `X-Request-Id`, because the server does not echo one and errors need it for support;
- an `Idempotency-Key` for operations the server deduplicates, reused on every retry;
- a size check, because the server cuts bodies above 1 MiB and returns a confusing 400;
- retries with backoff under the client's RetryPolicy, logged with the request id;
- SDK errors in place of httpx transport errors once the retries are spent.

Generated operations name themselves in the request extension `strait_operation`; that name
decides which failures may be retried (see `_operations.py`).
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import MAX_REQUEST_BODY_BYTES, REQUEST_ID_HEADER
from ._errors import InvalidArgumentError, RequestBodyTooLargeError, error_from_transport_error
from ._logging import logger
from ._operations import safety_of
from ._retry import OperationSafety, RetryDecision, RetryPolicy

if TYPE_CHECKING:
    import asyncio

OPERATION_EXTENSION = "strait_operation"
# Failures that happen before a byte of the request is sent.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
IDEMPOTENCY_HEADER = "Idempotency-Key"
_FIRST_ERROR_STATUS = 400


class _Call:
    """The retry bookkeeping of one logical call: shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy) -> None:
        self.request = request
        self.policy = policy
        self.retries_taken = 0

        operation = request.extensions.get(OPERATION_EXTENSION)
        self.operation = operation if isinstance(operation, str) else None
        self.safety = safety_of(self.operation, request.method)

        _check_body_size(request, self.operation)

        # One lookup per header: each httpx header lookup scans every header of the request.
        request_id = request.headers.get(REQUEST_ID_HEADER)
        if request_id is None:
            # 128 random bits as 32 hex digits, like uuid4().hex at about a third of the cost.
            request_id = f"req_{os.urandom(16).hex()}"
            request.headers[REQUEST_ID_HEADER] = request_id
        self.request_id: str = request_id

        if (
            self.safety is OperationSafety.IDEMPOTENCY_KEY
            and IDEMPOTENCY_HEADER not in request.headers
        ):
            request.headers[IDEMPOTENCY_HEADER] = f"strait-python-{uuid.uuid4().hex}"

    def after_response(self, response: httpx.Response) -> float | None:
        """Return the delay before the next attempt, or None to hand the response back."""
        if response.status_code < _FIRST_ERROR_STATUS:
            # The policy retries no status below 408, so a success is final. Skipping the
            # policy saves building a decision on every successful call.
            if logger.isEnabledFor(logging.DEBUG):
                self._log_response(response, None)
            return None

        decision = self.policy.decide_status(
            status_code=response.status_code,
            headers=response.headers,
            retries_taken=self.retries_taken,
            safety=self.safety,
        )
        self._log_response(response, decision)
        return self._next_delay(decision)

    def after_error(self, error: httpx.TransportError) -> float:
        """Return the delay before the next attempt, or raise the SDK's connection error."""
        decision = self.policy.decide_exception(
            error=error, retries_taken=self.retries_taken, safety=self.safety
        )
        delay = self._next_delay(decision)
        if delay is not None:
            return delay

        wrapped = error_from_transport_error(error, self.request)
        if not isinstance(error, NEVER_SENT):
            # The caller must not assume the call did nothing: it may have been carried out.
            wrapped.message += (
                ". The request may have reached the server and taken effect, so check the "
                "outcome before repeating it"
            )
        logger.warning(
            "%s %s failed after %d attempt(s) (request id %s): %s",
            self.request.method,
            self.request.url.path,
            self.retries_taken + 1,
            self.request_id,
            decision.reason,
        )
        raise wrapped from error

    def _next_delay(self, decision: RetryDecision) -> float | None:
        if not decision.retry:
            return None

        self.retries_taken += 1
        logger.info(
            "retrying %s %s in %.2f s (request id %s, attempt %d of %d): %s",
            self.request.method,
            self.request.url.path,
            decision.delay,
            self.request_id,
            self.retries_taken + 1,
            self.policy.max_retries + 1,
            decision.reason,
        )
        return decision.delay

    def _log_response(self, response: httpx.Response, decision: RetryDecision | None) -> None:
        logger.debug(
            "%s %s -> %d (request id %s, operation %s)",
            self.request.method,
            self.request.url.path,
            response.status_code,
            self.request_id,
            self.operation or "none",
        )
        if decision is not None and response.is_error and not decision.retry:
            logger.debug("not retrying (request id %s): %s", self.request_id, decision.reason)


def _check_body_size(request: httpx.Request, operation: str | None) -> None:
    try:
        size = len(request.content)
    except httpx.RequestNotRead:
        # A streamed body has no known size up front; the server's limit still applies.
        return

    if size > MAX_REQUEST_BODY_BYTES:
        raise RequestBodyTooLargeError(
            size,
            MAX_REQUEST_BODY_BYTES,
            operation=operation,
            method=request.method,
            path=request.url.path,
        )


class RetryTransport(httpx.BaseTransport):
    """A synchronous transport that retries under a RetryPolicy."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        owns_inner: bool = True,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._owns_inner = owns_inner
        self._sleep = sleep

    @property
    def inner(self) -> httpx.BaseTransport:
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(request, self._policy)
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                next_delay = call.after_response(response)
                if next_delay is None:
                    return response
                delay = next_delay
                response.close()
            self._sleep(delay)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncInFlightLimit:
    """A cap on the requests inside an httpx connection pool at once; the others wait here.

    httpcore 1.0 matches its whole queue of waiting requests against every connection each
    time a connection frees up, so 1,000 calls queued on 100 connections spend their time in
    that scan rather than on the network. Capping the requests in the pool at its connection
    count keeps its queue short. A request that waits here longer than its pool timeout fails
    with httpx.PoolTimeout, as it would inside the pool.
    """

    def __init__(self, size: int) -> None:
        if size < 1:
            raise InvalidArgumentError(
                f"size must be at least 1, got {size}: pass the pool's max_connections"
            )
        self.size = size
        # Created on first use, inside the event loop that the client runs in.
        self._semaphore: asyncio.Semaphore | None = None

    async def acquire(self, request: httpx.Request) -> None:
        # asyncio is imported in the methods so that sync-only programs never load it.
        import asyncio

        semaphore = self._semaphore
        if semaphore is None:
            semaphore = self._semaphore = asyncio.Semaphore(self.size)
        if not semaphore.locked():
            await semaphore.acquire()
            return

        timeouts = request.extensions.get("timeout", {})
        pool_timeout = timeouts.get("pool") if isinstance(timeouts, dict) else None
        try:
            async with asyncio.timeout(pool_timeout):
                await semaphore.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"no connection became free within the pool timeout of {pool_timeout} s",
                request=request,
            ) from None

    def release(self) -> None:
        assert self._semaphore is not None
        self._semaphore.release()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """An asynchronous transport that retries under a RetryPolicy.

    With `in_flight`, at most that many attempts are inside `inner` at once.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        owns_inner: bool = True,
        sleep: Callable[[float], Any] | None = None,
        in_flight: AsyncInFlightLimit | None = None,
    ) -> None:
        """`sleep` waits between attempts; it defaults to asyncio.sleep."""
        if sleep is None:
            import asyncio

            sleep = asyncio.sleep
        self._inner = inner
        self._policy = policy
        self._owns_inner = owns_inner
        self._sleep = sleep
        self._in_flight = in_flight

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(request, self._policy)
        while True:
            try:
                response = await self._send_once(request)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                next_delay = call.after_response(response)
                if next_delay is None:
                    return response
                delay = next_delay
                await response.aclose()
            await self._sleep(delay)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        if self._in_flight is None:
            return await self._inner.handle_async_request(request)

        await self._in_flight.acquire(request)
        try:
            # NOTE: the slot frees when the headers arrive, before the body is read, so the
            # pool may briefly queue up to twice `size` requests.
            return await self._inner.handle_async_request(request)
        finally:
            self._in_flight.release()

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
