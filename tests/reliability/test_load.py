"""Load on one AsyncStrait: 10,000 run-plane calls with 200 in flight against the local server.

The calls go through an AsyncRunContext, whose AsyncStrait sends over one connection pool of
POOL_CONNECTIONS connections. The local server runs in a subprocess
(``python -m strait_sdk.local_server``), so that this process holds only the SDK, the job
endpoint and the test, and the server's threads do not compete with the client for its GIL.

The test checks four things. No call fails. The number of open file descriptors returns to
within FD_SLACK of its count before the context opened, and the server has no connection
left from it. Memory stays flat: the resident set size after the warm-up and after the
untraced bulk of the calls differs by less than MAX_RSS_GROWTH_BYTES, and the calls of a final
traced window leave fewer than MAX_WINDOW_BLOCKS memory blocks allocated. The server stored
every log line and checkpoint exactly once.

tracemalloc runs only during the last SETTLE_CALLS + TRACED_CALLS calls, because tracing
every call made the run about 3.4 times slower (483 s against 141 s on a 2-core machine).
The window still catches a leak of one object per call, and the RSS bound catches a leak of
860 bytes per call or more, whatever its number of objects.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import gc
import logging
import os
import re
import secrets
import select
import subprocess
import sys
import time
import tracemalloc
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

import tests.support.job_endpoint as job_endpoint_module
import tests.support.secrets as secret_scan
from strait_sdk import AsyncRunContext, Strait
from strait_sdk.models import CreateJobRequest, RunStatus, TriggeredRun, TriggerRequest
from tests.reliability.conftest import record_summary
from tests.support.job_endpoint import JobEndpoint

TOTAL_CALLS = 10_000
WARM_UP_CALLS = 1_000
# Calls under tracemalloc: the first SETTLE_CALLS let the pool and the SDK's tables reach
# their steady size, and the memory the next TRACED_CALLS leave allocated is measured.
SETTLE_CALLS = 1_000
TRACED_CALLS = 1_000
BULK_CALLS = TOTAL_CALLS - WARM_UP_CALLS - SETTLE_CALLS - TRACED_CALLS
IN_FLIGHT = 200
# Call number n makes the call CALL_KINDS[n % 4], so each kind is a quarter of the load.
CALL_KINDS = ("heartbeat", "log", "set_state", "checkpoint")
LOG_DATA = {"blob": "x" * 1_024}
STATE_KEYS = 50

# The calls in flight share POOL_CONNECTIONS connections, all kept alive, so every
# connection always has a call waiting for it and none is closed for being idle. httpcore
# (1.0.9) scans its connections for each queued request and, for each idle connection,
# all connections again. In runs of 2,000 to 5,000 calls on a 2-core machine, the client
# spent 4.2 ms of CPU per call with 20 connections, 5.7 ms with 50 and 7.8 ms with 200, most
# of which sat idle at any moment. With 200 that never expire it spent 45 ms, and with
# httpx's defaults (100 connections, 20 kept alive) 15 ms, because that pool closed and
# reopened connections all through the run. So the test uses 50.
POOL_CONNECTIONS = 50
POOL_LIMITS = httpx.Limits(
    max_connections=POOL_CONNECTIONS, max_keepalive_connections=POOL_CONNECTIONS
)
# The pool opens all its connections at once when the load starts.
LISTEN_BACKLOG = 1_024
# A connection that the server closes for being idle (after 120 s by default) is replaced,
# and the new connection's buffers and locks would look like a leak in the traced calls.
SERVER_IDLE_TIMEOUT_S = 3_600

# A phase that takes longer than this is stuck. On a 2-core machine shared with other test
# runs, the 10,000 calls took 56 to 62 s. With a pool of 200 connections on a heavily
# loaded machine they took 393 s. The run token lasts the job's timeout plus 60 s.
LOAD_DEADLINE_S = 900.0
JOB_TIMEOUT_SECS = 3_600
SERVER_START_TIMEOUT_S = 20.0
SERVER_STOP_TIMEOUT_S = 10.0
# The server closes a connection when it reads the client's end of file, which takes a
# moment on a busy machine.
SERVER_CLOSE_TIMEOUT_S = 10.0
SAMPLE_INTERVAL_S = 0.5

# Descriptors that may differ between the two counts for reasons outside the SDK, such as a
# file the logging module opens. Every connection the SDK left open would add one.
FD_SLACK = 5
# Room for connections being replaced. In a run where a pool of 200 replaced connections, the
# server counted up to 206 at once, one of them from another client.
CONNECTION_SLACK = 10
# Both RSS readings are taken with no call in flight and after gc.collect(). A leak of one
# 1 KiB log body per call adds 7 MB over the 7,000 calls between them. In full runs on a 2-core
# machine the RSS grew by 0.02 to 1.2 MB (allocator arenas and the pool's buffers).
MAX_RSS_GROWTH_BYTES = 6_000_000
# A leak of one object per call, of any size, leaves at least TRACED_CALLS blocks after the
# window. A full run left 84, most of them queues of locks and events that httpcore and anyio
# create on first use. With 250 settling calls in place of 1,000, runs left up to 529.
MAX_WINDOW_BLOCKS = TRACED_CALLS

SERVER_BANNER = re.compile(
    r"Local Strait server at (http://127\.0\.0\.1:(\d+)) \(project ([0-9a-f-]+)\)"
)
# The server stops when its stdin reaches end of file, which happens when the test process
# exits, so a test killed before its teardown leaves no server behind.
SERVER_LAUNCHER = """
import os
import signal
import sys
import threading

from strait_sdk.local_server import __main__ as command_line


def stop_when_parent_exits():
    sys.stdin.read()
    os.kill(os.getpid(), signal.SIGTERM)


threading.Thread(target=stop_when_parent_exits, daemon=True).start()
sys.exit(command_line.main(sys.argv[1:]))
"""
# /proc/net/tcp state code of an established connection.
TCP_ESTABLISHED = "01"


@dataclass
class ServerProcess:
    base_url: str
    port: int
    project_id: str
    api_key: str
    process: subprocess.Popen[str]


@dataclass
class Phase:
    """The outcome of one batch of calls."""

    errors: list[str]
    wall_s: float
    latencies_s: array.array[float]


@dataclass
class WindowReading:
    """What the calls of the traced window left allocated, after gc.collect()."""

    blocks: int
    traced_bytes: int
    largest: list[str]


@dataclass
class Peaks:
    """The largest counts seen while the load ran."""

    fds: int
    server_connections: int


class RetryCounter(logging.Handler):
    """Counts the SDK's "retrying" log records, because a retry hides a failed attempt."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0
        self.first_messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("retrying"):
            self.retries += 1
            if len(self.first_messages) < 3:
                self.first_messages.append(message)


@dataclass
class Sampler:
    """Samples open descriptors and the server's connections while the load runs."""

    server_port: int
    peaks: Peaks = field(default_factory=lambda: Peaks(0, 0))

    @contextlib.asynccontextmanager
    async def sampling(self) -> AsyncIterator[None]:
        task = asyncio.create_task(self._sample())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _sample(self) -> None:
        while True:
            self.peaks.fds = max(self.peaks.fds, open_fd_count())
            self.peaks.server_connections = max(
                self.peaks.server_connections, server_connection_count(self.server_port)
            )
            await asyncio.sleep(SAMPLE_INTERVAL_S)


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[ServerProcess]:
    """Start the local server in a subprocess on 127.0.0.1 and stop it afterwards."""
    api_key = "strait_" + secrets.token_hex(32)
    # The session's secret scan then also searches the output for this server's key.
    secret_scan.register(api_key)
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("STRAIT_")
    }
    environment["STRAIT_API_KEY"] = api_key
    stderr_path = tmp_path / "server.stderr"
    command = [
        sys.executable,
        "-c",
        SERVER_LAUNCHER,
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--listen-backlog",
        str(LISTEN_BACKLOG),
        "--idle-timeout",
        str(SERVER_IDLE_TIMEOUT_S),
    ]

    with stderr_path.open("wb") as stderr_file:
        process = subprocess.Popen(
            command,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
            text=True,
        )
    try:
        base_url, port, project_id = read_banner(process, stderr_path)
        yield ServerProcess(base_url, port, project_id, api_key, process)
    finally:
        process.terminate()
        try:
            process.wait(SERVER_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(SERVER_STOP_TIMEOUT_S)
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.close()
        process.stdout.close()


def read_banner(process: subprocess.Popen[str], stderr_path: Path) -> tuple[str, int, str]:
    """Return the base URL, port and project id that the server prints once it listens."""
    assert process.stdout is not None
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        readable, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        if not readable:
            break
        line = process.stdout.readline()
        if not line:
            break
        match = SERVER_BANNER.search(line)
        if match:
            return match.group(1), int(match.group(2)), match.group(3)

    server_errors = stderr_path.read_text(errors="replace")[-2_000:]
    raise AssertionError(
        f"the local server did not start within {SERVER_START_TIMEOUT_S} s:\n{server_errors}"
    )


def open_fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


def server_connection_count(port: int) -> int:
    """Count the established TCP connections whose local end is 127.0.0.1:``port``.

    Client and server share this machine, so /proc/net/tcp lists both ends of each
    connection. The server's end is the one whose local port is the server's.
    """
    count = 0
    with open("/proc/net/tcp") as table:
        next(table)
        for line in table:
            columns = line.split()
            local_port = int(columns[1].rpartition(":")[2], 16)
            if local_port == port and columns[3] == TCP_ESTABLISHED:
                count += 1
    return count


def wait_for_server_connections(port: int, at_most: int) -> int:
    """Wait until the server has at most ``at_most`` connections, and return the count."""
    deadline = time.monotonic() + SERVER_CLOSE_TIMEOUT_S
    count = server_connection_count(port)
    while count > at_most and time.monotonic() < deadline:
        time.sleep(0.05)
        count = server_connection_count(port)
    return count


def resident_bytes() -> int:
    """Return this process's resident set size, after a full garbage collection."""
    gc.collect()
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE")


async def run_phase(ctx: AsyncRunContext, first: int, count: int) -> Phase:
    """Make ``count`` calls, numbered from ``first``, from IN_FLIGHT worker tasks."""
    numbers = iter(range(first, first + count))
    # Preallocated, so that recording a latency allocates nothing that tracemalloc counts.
    latencies = array.array("d", bytes(8 * count))
    errors: list[str] = []

    async def worker() -> None:
        # The workers share one iterator, so each call number is used once.
        for number in numbers:
            started = time.perf_counter()
            try:
                await make_call(ctx, number)
            except Exception as error:
                errors.append(f"call {number} ({CALL_KINDS[number % 4]}): {error!r}")
            latencies[number - first] = time.perf_counter() - started

    started = time.perf_counter()
    async with asyncio.timeout(LOAD_DEADLINE_S):
        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    wall_s = time.perf_counter() - started
    # Until the event loop's next step, the handle that resumed this coroutine still references
    # the finished gather and through it every worker task. Memory is read after that step.
    await asyncio.sleep(0)
    return Phase(errors, wall_s, latencies)


async def run_traced_phases(ctx: AsyncRunContext, first: int) -> tuple[Phase, WindowReading]:
    """Run SETTLE_CALLS and then TRACED_CALLS calls under tracemalloc, and read what the
    second batch left allocated.

    A block allocated before tracing began and reallocated during it, such as a growing
    dict, counts as new. The settling calls absorb those, so that the reading counts only
    what the measured calls kept.
    """
    gc.collect()
    tracemalloc.start()
    try:
        settle = await run_phase(ctx, first, SETTLE_CALLS)
        gc.collect()
        before = tracemalloc.take_snapshot()
        measured = await run_phase(ctx, first + SETTLE_CALLS, TRACED_CALLS)
        gc.collect()
        traced_bytes, _ = tracemalloc.get_traced_memory()
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()

    # The filter drops the blocks that tracemalloc allocated for the first snapshot.
    own_blocks = [tracemalloc.Filter(False, tracemalloc.__file__)]
    statistics = after.filter_traces(own_blocks).compare_to(
        before.filter_traces(own_blocks), "lineno"
    )
    blocks = sum(statistic.count_diff for statistic in statistics)
    largest = [str(statistic) for statistic in statistics[:5]]
    phase = Phase(
        settle.errors + measured.errors,
        settle.wall_s + measured.wall_s,
        settle.latencies_s + measured.latencies_s,
    )
    return phase, WindowReading(blocks, traced_bytes, largest)


async def make_call(ctx: AsyncRunContext, number: int) -> None:
    kind = CALL_KINDS[number % 4]
    if kind == "heartbeat":
        await ctx.heartbeat()
    elif kind == "log":
        await ctx.log(f"load line {number}", data=LOG_DATA)
    elif kind == "set_state":
        # Every fourth call sets state, so number // 4 runs through all the keys.
        await ctx.set_state(f"key-{number // 4 % STATE_KEYS}", {"call": number})
    else:
        await ctx.checkpoint({"call": number})


@contextlib.asynccontextmanager
async def pooled_context(headers: dict[str, str], base_url: str) -> AsyncIterator[AsyncRunContext]:
    """Open a run context whose AsyncStrait sends through a pool of POOL_LIMITS."""
    async with AsyncRunContext.from_headers(headers, base_url=base_url, limits=POOL_LIMITS) as ctx:
        yield ctx


def percentile_ms(latencies: array.array[float], fraction: float) -> float:
    ordered = sorted(latencies)
    index = min(len(ordered) - 1, int(len(ordered) * fraction))
    return ordered[index] * 1000


@contextlib.contextmanager
def application_log_levels(retry_counter: RetryCounter) -> Iterator[None]:
    """Run at an application's log levels and count the SDK's retries meanwhile.

    The secret scan in tests/conftest.py sets these loggers to DEBUG and keeps every record
    until the session ends, about 4 kB per call. That memory belongs to the test suite, so
    strait_sdk runs at INFO, where it logs retries, and httpx and httpcore at WARNING.
    """
    levels = {"strait_sdk": logging.INFO, "httpx": logging.WARNING, "httpcore": logging.WARNING}
    previous = {name: logging.getLogger(name).level for name in levels}
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    logging.getLogger("strait_sdk").addHandler(retry_counter)
    try:
        yield
    finally:
        logging.getLogger("strait_sdk").removeHandler(retry_counter)
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)


def wait_for_status(
    client: Strait, run_id: str, status: RunStatus, timeout_s: float = 10.0
) -> None:
    """Poll the run until it has ``status``, and fail after ``timeout_s`` seconds."""
    deadline = time.monotonic() + timeout_s
    current = client.runs.get(run_id).status
    while current != status and time.monotonic() < deadline:
        time.sleep(0.05)
        current = client.runs.get(run_id).status
    assert current == status


def child_cpu_s(process: subprocess.Popen[str]) -> float | None:
    """Return the CPU seconds the server process has used so far, from /proc."""
    try:
        with open(f"/proc/{process.pid}/stat") as stat:
            # Fields 14 and 15 (user and system time) follow the parenthesised command name.
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def test_ten_thousand_calls_in_flight(
    server_process: ServerProcess,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    pytestconfig: pytest.Config,
) -> None:
    # The context reads STRAIT_* variables and ./strait.json, which must not change the load.
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    # The job endpoint fails a parked dispatch by itself after 30 s, which would end the attempt.
    monkeypatch.setattr(job_endpoint_module, "ANSWER_TIMEOUT_S", float(JOB_TIMEOUT_SECS))
    port = server_process.port

    with (
        JobEndpoint() as endpoint,
        Strait(base_url=server_process.base_url, api_key=server_process.api_key) as client,
    ):
        job = client.jobs.create(
            body=CreateJobRequest(
                project_id=server_process.project_id,
                name="Load test",
                slug=f"load-{uuid.uuid4().hex[:12]}",
                endpoint_url=endpoint.url,
                timeout_secs=JOB_TIMEOUT_SECS,
            )
        )
        triggered = client.jobs.trigger(job.id, body=TriggerRequest(payload={"load": True}))
        assert isinstance(triggered, TriggeredRun)
        dispatch = await asyncio.to_thread(endpoint.next_dispatch)
        secret_scan.register(dispatch.headers["X-Run-Token"])

        retry_counter = RetryCounter()
        with application_log_levels(retry_counter):
            try:
                fds_before = open_fd_count()
                connections_before = server_connection_count(port)
                sampler = Sampler(port, Peaks(fds_before, connections_before))
                server_cpu_before = child_cpu_s(server_process.process)
                async with pooled_context(dispatch.headers, server_process.base_url) as ctx:
                    async with sampler.sampling():
                        warm_up = await run_phase(ctx, 0, WARM_UP_CALLS)
                        rss_before = resident_bytes()
                        bulk = await run_phase(ctx, WARM_UP_CALLS, BULK_CALLS)
                        rss_after = resident_bytes()
                        traced, window = await run_traced_phases(ctx, WARM_UP_CALLS + BULK_CALLS)
                    server_cpu_after = child_cpu_s(server_process.process)
                    state_keys = [entry.state_key for entry in await ctx.list_state()]
                gc.collect()
                fds_after = open_fd_count()
                connections_after = await asyncio.to_thread(
                    wait_for_server_connections, port, connections_before
                )
            finally:
                dispatch.answer(200, {"calls": TOTAL_CALLS})

        await asyncio.to_thread(wait_for_status, client, triggered.id, RunStatus.COMPLETED)
        # max_items bounds the paging should the server's cursors never end.
        log_events = client.runs.iter_events(
            triggered.id, type_="log", page_size=100, max_items=TOTAL_CALLS
        )
        log_lines = sum(1 for _ in log_events)
        stored_checkpoints = client.runs.iter_checkpoints(
            triggered.id, page_size=100, max_items=TOTAL_CALLS
        )
        checkpoints = sum(1 for _ in stored_checkpoints)

    phases = (warm_up, bulk, traced)
    errors = [error for phase in phases for error in phase.errors]
    wall_s = sum(phase.wall_s for phase in phases)
    latencies = warm_up.latencies_s + bulk.latencies_s + traced.latencies_s
    rss_growth = rss_after - rss_before
    p50_ms = percentile_ms(latencies, 0.50)
    p99_ms = percentile_ms(latencies, 0.99)
    server_cpu = (
        f"{server_cpu_after - server_cpu_before:.1f} s"
        if server_cpu_before is not None and server_cpu_after is not None
        else "unknown"
    )
    print(
        f"\nload: {TOTAL_CALLS} calls, {IN_FLIGHT} in flight over {POOL_CONNECTIONS} "
        f"connections, {len(errors)} errors, "
        f"{retry_counter.retries} retries {retry_counter.first_messages}"
        f"\nload: wall time {wall_s:.1f} s, {TOTAL_CALLS / wall_s:.0f} calls/s (warm-up "
        f"{warm_up.wall_s:.1f} s, bulk {bulk.wall_s:.1f} s, traced {traced.wall_s:.1f} s); "
        f"server CPU {server_cpu}"
        f"\nload: latency p50 {p50_ms:.0f} ms, p99 {p99_ms:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms"
        f"\nload: open fds {fds_before} before, peak {sampler.peaks.fds}, {fds_after} after "
        f"closing the context; server connections {connections_before} before, peak "
        f"{sampler.peaks.server_connections}, {connections_after} after"
        f"\nload: RSS {rss_before / 1e6:.1f} MB after {WARM_UP_CALLS} calls, "
        f"{rss_after / 1e6:.1f} MB after {WARM_UP_CALLS + BULK_CALLS} "
        f"({rss_growth / 1e6:+.2f} MB); "
        f"the {TRACED_CALLS} traced calls left {window.blocks:+d} blocks, "
        f"{window.traced_bytes / 1e6:.2f} MB, most at:\n  "
        + "\n  ".join(window.largest)
        + f"\nload: the server stored {log_lines} log lines and {checkpoints} checkpoints"
    )
    record_summary(
        pytestconfig,
        "load",
        f"{TOTAL_CALLS} calls, {IN_FLIGHT} in flight over {POOL_CONNECTIONS} connections, "
        f"{len(errors)} errors, "
        f"{retry_counter.retries} retries, {wall_s:.1f} s, {TOTAL_CALLS / wall_s:.0f} calls/s, "
        f"p50 {p50_ms:.0f} ms, p99 {p99_ms:.0f} ms, fds {fds_before} -> {fds_after}, "
        f"server connections {connections_before} -> {connections_after}, "
        f"RSS {rss_before / 1e6:.1f} -> {rss_after / 1e6:.1f} MB, "
        f"traced window {window.blocks:+d} blocks",
    )

    # Retries are printed but allowed. On a busy machine, opening a connection took longer
    # than the SDK's 5 s connect timeout, and the SDK retried those calls as designed. The
    # exact counts of stored log lines and checkpoints below show that no retry lost or
    # repeated a call.
    assert errors == [], f"{len(errors)} calls failed, first: {errors[:3]}"
    assert fds_after <= fds_before + FD_SLACK
    assert connections_after <= connections_before
    assert (
        sampler.peaks.server_connections <= connections_before + POOL_CONNECTIONS + CONNECTION_SLACK
    )
    assert rss_growth < MAX_RSS_GROWTH_BYTES
    assert window.blocks < MAX_WINDOW_BLOCKS, window.largest
    assert log_lines == TOTAL_CALLS // 4
    assert checkpoints == TOTAL_CALLS // 4
    assert sorted(state_keys) == sorted(f"key-{index}" for index in range(STATE_KEYS))
