"""Each network fault against each class of SDK operation, through a fault-injecting proxy.

The SDK client talks to a FaultProxy, which forwards to a LocalStrait server. Setup and
checks go to the server directly, so that the proxy's record contains only the call under test.
The operation classes follow the retry classes in strait_sdk/_operations.py:

- read: client.runs.get, client.jobs.list
- idempotent write: client.jobs.update, RunContext.set_state, RunContext.heartbeat
- idempotency key: client.jobs.create, client.jobs.trigger, which the server deduplicates
- unsafe: RunContext.log, RunContext.checkpoint
- terminal: RunContext.complete, RunContext.fail, which the server applies once per run, so
  the SDK sends them again after a lost response and confirms a 410 by reading the run

Cells that show a gap in the SDK are marked xfail(strict=True) with the reason, so that each
turns into a failure, and its mark must go, once the SDK is fixed.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
import queue
import random as random_module
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import attrs
import httpx
import pytest

from strait_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncRunContext,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    RunContext,
    RunOutcomeError,
    Strait,
    StraitError,
)
from strait_sdk._generated.api.jobs import create_job, trigger_job
from strait_sdk._retry import OperationSafety, RetryDecision
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import (
    CreateJobRequest,
    Job,
    JobList,
    JobRun,
    RunCheckpoint,
    RunEvent,
    RunState,
    RunStatus,
    StatusOk,
    StringMap,
    TriggeredRun,
    TriggerRequest,
    UpdateJobRequest,
)
from tests.reliability.conftest import OUTCOME
from tests.reliability.fault_proxy import Fault, FaultProxy, SeenRequest
from tests.support.job_endpoint import Dispatch, JobEndpoint

MAX_RETRIES = 2
INITIAL_DELAY_S = 0.01
MAX_DELAY_S = 0.05
RETRY_AFTER_CEILING_S = 2.0
# Every Retry-After the proxy sends in the matrix, in seconds.
RETRY_AFTER_S = 1.0
CALL_TIMEOUT_MS = 5_000
# The timeout fault delays a request past the client's timeout.
SHORT_TIMEOUT_MS = 250
TIMEOUT_DELAY_MS = 400
SLOW_DELAY_MS = 100
DISPATCH_WAIT_S = 5.0


# Retry decisions.


@attrs.frozen
class RecordingPolicy(RetryPolicy):
    """A RetryPolicy that records its decisions and runs each hook in ``on_retry`` on a retry.

    ``with_options`` copies a policy with attrs.evolve, which keeps these lists shared.
    """

    decisions: list[RetryDecision] = attrs.field(factory=list, eq=False, repr=False)
    on_retry: list[Callable[[], None]] = attrs.field(factory=list, eq=False, repr=False)
    # Hooks run whenever a delay is computed: the run context's resends of complete and fail
    # use the policy's backoff without a retry decision.
    on_backoff: list[Callable[[], None]] = attrs.field(factory=list, eq=False, repr=False)

    def backoff_delay(
        self, retries_taken: int, *, random: Callable[[], float] = random_module.random
    ) -> float:
        for hook in self.on_backoff:
            hook()
        return super().backoff_delay(retries_taken, random=random)

    def decide_status(
        self,
        *,
        status_code: int,
        headers: httpx.Headers,
        retries_taken: int,
        safety: OperationSafety,
    ) -> RetryDecision:
        decision = super().decide_status(
            status_code=status_code, headers=headers, retries_taken=retries_taken, safety=safety
        )
        return self._record(decision)

    def decide_exception(
        self, *, error: Exception, retries_taken: int, safety: OperationSafety
    ) -> RetryDecision:
        decision = super().decide_exception(error=error, retries_taken=retries_taken, safety=safety)
        return self._record(decision)

    def _record(self, decision: RetryDecision) -> RetryDecision:
        self.decisions.append(decision)
        if decision.retry:
            for hook in self.on_retry:
                hook()
        return decision

    @property
    def retries(self) -> list[RetryDecision]:
        return [decision for decision in self.decisions if decision.retry]


def small_policy() -> RecordingPolicy:
    return RecordingPolicy(
        max_retries=MAX_RETRIES,
        initial_delay=INITIAL_DELAY_S,
        max_delay=MAX_DELAY_S,
        retry_after_ceiling=RETRY_AFTER_CEILING_S,
    )


# The test world: a server, a proxy in front of it and the resources a call needs.


def plain_http_transport() -> httpx.HTTPTransport:
    """Return a transport for plain HTTP on loopback that skips loading the CA bundle.

    These clients never use TLS. Loading certifi's bundle for the default transport takes
    about 80 ms per client (measured with httpx 0.28.1 on a loaded 2-CPU container), which
    adds seconds over the matrix.
    """
    return httpx.HTTPTransport(verify=False)


@dataclass
class StartedRun:
    run_id: str
    dispatch: Dispatch


@dataclass
class World:
    """Everything one test uses, closed again by ``close``."""

    server: LocalStrait
    proxy: FaultProxy
    endpoint: JobEndpoint
    direct: Strait
    policy: RecordingPolicy = field(default_factory=small_policy)
    case_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    _job: Job | None = None
    _runs: list[StartedRun] = field(default_factory=list)
    _adopted_run_ids: list[str] = field(default_factory=list)
    _closeables: list[Strait | RunContext | httpx.HTTPTransport] = field(default_factory=list)

    @property
    def job(self) -> Job:
        """A job of this test whose runs go to the module's job endpoint."""
        if self._job is None:
            self._job = self.new_job()
        return self._job

    def new_job(self, slug: str | None = None) -> Job:
        return self.direct.jobs.create(body=self.job_request(slug))

    def job_request(self, slug: str | None = None) -> CreateJobRequest:
        slug = slug or f"fault-{self.case_id}-{uuid.uuid4().hex[:6]}"
        return CreateJobRequest(
            project_id=self.server.project_id,
            name=f"Fault matrix {slug}",
            slug=slug,
            endpoint_url=self.endpoint.url,
            max_attempts=1,
            timeout_secs=60,
        )

    def start_run(self) -> StartedRun:
        """Trigger a run of ``job`` and hold its dispatch open, so the run stays executing."""
        triggered = self.direct.jobs.trigger(self.job.id, body=TriggerRequest(payload={}))
        assert isinstance(triggered, TriggeredRun)
        run = StartedRun(triggered.id, self._wait_for_dispatch(triggered.id))
        self._runs.append(run)
        return run

    def adopt_runs(self, run_ids: list[str]) -> None:
        """Respond to the dispatches of runs that the call under test created, on close."""
        self._adopted_run_ids.extend(run_ids)

    def client(self, timeout_ms: int = CALL_TIMEOUT_MS) -> Strait:
        """A client that sends through the proxy with the small recording policy."""
        transport = plain_http_transport()
        client = Strait(
            base_url=self.proxy.url,
            api_key=self.server.api_key,
            retry_policy=self.policy,
            timeout_ms=timeout_ms,
            transport=transport,
        )
        # A client given a transport leaves it open on close, so both are closed here.
        self._closeables.extend([client, transport])
        return client

    def run_context(self, run: StartedRun, timeout_ms: int = CALL_TIMEOUT_MS) -> RunContext:
        """A run context that sends through the proxy with the small recording policy."""
        # The API key lets complete and fail confirm the run's status after a lost response.
        ctx = RunContext.from_headers(
            run.dispatch.headers,
            base_url=self.proxy.url,
            retry_policy=self.policy,
            timeout_ms=timeout_ms,
            api_key=self.server.api_key,
        )
        self._closeables.append(ctx)
        return ctx

    def adopt_closeable(self, closeable: RunContext) -> None:
        self._closeables.append(closeable)

    def direct_run_context(self, run: StartedRun) -> RunContext:
        ctx = RunContext.from_headers(run.dispatch.headers, base_url=self.server.base_url)
        self._closeables.append(ctx)
        return ctx

    def close(self) -> None:
        for closeable in self._closeables:
            closeable.close()
        for run in self._runs:
            run.dispatch.answer(200, {"done": True})
        for run_id in self._adopted_run_ids:
            self._wait_for_dispatch(run_id).answer(200, {"done": True})
        while not self.endpoint.dispatches.empty():
            self.endpoint.dispatches.get_nowait().answer(200, {"stray": True})

    def _wait_for_dispatch(self, run_id: str) -> Dispatch:
        # The endpoint is shared by the module, so a late dispatch of another run may come first.
        deadline = time.monotonic() + DISPATCH_WAIT_S
        while True:
            remaining = deadline - time.monotonic()
            try:
                dispatch = self.endpoint.next_dispatch(timeout=max(0.01, remaining))
            except queue.Empty:
                raise AssertionError(
                    f"the server did not dispatch run {run_id} within {DISPATCH_WAIT_S} s"
                ) from None
            if dispatch.headers.get("X-Run-ID") == run_id:
                return dispatch
            dispatch.answer(200, {"stray": True})


# Operation classes and the operations of each.


class OpClass(enum.Enum):
    READ = "read"
    IDEMPOTENT_WRITE = "idempotent write"
    IDEMPOTENCY_KEY = "idempotency-key create"
    UNSAFE = "unsafe run-plane"
    TERMINAL = "terminal run-plane"

    @property
    def repeatable(self) -> bool:
        """Whether the SDK may repeat a call of this class after the server may have acted."""
        return self in (OpClass.READ, OpClass.IDEMPOTENT_WRITE, OpClass.IDEMPOTENCY_KEY)


@dataclass
class Prepared:
    """A call ready to run through the proxy, with its checks."""

    path: str
    call: Callable[[], object]
    check_result: Callable[[object], None]
    # Counts the call's effects on the server. It is None for reads, which have none.
    count_effects: Callable[[], int] | None = None


@dataclass(frozen=True)
class Operation:
    name: str
    op_class: OpClass
    method: str
    prepare: Callable[[World, int], Prepared]

    def __str__(self) -> str:
        return self.name


def prepare_get_run(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    client = world.client(timeout_ms)

    def check(result: object) -> None:
        assert isinstance(result, JobRun)
        assert result.id == run.run_id

    return Prepared(f"/v1/runs/{run.run_id}", lambda: client.runs.get(run.run_id), check)


def prepare_list_jobs(world: World, timeout_ms: int) -> Prepared:
    job = world.job
    client = world.client(timeout_ms)

    def check(result: object) -> None:
        assert isinstance(result, JobList)
        assert job.id in [listed.id for listed in result.data]

    return Prepared("/v1/jobs", lambda: client.jobs.list(slug=job.slug), check)


def prepare_update_job(world: World, timeout_ms: int) -> Prepared:
    job = world.job
    client = world.client(timeout_ms)
    description = f"updated by case {world.case_id}"

    def check(result: object) -> None:
        assert isinstance(result, Job)
        assert result.description == description

    def count() -> int:
        return int(world.direct.jobs.get(job.id).description == description)

    return Prepared(
        f"/v1/jobs/{job.id}",
        lambda: client.jobs.update(job.id, body=UpdateJobRequest(description=description)),
        check,
        count,
    )


def prepare_set_state(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    reader = world.direct_run_context(run)
    value = {"cursor": world.case_id}

    def check(result: object) -> None:
        assert isinstance(result, RunState)
        assert result.value == value

    def count() -> int:
        return int(any(state.value == value for state in reader.list_state()))

    return Prepared(
        f"/sdk/v1/runs/{run.run_id}/state", lambda: ctx.set_state("cursor", value), check, count
    )


def prepare_heartbeat(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    assert not isinstance(world.direct.runs.get(run.run_id).heartbeat_at, datetime.datetime)

    def check(result: object) -> None:
        assert isinstance(result, StatusOk)
        assert result.status == "ok"

    def count() -> int:
        return int(isinstance(world.direct.runs.get(run.run_id).heartbeat_at, datetime.datetime))

    return Prepared(f"/sdk/v1/runs/{run.run_id}/heartbeat", ctx.heartbeat, check, count)


def prepare_create_job(world: World, timeout_ms: int) -> Prepared:
    client = world.client(timeout_ms)
    request = world.job_request()
    slug = request.slug

    def check(result: object) -> None:
        assert isinstance(result, Job)
        assert result.slug == slug

    def count() -> int:
        return len(world.direct.jobs.list(slug=slug).data)

    return Prepared("/v1/jobs", lambda: client.jobs.create(body=request), check, count)


def prepare_trigger_job(world: World, timeout_ms: int) -> Prepared:
    job = world.new_job()
    client = world.client(timeout_ms)
    tags = StringMap.from_dict({"fault_case": world.case_id})

    def check(result: object) -> None:
        assert isinstance(result, TriggeredRun)

    def count() -> int:
        runs = world.direct.runs.list(tag_key="fault_case", tag_value=world.case_id).data
        world.adopt_runs([run.id for run in runs])
        return len(runs)

    return Prepared(
        f"/v1/jobs/{job.id}/trigger",
        lambda: client.jobs.trigger(job.id, body=TriggerRequest(payload={"n": 1}, tags=tags)),
        check,
        count,
    )


def prepare_log(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    message = f"log line of case {world.case_id}"

    def check(result: object) -> None:
        assert isinstance(result, RunEvent)
        assert result.message == message

    def count() -> int:
        events = world.direct.runs.list_events(run.run_id, limit=100).data
        return sum(event.message == message for event in events)

    return Prepared(f"/sdk/v1/runs/{run.run_id}/log", lambda: ctx.log(message), check, count)


def prepare_checkpoint(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    state = {"offset": 120, "case": world.case_id}

    def check(result: object) -> None:
        assert isinstance(result, RunCheckpoint)
        assert result.state == state

    def count() -> int:
        checkpoints = world.direct.runs.list_checkpoints(run.run_id, limit=100).data
        return sum(checkpoint.state == state for checkpoint in checkpoints)

    return Prepared(
        f"/sdk/v1/runs/{run.run_id}/checkpoint", lambda: ctx.checkpoint(state), check, count
    )


def prepare_complete(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    result_value = {"rows": 3, "case": world.case_id}

    def check(result: object) -> None:
        assert isinstance(result, JobRun)
        assert result.status == RunStatus.COMPLETED

    def count() -> int:
        stored = world.direct.runs.get(run.run_id)
        return int(stored.status == RunStatus.COMPLETED and stored.result == result_value)

    return Prepared(
        f"/sdk/v1/runs/{run.run_id}/complete", lambda: ctx.complete(result_value), check, count
    )


def prepare_fail(world: World, timeout_ms: int) -> Prepared:
    run = world.start_run()
    ctx = world.run_context(run, timeout_ms)
    reason = f"input missing in case {world.case_id}"

    def check(result: object) -> None:
        assert isinstance(result, JobRun)
        assert result.status == RunStatus.FAILED

    def count() -> int:
        stored = world.direct.runs.get(run.run_id)
        return int(stored.status == RunStatus.FAILED and stored.error == reason)

    return Prepared(f"/sdk/v1/runs/{run.run_id}/fail", lambda: ctx.fail(reason), check, count)


GET_RUN = Operation("runs.get", OpClass.READ, "GET", prepare_get_run)
LIST_JOBS = Operation("jobs.list", OpClass.READ, "GET", prepare_list_jobs)
UPDATE_JOB = Operation("jobs.update", OpClass.IDEMPOTENT_WRITE, "PATCH", prepare_update_job)
SET_STATE = Operation("ctx.set_state", OpClass.IDEMPOTENT_WRITE, "POST", prepare_set_state)
HEARTBEAT = Operation("ctx.heartbeat", OpClass.IDEMPOTENT_WRITE, "POST", prepare_heartbeat)
CREATE_JOB = Operation("jobs.create", OpClass.IDEMPOTENCY_KEY, "POST", prepare_create_job)
TRIGGER_JOB = Operation("jobs.trigger", OpClass.IDEMPOTENCY_KEY, "POST", prepare_trigger_job)
LOG = Operation("ctx.log", OpClass.UNSAFE, "POST", prepare_log)
CHECKPOINT = Operation("ctx.checkpoint", OpClass.UNSAFE, "POST", prepare_checkpoint)
COMPLETE = Operation("ctx.complete", OpClass.TERMINAL, "POST", prepare_complete)
FAIL = Operation("ctx.fail", OpClass.TERMINAL, "POST", prepare_fail)

OPERATIONS = [
    GET_RUN,
    LIST_JOBS,
    UPDATE_JOB,
    SET_STATE,
    HEARTBEAT,
    CREATE_JOB,
    TRIGGER_JOB,
    LOG,
    CHECKPOINT,
    COMPLETE,
    FAIL,
]


# Faults.


class Behaviour(enum.Enum):
    """What a fault means for the client: whether the request could have reached the server."""

    REFUSED = "connection refused, so nothing was sent"
    CLOSED_ON_ACCEPT = "connection closed at accept, before the proxy read anything"
    RESET = "connection reset after the request head, not forwarded"
    DROPPED = "forwarded, then the connection closed without a response"
    TIMED_OUT = "held past the client's timeout, then forwarded"
    SLOW = "held briefly, within the client's timeout"
    RATE_LIMITED = "429 with Retry-After, not forwarded"
    GATEWAY = "5xx from a gateway, not forwarded"
    TRUNCATED = "2xx with half of its JSON body"
    WRONG_TYPE = "2xx with Content-Type text/html"


@dataclass(frozen=True)
class FaultCase:
    name: str
    behaviour: Behaviour
    fault: Fault | None = None
    timeout_ms: int = CALL_TIMEOUT_MS

    def __str__(self) -> str:
        return self.name


REFUSED = FaultCase("refused", Behaviour.REFUSED)
CLOSED_ON_ACCEPT = FaultCase("closed on accept", Behaviour.CLOSED_ON_ACCEPT)
RESET = FaultCase("reset mid-request", Behaviour.RESET, Fault.reset_mid_request())
DROPPED = FaultCase("dropped response", Behaviour.DROPPED, Fault.drop_response())
TIMED_OUT = FaultCase(
    "timeout", Behaviour.TIMED_OUT, Fault.delay(TIMEOUT_DELAY_MS), timeout_ms=SHORT_TIMEOUT_MS
)
SLOW = FaultCase("slow response", Behaviour.SLOW, Fault.delay(SLOW_DELAY_MS))
RATE_LIMITED_JSON = FaultCase("429 json", Behaviour.RATE_LIMITED, Fault.rate_limit_json())
RATE_LIMITED_TEXT = FaultCase("429 text", Behaviour.RATE_LIMITED, Fault.rate_limit_text())
BAD_GATEWAY = FaultCase("502", Behaviour.GATEWAY, Fault.gateway_status(502))
UNAVAILABLE = FaultCase("503", Behaviour.GATEWAY, Fault.gateway_status(503, b"Service Unavailable"))
GATEWAY_TIMEOUT = FaultCase(
    "504", Behaviour.GATEWAY, Fault.gateway_status(504, b"upstream timeout")
)
TRUNCATED = FaultCase("truncated json", Behaviour.TRUNCATED, Fault.truncate_body())
WRONG_TYPE = FaultCase("wrong content type", Behaviour.WRONG_TYPE, Fault.wrong_content_type())

FAULTS = [
    REFUSED,
    CLOSED_ON_ACCEPT,
    RESET,
    DROPPED,
    TIMED_OUT,
    SLOW,
    RATE_LIMITED_JSON,
    RATE_LIMITED_TEXT,
    BAD_GATEWAY,
    UNAVAILABLE,
    GATEWAY_TIMEOUT,
    TRUNCATED,
    WRONG_TYPE,
]


def arm(world: World, case: FaultCase, operation: Operation, path: str, times: int = 1) -> None:
    """Program the proxy with ``case`` for the next ``times`` attempts of the call.

    A refusal lasts until the policy decides to retry, then the proxy listens again, unless
    ``times`` is above 1. Then every attempt is refused.
    """
    if case.behaviour is Behaviour.REFUSED:
        world.proxy.refuse_connections()
        if times == 1:
            world.policy.on_retry.append(world.proxy.accept_connections)
    elif case.behaviour is Behaviour.CLOSED_ON_ACCEPT:
        world.proxy.close_next_connections(times)
    else:
        assert case.fault is not None
        world.proxy.inject(case.fault, method=operation.method, path=path, times=times)


# What each cell should give.


@dataclass(frozen=True)
class Expectation:
    error: type[StraitError] | None
    # Requests the proxy read, whether or not it forwarded them.
    requests: int
    # Requests the server received.
    forwarded: int
    retries: int
    # How many times the call's effect exists on the server afterwards.
    effects: int


def expect(case: FaultCase, op_class: OpClass) -> Expectation:
    """Return the desired outcome of ``case`` against a call of ``op_class``."""
    repeatable = op_class.repeatable
    behaviour = case.behaviour

    if op_class is OpClass.TERMINAL:
        return expect_terminal(behaviour)

    if behaviour is Behaviour.REFUSED:
        return Expectation(None, requests=1, forwarded=1, retries=1, effects=1)
    if behaviour is Behaviour.RATE_LIMITED:
        return Expectation(None, requests=2, forwarded=1, retries=1, effects=1)
    if behaviour is Behaviour.SLOW:
        return Expectation(None, requests=1, forwarded=1, retries=0, effects=1)
    if behaviour in (Behaviour.TRUNCATED, Behaviour.WRONG_TYPE):
        return Expectation(
            APIResponseValidationError, requests=1, forwarded=1, retries=0, effects=1
        )

    if behaviour is Behaviour.CLOSED_ON_ACCEPT:
        # The client cannot tell this from a server that read the request and died, so it
        # does not repeat unsafe calls, although here the request never left the proxy.
        if repeatable:
            return Expectation(None, requests=1, forwarded=1, retries=1, effects=1)
        return Expectation(APIConnectionError, requests=0, forwarded=0, retries=0, effects=0)
    if behaviour is Behaviour.RESET:
        if repeatable:
            return Expectation(None, requests=2, forwarded=1, retries=1, effects=1)
        return Expectation(APIConnectionError, requests=1, forwarded=0, retries=0, effects=0)
    if behaviour is Behaviour.GATEWAY:
        if repeatable:
            return Expectation(None, requests=2, forwarded=1, retries=1, effects=1)
        return Expectation(InternalServerError, requests=1, forwarded=0, retries=0, effects=0)

    # DROPPED and TIMED_OUT: the server acted, and the client saw no response.
    if repeatable:
        return Expectation(None, requests=2, forwarded=2, retries=1, effects=1)
    lost = APITimeoutError if behaviour is Behaviour.TIMED_OUT else APIConnectionError
    return Expectation(lost, requests=1, forwarded=1, retries=0, effects=1)


def expect_terminal(behaviour: Behaviour) -> Expectation:
    """Complete and fail end in the requested status whatever the fault.

    Faults that hide the outcome make the run context send the call again, outside the
    transport's retries: a resend that arrives first ends the run, and one that finds the run
    ended gets 410, which the context confirms by reading the run.
    """
    if behaviour is Behaviour.REFUSED:
        return Expectation(None, requests=1, forwarded=1, retries=1, effects=1)
    if behaviour is Behaviour.RATE_LIMITED:
        return Expectation(None, requests=2, forwarded=1, retries=1, effects=1)
    if behaviour is Behaviour.SLOW:
        return Expectation(None, requests=1, forwarded=1, retries=0, effects=1)
    if behaviour is Behaviour.CLOSED_ON_ACCEPT:
        return Expectation(None, requests=1, forwarded=1, retries=0, effects=1)
    if behaviour in (Behaviour.RESET, Behaviour.GATEWAY):
        return Expectation(None, requests=2, forwarded=1, retries=0, effects=1)
    # DROPPED, TIMED_OUT, TRUNCATED and WRONG_TYPE: the server ended the run, and the resend
    # got 410.
    return Expectation(None, requests=2, forwarded=2, retries=0, effects=1)


def known_gap(case: FaultCase, operation: Operation) -> str | None:
    """Return why the SDK does not meet the expectation of this cell yet, or None."""
    return None


def matrix_cells() -> list[Any]:
    cells = []
    for case in FAULTS:
        for operation in OPERATIONS:
            gap = known_gap(case, operation)
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cells.append(pytest.param(case, operation, marks=marks, id=f"{case}-{operation}"))
    return cells


# Checks shared by the tests.

# The failure that str() of each error names, and the hint that it ends with.
FAILURES: dict[type[StraitError], str] = {
    APIConnectionError: "The request failed before a response arrived",
    APITimeoutError: "The request timed out",
    # str() of a status error starts with the status code, which check_error tests.
    InternalServerError: "",
    RateLimitError: "429",
    APIResponseValidationError: "the body does not match the API document",
}
HINTS: dict[type[StraitError], str] = {
    APIConnectionError: "Check that the server at this URL is running and reachable.",
    APITimeoutError: "raise timeout_ms",
    InternalServerError: "quote the request id",
    RateLimitError: "Slow down and retry",
    APIResponseValidationError: "check base_url",
}


def check_error(error: BaseException, expected: type[StraitError], method: str, path: str) -> None:
    """Check that ``error`` is the one typed SDK error of the call, naming it with a hint."""
    assert type(error) is expected, f"expected {expected.__name__}, got {error!r}"
    assert isinstance(error, StraitError)
    assert not isinstance(error, httpx.HTTPError)
    assert not isinstance(error, json.JSONDecodeError)

    text = str(error)
    assert FAILURES[expected] in text, text
    if isinstance(error, APIStatusError):
        assert text.startswith(f"{error.status_code}"), text
    assert f"{method} " in text, text
    assert path in text, text
    assert HINTS[expected] in text, text

    # One error per call: no other SDK error was being handled when this one was raised.
    context = error.__context__
    while context is not None:
        assert not isinstance(context, StraitError), f"{error!r} hides {context!r}"
        context = context.__context__


def check_same_call_headers(requests: list[SeenRequest], op_class: OpClass) -> None:
    """Check that every attempt of one call carries its request id and idempotency key.

    A terminal call that the run context sends again is a new request with its own id.
    """
    request_ids = {request.request_id for request in requests}
    if op_class is not OpClass.TERMINAL:
        assert len(request_ids) <= 1, request_ids
    assert None not in request_ids

    keys = {request.idempotency_key for request in requests}
    if op_class is OpClass.IDEMPOTENCY_KEY:
        assert len(keys) <= 1, keys
        assert None not in keys
    else:
        assert keys <= {None}, keys


def call_and_time(call: Callable[[], object]) -> tuple[object, BaseException | None, float]:
    started = time.monotonic()
    try:
        result = call()
    except Exception as error:
        return None, error, time.monotonic() - started
    return result, None, time.monotonic() - started


# Fixtures.


@pytest.fixture(scope="module")
def fault_server() -> Iterator[LocalStrait]:
    with LocalStrait(retry_delay_secs=0.05) as server:
        yield server


@pytest.fixture(scope="module")
def fault_endpoint() -> Iterator[JobEndpoint]:
    with JobEndpoint() as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def direct_client(fault_server: LocalStrait) -> Iterator[Strait]:
    with (
        plain_http_transport() as transport,
        Strait(
            base_url=fault_server.base_url, api_key=fault_server.api_key, transport=transport
        ) as client,
    ):
        yield client


@pytest.fixture
def world(
    fault_server: LocalStrait, fault_endpoint: JobEndpoint, direct_client: Strait
) -> Iterator[World]:
    with FaultProxy(fault_server.base_url) as proxy:
        world = World(fault_server, proxy, fault_endpoint, direct_client)
        try:
            yield world
        finally:
            try:
                proxy.wait_until_idle()
            finally:
                world.close()


@pytest.fixture(scope="module", autouse=True)
def matrix_summary(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print one line at the end of the module: faults, classes and cases tried and passed."""
    yield
    items = [
        item for item in request.session.items if getattr(item, "module", None) is request.module
    ]
    faults: set[str] = set()
    classes: set[str] = set()
    counts: dict[str, int] = {}
    for item in items:
        params = getattr(item, "callspec", None)
        if params is not None:
            faults.add(str(params.params.get("case", "")))
            operation = params.params.get("operation")
            if isinstance(operation, Operation):
                classes.add(operation.op_class.value)
        outcome = item.stash.get(OUTCOME, "not run")
        counts[outcome] = counts.get(outcome, 0) + 1

    others = ", ".join(
        f"{count} {outcome}" for outcome, count in sorted(counts.items()) if outcome != "passed"
    )
    line = (
        f"fault matrix summary: {len(faults - {''})} faults x {len(classes)} operation classes, "
        f"{len(items)} cases tried, {counts.get('passed', 0)} passed"
        + (f" ({others})" if others else "")
    )
    # Output capture is still on during fixture teardown, so it is paused for the line.
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\n{line}")


# The matrix.


@pytest.mark.parametrize(("case", "operation"), matrix_cells())
def test_fault_matrix(world: World, case: FaultCase, operation: Operation) -> None:
    expected = expect(case, operation.op_class)
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    result, error, elapsed = call_and_time(prepared.call)
    world.proxy.wait_until_idle()

    if expected.error is None:
        assert error is None, f"{case} on {operation}: the caller got {error!r}"
        prepared.check_result(result)
    else:
        assert error is not None, f"{case} on {operation}: expected an error, got {type(result)}"
        check_error(error, expected.error, operation.method, prepared.path)
        if isinstance(error, APIStatusError) and case.fault is not None:
            assert error.status_code == case.fault.status

    seen = world.proxy.requests(operation.method, prepared.path)
    assert len(seen) == expected.requests, seen
    assert len([request for request in seen if request.forwarded]) == expected.forwarded, seen
    assert world.proxy.pending_faults() == 0
    if case.behaviour is Behaviour.CLOSED_ON_ACCEPT:
        assert world.proxy.closed_on_accept == 1
    check_same_call_headers(seen, operation.op_class)

    assert len(world.policy.retries) == expected.retries, world.policy.decisions
    for decision in world.policy.retries:
        assert decision.delay <= RETRY_AFTER_CEILING_S, decision
        if case.behaviour is not Behaviour.RATE_LIMITED:
            assert decision.delay <= MAX_DELAY_S, decision
    if case.behaviour is Behaviour.RATE_LIMITED:
        assert elapsed >= RETRY_AFTER_S * 0.95, elapsed
        assert elapsed < RETRY_AFTER_CEILING_S, elapsed

    if prepared.count_effects is not None:
        assert prepared.count_effects() == expected.effects


# Calls that the server deduplicates by Idempotency-Key.


@pytest.mark.parametrize("operation", [CREATE_JOB, TRIGGER_JOB], ids=str)
@pytest.mark.parametrize("case", [DROPPED, TIMED_OUT], ids=str)
def test_retry_gets_server_replay(world: World, case: FaultCase, operation: Operation) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    result = prepared.call()
    world.proxy.wait_until_idle()

    forwarded = world.proxy.forwarded(operation.method, prepared.path)
    assert len(forwarded) == 2
    assert forwarded[0].idempotency_key == forwarded[1].idempotency_key
    # After a dropped response the retry gets the replay. After a timeout the held original
    # reaches the server second, so the original gets the replay.
    replayed = [request.response_headers.get("idempotency-replayed") for request in forwarded]
    assert replayed.count("true") == 1, replayed
    assert replayed.count(None) == 1, replayed
    bodies = [request.response_json() for request in forwarded]
    assert bodies[0] == bodies[1]

    assert isinstance(result, Job | TriggeredRun)
    assert isinstance(bodies[0], dict)
    assert result.id == bodies[0]["id"]
    assert prepared.count_effects is not None
    assert prepared.count_effects() == 1


@pytest.mark.parametrize("case", [DROPPED], ids=str)
@pytest.mark.parametrize("operation", [CREATE_JOB, TRIGGER_JOB], ids=str)
def test_detailed_call_shows_replay(world: World, case: FaultCase, operation: Operation) -> None:
    client = world.client()
    if operation is CREATE_JOB:
        path = "/v1/jobs"
        arm(world, case, operation, path)
        response: Any = create_job.sync_detailed(client=client, body=world.job_request())
    else:
        job = world.new_job()
        path = f"/v1/jobs/{job.id}/trigger"
        arm(world, case, operation, path)
        response = trigger_job.sync_detailed(job.id, client=client, body=TriggerRequest())
        assert isinstance(response.parsed, TriggeredRun)
        world.adopt_runs([response.parsed.id])

    assert response.headers.get("Idempotency-Replayed") == "true"
    assert len(world.proxy.forwarded(operation.method, path)) == 2


@pytest.mark.parametrize("case", [DROPPED], ids=str)
@pytest.mark.parametrize("operation", [CREATE_JOB, TRIGGER_JOB], ids=str)
def test_resource_call_shows_replay(world: World, case: FaultCase, operation: Operation) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    result = prepared.call()
    world.proxy.wait_until_idle()
    assert prepared.count_effects is not None
    assert prepared.count_effects() == 1

    assert getattr(result, "idempotency_replayed", None) is True


# Complete and fail after a lost response.


@pytest.mark.parametrize("operation", [COMPLETE, FAIL], ids=str)
@pytest.mark.parametrize("case", [DROPPED, TIMED_OUT], ids=str)
def test_terminal_state_kept_after_lost_response(
    world: World, case: FaultCase, operation: Operation
) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    result = prepared.call()
    world.proxy.wait_until_idle()

    # The server stored the terminal state once. After a dropped response the resend gets 410
    # and the run is read to confirm it. After a timeout the resend arrives first and ends
    # the run, and the held original gets 410.
    forwarded = world.proxy.forwarded(operation.method, prepared.path)
    statuses = [request.response_status for request in forwarded]
    expected = [200, 410] if case.behaviour is Behaviour.DROPPED else [410, 200]
    assert statuses == expected
    run_id = prepared.path.split("/")[4]
    confirm_reads = 1 if case.behaviour is Behaviour.DROPPED else 0
    assert len(world.proxy.forwarded("GET", f"/v1/runs/{run_id}")) == confirm_reads
    assert prepared.count_effects is not None
    assert prepared.count_effects() == 1
    prepared.check_result(result)


@pytest.mark.parametrize("operation", [COMPLETE, FAIL], ids=str)
async def test_async_terminal_state_kept_after_lost_response(
    world: World, operation: Operation
) -> None:
    run = world.start_run()
    path = f"/sdk/v1/runs/{run.run_id}/{operation.name.removeprefix('ctx.')}"
    arm(world, DROPPED, operation, path)

    async with AsyncRunContext.from_headers(
        run.dispatch.headers,
        base_url=world.proxy.url,
        retry_policy=world.policy,
        api_key=world.server.api_key,
    ) as ctx:
        if operation is COMPLETE:
            result = await ctx.complete({"rows": 2})
        else:
            result = await ctx.fail("stopped")
    world.proxy.wait_until_idle()

    requested = RunStatus.COMPLETED if operation is COMPLETE else RunStatus.FAILED
    assert result.status == requested
    statuses = [request.response_status for request in world.proxy.forwarded("POST", path)]
    assert statuses == [200, 410]
    assert world.direct.runs.get(run.run_id).status == requested


@pytest.mark.parametrize("operation", [COMPLETE, FAIL], ids=str)
def test_lost_terminal_call_without_api_key_says_what_is_known(
    world: World, operation: Operation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STRAIT_API_KEY", raising=False)
    run = world.start_run()
    ctx = RunContext.from_headers(
        run.dispatch.headers, base_url=world.proxy.url, retry_policy=world.policy
    )
    world.adopt_closeable(ctx)
    path = f"/sdk/v1/runs/{run.run_id}/{operation.name.removeprefix('ctx.')}"
    arm(world, DROPPED, operation, path)

    with pytest.raises(RunOutcomeError) as caught:
        ctx.complete({"rows": 1}) if operation is COMPLETE else ctx.fail("stopped")
    world.proxy.wait_until_idle()

    error = caught.value
    requested = "completed" if operation is COMPLETE else "failed"
    assert (error.run_id, error.requested_status, error.actual_status) == (
        run.run_id,
        requested,
        None,
    )
    text = str(error)
    assert run.run_id in text
    assert "already ended" in text
    assert "STRAIT_API_KEY" in text
    # The run did end as requested: the error reports an unknown, not a failure of the run.
    assert str(world.direct.runs.get(run.run_id).status.value) == requested


def test_lost_complete_on_a_run_that_ended_otherwise_names_the_status(world: World) -> None:
    run = world.start_run()
    ctx = world.run_context(run)
    path = f"/sdk/v1/runs/{run.run_id}/complete"
    # The first complete never reaches the server (a 502 from the proxy), and the run is
    # cancelled before the resend arrives.
    arm(world, BAD_GATEWAY, COMPLETE, path)

    def cancel() -> None:
        world.direct.runs.cancel(run.run_id)

    world.policy.on_backoff.append(cancel)

    with pytest.raises(RunOutcomeError) as caught:
        ctx.complete({"rows": 1})
    world.proxy.wait_until_idle()

    error = caught.value
    assert (error.requested_status, error.actual_status) == ("completed", "canceled")
    assert "ended as canceled, not completed" in str(error)
    assert [request.response_status for request in world.proxy.forwarded("POST", path)] == [410]


@pytest.mark.parametrize("case", [DROPPED], ids=str)
@pytest.mark.parametrize("operation", [LOG, CHECKPOINT], ids=str)
def test_unsafe_error_mentions_possible_effect(
    world: World, case: FaultCase, operation: Operation
) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    with pytest.raises(APIConnectionError) as caught:
        prepared.call()
    world.proxy.wait_until_idle()
    assert prepared.count_effects is not None
    assert prepared.count_effects() == 1

    text = str(caught.value)
    assert "may have" in text, text


# Retry budget and Retry-After ceiling.

BUDGET_CELLS = [
    # One 429 form is enough here: each spent attempt waits the whole Retry-After of 1 s.
    *(
        pytest.param(case, GET_RUN, id=f"{case}-{GET_RUN}")
        for case in (
            REFUSED,
            CLOSED_ON_ACCEPT,
            RESET,
            DROPPED,
            TIMED_OUT,
            RATE_LIMITED_JSON,
            BAD_GATEWAY,
            UNAVAILABLE,
            GATEWAY_TIMEOUT,
        )
    ),
    *(
        pytest.param(case, CREATE_JOB, id=f"{case}-{CREATE_JOB}")
        for case in (REFUSED, CLOSED_ON_ACCEPT, RESET, DROPPED, TIMED_OUT, UNAVAILABLE)
    ),
    pytest.param(REFUSED, LOG, id=f"{REFUSED}-{LOG}"),
]

FINAL_ERRORS: dict[Behaviour, type[StraitError]] = {
    Behaviour.REFUSED: APIConnectionError,
    Behaviour.CLOSED_ON_ACCEPT: APIConnectionError,
    Behaviour.RESET: APIConnectionError,
    Behaviour.DROPPED: APIConnectionError,
    Behaviour.TIMED_OUT: APITimeoutError,
    Behaviour.RATE_LIMITED: RateLimitError,
    Behaviour.GATEWAY: InternalServerError,
}


@pytest.mark.parametrize(("case", "operation"), BUDGET_CELLS)
def test_retries_stop_at_budget(world: World, case: FaultCase, operation: Operation) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    attempts = MAX_RETRIES + 1
    # More faults than attempts, so that every attempt fails.
    arm(world, case, operation, prepared.path, times=attempts + 2)

    result, error, elapsed = call_and_time(prepared.call)
    world.proxy.wait_until_idle()

    assert error is not None, f"expected an error, got {result!r}"
    check_error(error, FINAL_ERRORS[case.behaviour], operation.method, prepared.path)
    assert len(world.policy.retries) == MAX_RETRIES
    seen = world.proxy.requests(operation.method, prepared.path)
    if case.behaviour is Behaviour.REFUSED:
        assert seen == []
    elif case.behaviour is Behaviour.CLOSED_ON_ACCEPT:
        assert seen == []
        assert world.proxy.closed_on_accept == attempts
    else:
        assert len(seen) == attempts
    check_same_call_headers(seen, operation.op_class)

    waits = [decision.delay for decision in world.policy.retries]
    assert all(wait <= RETRY_AFTER_CEILING_S for wait in waits), waits
    if case.behaviour is Behaviour.RATE_LIMITED:
        assert elapsed >= MAX_RETRIES * RETRY_AFTER_S * 0.95, elapsed
        assert elapsed < MAX_RETRIES * RETRY_AFTER_CEILING_S, elapsed
    if prepared.count_effects is not None:
        # The server records the effect at most once, even with every attempt forwarded.
        forwarded = [request for request in seen if request.forwarded]
        assert prepared.count_effects() == min(1, len(forwarded))


@pytest.mark.parametrize("case", [RESET, UNAVAILABLE], ids=str)
@pytest.mark.parametrize("operation", [COMPLETE, FAIL], ids=str)
def test_terminal_resends_stop_at_budget(
    world: World, case: FaultCase, operation: Operation
) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    attempts = MAX_RETRIES + 1
    arm(world, case, operation, prepared.path, times=attempts + 2)

    result, error, _ = call_and_time(prepared.call)
    world.proxy.wait_until_idle()

    assert error is not None, f"expected an error, got {result!r}"
    check_error(error, FINAL_ERRORS[case.behaviour], operation.method, prepared.path)
    seen = world.proxy.requests(operation.method, prepared.path)
    assert len(seen) == attempts
    assert not any(request.forwarded for request in seen)
    assert prepared.count_effects is not None
    assert prepared.count_effects() == 0


@pytest.mark.parametrize("case", [UNAVAILABLE, DROPPED], ids=str)
@pytest.mark.parametrize("operation", [GET_RUN], ids=str)
def test_no_retries_sends_once(world: World, case: FaultCase, operation: Operation) -> None:
    run = world.start_run()
    path = f"/v1/runs/{run.run_id}"
    client = world.client().with_options(max_retries=0)
    arm(world, case, operation, path, times=3)

    try:
        with pytest.raises(StraitError) as caught:
            client.runs.get(run.run_id)
    finally:
        client.close()
    world.proxy.wait_until_idle()

    check_error(caught.value, FINAL_ERRORS[case.behaviour], operation.method, path)
    assert len(world.proxy.requests(operation.method, path)) == 1
    assert world.policy.retries == []


@pytest.mark.parametrize(
    "case",
    [
        FaultCase("429 json over ceiling", Behaviour.RATE_LIMITED, Fault.rate_limit_json("5")),
        FaultCase("429 text over ceiling", Behaviour.RATE_LIMITED, Fault.rate_limit_text("5")),
    ],
    ids=str,
)
@pytest.mark.parametrize("operation", [GET_RUN, LOG], ids=str)
def test_retry_after_over_ceiling_not_waited(
    world: World, case: FaultCase, operation: Operation
) -> None:
    prepared = operation.prepare(world, case.timeout_ms)
    arm(world, case, operation, prepared.path)

    result, error, elapsed = call_and_time(prepared.call)
    world.proxy.wait_until_idle()

    assert error is not None, f"expected RateLimitError, got {result!r}"
    check_error(error, RateLimitError, operation.method, prepared.path)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 5.0
    assert "retry after 5 s" in str(error)
    assert elapsed < 1.0, elapsed
    assert world.policy.retries == []
    assert len(world.proxy.requests(operation.method, prepared.path)) == 1
