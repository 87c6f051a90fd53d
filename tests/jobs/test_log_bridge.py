"""RunLogHandler: standard logging records shipped to the run over real HTTP to the local server."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from strait_sdk import AsyncRunContext, InvalidArgumentError, RunContext, Strait
from strait_sdk.jobs._log_bridge import (
    MAX_BATCH_JSON_BYTES,
    MAX_BATCH_RECORDS,
    RunLogHandler,
    strait_level,
)
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job
from tests.e2e.run_plane_helpers import start_run
from tests.jobs.log_events import (
    event_data,
    is_batch,
    is_drop_report,
    record_messages,
    shipped_records,
    stored_logs,
)
from tests.support.job_endpoint import Dispatch as HeldDispatch
from tests.support.job_endpoint import JobEndpoint

RECORD_COUNT = 10_000
CLOSE_TIMEOUT_S = 120.0
# Longer than any test waits, so that only a full batch, a full queue, flush() or close()
# makes the shipping thread send.
LONG_LINGER_S = 600.0
# Nothing listens on port 9, so every request there fails to connect.
UNUSED_BASE_URL = "http://127.0.0.1:9"


@pytest.fixture
def running(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> Iterator[tuple[str, HeldDispatch, RunContext]]:
    run_id, dispatch = start_run(client, job, job_endpoint, {})
    ctx = RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    yield run_id, dispatch, ctx
    ctx.close()
    dispatch.answer(200, {"done": True})


@pytest.fixture
def job_logger() -> Iterator[logging.Logger]:
    """Return a new logger that does not propagate: only the handler under test gets its records."""
    job_log = logging.getLogger(f"tests.jobs.bridge.{uuid.uuid4().hex[:8]}")
    job_log.setLevel(logging.DEBUG)
    job_log.propagate = False
    yield job_log
    for handler in list(job_log.handlers):
        job_log.removeHandler(handler)


def test_ten_thousand_records(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)

    started = time.monotonic()
    for number in range(RECORD_COUNT):
        job_logger.info("record %d", number)
    emit_s = time.monotonic() - started
    job_logger.removeHandler(handler)
    handler.close()
    total_s = time.monotonic() - started

    print(
        f"\nlog bridge, {RECORD_COUNT} records: delivered={handler.delivered} "
        f"dropped={handler.dropped} failed={handler.failed} requests={handler.batches} "
        f"(emitting took {emit_s:.2f} s, delivery until close {total_s:.2f} s)"
    )
    assert handler.delivered + handler.dropped == RECORD_COUNT
    # The default queue has room for all 10,000 records, so none can be dropped.
    assert handler.dropped == 0
    assert handler.failed == 0
    assert handler.pending == 0

    stored = stored_logs(client, run_id)
    assert not any(is_drop_report(e) for e in stored)
    assert len(stored) == handler.batches
    assert all(len(event_data(e).get("records", [None])) <= MAX_BATCH_RECORDS for e in stored)
    messages = [record["message"] for record in shipped_records(stored)]
    assert messages == [f"record {number}" for number in range(RECORD_COUNT)]
    # At least one request per full batch; about that many when the thread keeps up.
    assert handler.batches >= RECORD_COUNT // MAX_BATCH_RECORDS
    assert handler.batches <= 100


def test_full_queue_drops_and_reports(
    running: Any,
    client: Strait,
    job_logger: logging.Logger,
    caplog: pytest.LogCaptureFixture,
) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, max_queue=2, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)

    with caplog.at_level(logging.WARNING, logger="strait_sdk.jobs"):
        for number in range(2000):
            job_logger.warning("row %d rejected", number)
        job_logger.removeHandler(handler)
        handler.close()

    print(
        f"\nlog bridge, 2000 records into max_queue=2: delivered={handler.delivered} "
        f"dropped={handler.dropped} requests={handler.batches}"
    )
    assert handler.dropped > 0
    assert handler.delivered + handler.dropped == 2000

    stored = stored_logs(client, run_id)
    report = stored[-1]
    assert is_drop_report(report)
    assert report.level == "warn"
    assert event_data(report)["dropped"] == handler.dropped
    assert f"{handler.dropped} log record(s) were dropped" in report.message

    records = shipped_records(stored[:-1])
    assert len(records) == handler.delivered
    assert all(len(event_data(e).get("records", [None])) <= 2 for e in stored[:-1])
    numbers = [int(record["message"].split()[1]) for record in records]
    assert numbers == sorted(numbers)
    assert numbers[0] == 0

    warnings = [r.getMessage() for r in caplog.records if r.name == "strait_sdk.jobs"]
    assert any("is full (max_queue=2 records" in w for w in warnings)
    assert any(f"{handler.dropped} log record(s) were dropped" in w for w in warnings)
    # The bridge's own warnings stay off the run.
    assert not any("max_queue" in e.message for e in stored[:-1])


def test_queue_bytes_bound_drops(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    """A record that would take the queue past max_queue_bytes is dropped, not queued.

    Each record counts as about 60 KB of JSON because its message counts twice. So the
    second record does not fit next to the first, which stays queued until the drop ends
    the thread's linger.
    """
    run_id, _, ctx = running
    handler = RunLogHandler(
        ctx, max_queue_bytes=100_000, linger_s=LONG_LINGER_S, close_timeout_s=CLOSE_TIMEOUT_S
    )
    job_logger.addHandler(handler)
    job_logger.info("a" * 30_000)
    job_logger.info("b" * 30_000)
    job_logger.removeHandler(handler)
    handler.close()

    assert handler.dropped == 1
    assert handler.delivered == 1
    first, report = stored_logs(client, run_id)
    assert first.message == "a" * 30_000
    assert event_data(report)["dropped"] == 1
    assert "max_queue_bytes=100000" in report.message


def test_batch_format(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    db_logger = job_logger.getChild("db")
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    before = datetime.now(UTC)
    try:
        job_logger.info("loaded %d rows", 120)
        db_logger.warning("slow query: %.1f s", 2.5)
        job_logger.info("done")
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()
    after = datetime.now(UTC)

    assert handler.delivered == 3
    assert handler.batches == 1
    (event,) = stored_logs(client, run_id)
    assert event.type_ == "log"
    assert event.level == "warn"
    assert event.message.split("\n") == [
        f"INFO {job_logger.name}: loaded 120 rows",
        f"WARNING {db_logger.name}: slow query: 2.5 s",
        f"INFO {job_logger.name}: done",
    ]

    records = event_data(event)["records"]
    assert [r["message"] for r in records] == ["loaded 120 rows", "slow query: 2.5 s", "done"]
    assert [r["level"] for r in records] == ["info", "warn", "info"]
    assert [r["level_name"] for r in records] == ["INFO", "WARNING", "INFO"]
    assert [r["logger"] for r in records] == [job_logger.name, db_logger.name, job_logger.name]
    for record in records:
        assert set(record) == {"level", "level_name", "logger", "message", "time"}
        logged_at = datetime.fromisoformat(record["time"])
        # The timestamp keeps milliseconds, so allow for the rounding down.
        assert before.replace(microsecond=before.microsecond // 1000 * 1000) <= logged_at
        assert logged_at <= after


def test_formatter_shapes_batch_lines(
    running: Any, client: Strait, job_logger: logging.Logger
) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    handler.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
    job_logger.addHandler(handler)
    try:
        job_logger.info("first")
        job_logger.error("second")
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    (event,) = stored_logs(client, run_id)
    # The formatter's output is the whole line: no level and logger prefix is added.
    assert event.message == "INFO|first\nERROR|second"
    assert [r["message"] for r in event_data(event)["records"]] == ["INFO|first", "ERROR|second"]


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ((logging.DEBUG, logging.DEBUG), "debug"),
        ((logging.DEBUG, logging.INFO), "info"),
        ((logging.INFO, logging.WARNING, logging.DEBUG), "warn"),
        ((logging.ERROR, logging.INFO), "error"),
        ((logging.INFO, logging.CRITICAL, logging.WARNING), "error"),
    ],
)
def test_batch_level_is_most_severe(
    running: Any,
    client: Strait,
    job_logger: logging.Logger,
    levels: tuple[int, ...],
    expected: str,
) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, level=logging.DEBUG, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    try:
        for levelno in levels:
            job_logger.log(levelno, "at %s", logging.getLevelName(levelno))
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    (event,) = stored_logs(client, run_id)
    assert event.level == expected
    assert [r["level"] for r in event_data(event)["records"]] == [strait_level(n) for n in levels]


def test_exception_inside_batch(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    try:
        job_logger.info("before")
        try:
            raise ValueError("bad value in row 7")
        except ValueError:
            job_logger.exception("row %d failed", 7)
        job_logger.critical("giving up", stack_info=True)
        job_logger.info("after")
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    assert handler.batches == 1
    (event,) = stored_logs(client, run_id)
    assert event.level == "error"
    before, failed, giving_up, after = event_data(event)["records"]

    assert "exception" not in before
    assert "exception" not in after
    assert failed["message"] == "row 7 failed"
    assert failed["level_name"] == "ERROR"
    assert failed["exception"].startswith("Traceback (most recent call last)")
    assert failed["exception"].endswith("ValueError: bad value in row 7")
    assert "test_exception_inside_batch" in giving_up["stack"]

    # In the message, the traceback follows its record's line, as a console handler prints it.
    name = job_logger.name
    assert event.message.startswith(
        f"INFO {name}: before\nERROR {name}: row 7 failed\nTraceback (most recent call last)"
    )
    assert f"ValueError: bad value in row 7\nCRITICAL {name}: giving up\nStack (most" in (
        event.message
    )
    assert event.message.endswith(f"\nINFO {name}: after")


def test_byte_cap_splits_burst(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    messages = [f"{number:02d} " + "x" * 30_000 for number in range(12)]
    try:
        for message in messages:
            job_logger.info(message)
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    stored = stored_logs(client, run_id)
    print(f"\nlog bridge, 12 records of 30,000 characters: {len(stored)} requests")
    assert handler.delivered == 12
    assert len(stored) == handler.batches
    assert record_messages(client, run_id) == messages
    # A record costs about 60 KB in a batch (message line and entry), so four fit in 256 KiB.
    assert [len(event_data(e)["records"]) for e in stored] == [4, 4, 4]
    for event in stored:
        body_bytes = len(json.dumps({"message": event.message, "data": event.data}))
        assert body_bytes <= MAX_BATCH_JSON_BYTES + 100


def test_oversized_record_sent_alone(
    running: Any, client: Strait, job_logger: logging.Logger
) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    big = "y" * 200_000
    try:
        for message in ("s1", "s2", big, "s3", "s4"):
            job_logger.info(message)
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    first, alone, last = stored_logs(client, run_id)
    assert [r["message"] for r in event_data(first)["records"]] == ["s1", "s2"]
    assert not is_batch(alone)
    assert alone.message == big
    assert [r["message"] for r in event_data(last)["records"]] == ["s3", "s4"]
    assert handler.batches == 3


def test_record_cap_splits_burst(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0)
    job_logger.addHandler(handler)
    count = 2 * MAX_BATCH_RECORDS + 100
    try:
        for number in range(count):
            job_logger.info("line %d", number)
        handler.flush()
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    stored = stored_logs(client, run_id)
    assert [len(event_data(e)["records"]) for e in stored] == [
        MAX_BATCH_RECORDS,
        MAX_BATCH_RECORDS,
        100,
    ]
    assert record_messages(client, run_id) == [f"line {n}" for n in range(count)]


def test_linger_coalesces_burst(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=2.0, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)
    try:
        for number in range(5):
            job_logger.info("burst %d", number)
        # No flush: the thread sends once its linger ends.
        deadline = time.monotonic() + 60.0
        while handler.delivered < 5 and time.monotonic() < deadline:
            time.sleep(0.05)

        assert handler.delivered == 5
        assert handler.batches == 1
    finally:
        job_logger.removeHandler(handler)
        handler.close()

    assert record_messages(client, run_id) == [f"burst {n}" for n in range(5)]


def test_flush_skips_linger(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(
        ctx, linger_s=LONG_LINGER_S, flush_timeout_s=60.0, close_timeout_s=CLOSE_TIMEOUT_S
    )
    job_logger.addHandler(handler)
    try:
        for number in range(3):
            job_logger.info("line %d", number)
        started = time.monotonic()
        handler.flush()
        flush_s = time.monotonic() - started

        # Far below both the linger and the flush timeout: flush() did not wait for either.
        assert flush_s < 30.0
        assert handler.delivered == 3
        assert handler.pending == 0
        assert record_messages(client, run_id) == [f"line {n}" for n in range(3)]
    finally:
        job_logger.removeHandler(handler)
        handler.close()


def test_close_skips_linger(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=LONG_LINGER_S, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)
    job_logger.info("last words")
    job_logger.removeHandler(handler)

    started = time.monotonic()
    handler.close()
    close_s = time.monotonic() - started

    assert close_s < 30.0
    assert handler.delivered == 1
    assert record_messages(client, run_id) == ["last words"]


def test_zero_linger_delivers_all(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, linger_s=0, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)
    for number in range(200):
        job_logger.info("step %d", number)
    job_logger.removeHandler(handler)
    handler.close()

    assert handler.delivered == 200
    assert 1 <= handler.batches <= 200
    assert record_messages(client, run_id) == [f"step {n}" for n in range(200)]


def test_exception_and_levels(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    """Records flushed one at a time go out as plain events."""
    run_id, _, ctx = running
    with RunLogHandler(
        ctx, level=logging.DEBUG, linger_s=LONG_LINGER_S, close_timeout_s=CLOSE_TIMEOUT_S
    ) as handler:
        job_logger.addHandler(handler)
        job_logger.debug("parsing %s", "co2.csv")
        handler.flush()
        job_logger.info("parsed %d rows", 120)
        handler.flush()
        try:
            raise ValueError("bad value in row 7")
        except ValueError:
            job_logger.exception("row %d failed", 7)
        handler.flush()
        job_logger.critical("giving up", stack_info=True)
        job_logger.removeHandler(handler)

    assert handler.delivered == 4
    assert handler.batches == 4
    debug, info, error, critical = stored_logs(client, run_id)

    assert (debug.message, debug.level) == ("parsing co2.csv", "debug")
    assert (info.message, info.level) == ("parsed 120 rows", "info")
    assert event_data(info) == {"logger": job_logger.name, "level_name": "INFO"}

    assert (error.message, error.level) == ("row 7 failed", "error")
    exception = event_data(error)["exception"]
    assert exception.startswith("Traceback (most recent call last)")
    assert "ValueError: bad value in row 7" in exception
    assert event_data(error)["level_name"] == "ERROR"

    assert (critical.message, critical.level) == ("giving up", "error")
    assert event_data(critical)["level_name"] == "CRITICAL"
    assert "test_exception_and_levels" in event_data(critical)["stack"]


def test_level_mapping() -> None:
    assert strait_level(logging.DEBUG) == "debug"
    assert strait_level(5) == "debug"
    assert strait_level(logging.INFO) == "info"
    assert strait_level(25) == "info"
    assert strait_level(logging.WARNING) == "warn"
    assert strait_level(logging.ERROR) == "error"
    assert strait_level(logging.CRITICAL) == "error"


def test_handler_level_filters(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    with RunLogHandler(ctx, level=logging.WARNING) as handler:
        job_logger.addHandler(handler)
        job_logger.info("not shipped")
        job_logger.warning("shipped")
        job_logger.removeHandler(handler)

    assert [e.message for e in stored_logs(client, run_id)] == ["shipped"]


def test_formatter_shapes_message(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    with RunLogHandler(ctx) as handler:
        handler.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
        job_logger.addHandler(handler)
        try:
            raise KeyError("sku")
        except KeyError:
            job_logger.exception("lookup failed")
        job_logger.removeHandler(handler)

    (event,) = stored_logs(client, run_id)
    # The exception goes into data, not into the formatted message.
    assert event.message == f"[{job_logger.name}] lookup failed"
    assert "KeyError: 'sku'" in event_data(event)["exception"]


def test_oversized_record_truncated(
    running: Any, client: Strait, job_logger: logging.Logger
) -> None:
    run_id, _, ctx = running
    with RunLogHandler(ctx, close_timeout_s=CLOSE_TIMEOUT_S) as handler:
        job_logger.addHandler(handler)
        job_logger.info("x" * 2_000_000)
        job_logger.info("é" * 600_000)
        job_logger.removeHandler(handler)

    assert handler.delivered == 2
    assert handler.failed == 0
    ascii_event, accented_event = stored_logs(client, run_id)

    assert ascii_event.message.startswith("xxxx")
    assert ascii_event.message.endswith("of 2000000 characters removed]")
    assert 400_000 < len(ascii_event.message) < 530_000
    assert accented_event.message.startswith("éééé")
    assert accented_event.message.endswith("of 600000 characters removed]")


def test_empty_message_is_shipped(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    with RunLogHandler(ctx) as handler:
        job_logger.addHandler(handler)
        job_logger.info("   ")
        job_logger.removeHandler(handler)

    assert [e.message for e in stored_logs(client, run_id)] == ["(empty log message)"]


def test_recursion_guard(running: Any, client: Strait, strait_server: LocalStrait) -> None:
    """Records that shipping itself produces are never shipped, even with no logger excluded.

    The handler sits on the root logger at DEBUG, where the SDK's and httpx's records of
    each shipping request arrive. Only the in-process server's access log is excluded: it
    logs on the server's threads, as a remote server would not.
    """
    run_id, _, ctx = running
    root = logging.getLogger()
    previous_level = root.level
    handler = RunLogHandler(
        ctx,
        level=logging.DEBUG,
        exclude_loggers=("strait_sdk.local_server",),
        linger_s=0,
        close_timeout_s=CLOSE_TIMEOUT_S,
    )
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        app_log = logging.getLogger("tests.jobs.recursion")
        for number in range(20):
            app_log.info("step %d", number)
        logging.getLogger("strait_sdk.jobs").warning("bridge warnings are never shipped")
        handler.flush()
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()

    assert record_messages(client, run_id) == [f"step {number}" for number in range(20)]
    assert handler.delivered == 20
    assert handler.dropped == 0


def test_default_exclusions(running: Any, client: Strait) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, level=logging.DEBUG)
    loggers = [logging.getLogger(name) for name in ("strait_sdk.custom", "httpx", "tests.jobs.x")]
    for each in loggers:
        each.addHandler(handler)
    try:
        for each in loggers:
            handler.handle(
                each.makeRecord(
                    each.name, logging.WARNING, __file__, 1, "from %s", (each.name,), None
                )
            )
    finally:
        for each in loggers:
            each.removeHandler(handler)
        handler.close()

    assert [e.message for e in stored_logs(client, run_id)] == ["from tests.jobs.x"]


def test_flush_delivers_queued(running: Any, client: Strait, job_logger: logging.Logger) -> None:
    run_id, _, ctx = running
    handler = RunLogHandler(ctx, flush_timeout_s=60.0, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)
    try:
        for number in range(50):
            job_logger.info("line %d", number)
        handler.flush()

        assert handler.delivered == 50
        assert handler.pending == 0
        assert record_messages(client, run_id) == [f"line {n}" for n in range(50)]
    finally:
        job_logger.removeHandler(handler)
        handler.close()


def test_completed_run_counts_failures(
    running: Any, job_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    _, _, ctx = running
    ctx.complete({})
    handler = RunLogHandler(ctx, close_timeout_s=CLOSE_TIMEOUT_S)
    job_logger.addHandler(handler)

    with caplog.at_level(logging.WARNING, logger="strait_sdk.jobs"):
        for number in range(3):
            job_logger.info("late line %d", number)
        handler.flush()
        job_logger.info("later line")
        job_logger.removeHandler(handler)
        handler.close()

    assert handler.delivered == 0
    assert handler.batches == 0
    assert handler.failed == 4
    stops = [r.getMessage() for r in caplog.records if "stops sending" in r.getMessage()]
    assert len(stops) == 1
    assert "terminal state (410)" in stops[0]


def test_failed_batch_counted_and_logged(
    running: Any, job_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    _, dispatch, _ = running
    unreachable = RunContext.from_headers(dispatch.headers, base_url=UNUSED_BASE_URL, max_retries=0)
    handler = RunLogHandler(
        unreachable, linger_s=LONG_LINGER_S, flush_timeout_s=60.0, close_timeout_s=CLOSE_TIMEOUT_S
    )
    job_logger.addHandler(handler)

    with caplog.at_level(logging.WARNING, logger="strait_sdk.jobs"):
        for number in range(3):
            job_logger.info("line %d", number)
        handler.flush()
        for number in range(2):
            job_logger.info("next line %d", number)
        job_logger.removeHandler(handler)
        handler.close()
    unreachable.close()

    assert handler.delivered == 0
    assert handler.failed == 5
    assert handler.pending == 0
    failures = [r.getMessage() for r in caplog.records if "failed (failure" in r.getMessage()]
    # Only the first failure of a streak is logged; the second batch fails silently.
    assert len(failures) == 1
    assert failures[0].startswith("sending 3 log record(s) to run ")
    # The client names each request, so a failure can be matched with the client's own log.
    assert "(failure 1 in a row, request id req_" in failures[0]
    assert failures[0].endswith("the records are lost")


def test_records_after_close_are_dropped(running: Any, job_logger: logging.Logger) -> None:
    _, _, ctx = running
    handler = RunLogHandler(ctx)
    handler.close()
    job_logger.addHandler(handler)

    job_logger.info("too late")
    job_logger.removeHandler(handler)

    assert handler.dropped == 1
    assert handler.delivered == 0
    handler.close()  # a second close does nothing


def test_unformattable_record_goes_to_handle_error(
    running: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, ctx = running
    # "%d" with a string argument makes record.getMessage() raise TypeError.
    record = logging.LogRecord(
        "tests.jobs.x", logging.INFO, __file__, 1, "%d rows", ("many",), None
    )
    with RunLogHandler(ctx) as handler:
        handler.handle(record)

    assert handler.delivered == 0
    assert handler.dropped == 0
    assert "Logging error" in capsys.readouterr().err


async def test_async_context_bridge(
    client: Strait,
    job: Job,
    job_endpoint: JobEndpoint,
    strait_server: LocalStrait,
    job_logger: logging.Logger,
) -> None:
    run_id, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})
    try:
        async with AsyncRunContext.from_headers(
            dispatch.headers, base_url=strait_server.base_url
        ) as actx:
            handler = RunLogHandler.for_async_context(actx, close_timeout_s=CLOSE_TIMEOUT_S)
            job_logger.addHandler(handler)
            for number in range(5):
                job_logger.info("async line %d", number)
                await asyncio.sleep(0)
            job_logger.removeHandler(handler)
            await asyncio.to_thread(handler.close)

        assert handler.delivered == 5
        messages = await asyncio.to_thread(record_messages, client, run_id)
        assert messages == [f"async line {n}" for n in range(5)]
    finally:
        dispatch.answer(200, {})


def test_repr_shows_counters(running: Any) -> None:
    _, _, ctx = running
    handler = RunLogHandler(ctx)
    handler.close()

    text = repr(handler)
    assert "delivered=0, batches=0, dropped=0, failed=0" in text
    assert ctx.run_id in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_queue": 0}, "max_queue must be a whole number of 1 or more"),
        ({"max_queue": True}, "max_queue must be a whole number"),
        ({"max_queue": "10"}, "max_queue must be a whole number"),
        ({"max_queue_bytes": 0}, "max_queue_bytes must be a whole number of 1 or more"),
        ({"max_queue_bytes": 1.5}, "max_queue_bytes must be a whole number"),
        ({"linger_s": -0.1}, "linger_s must be a finite number of seconds 0 or more"),
        ({"linger_s": math.inf}, "linger_s must be a finite number"),
        ({"linger_s": False}, "linger_s must be a finite number"),
        ({"flush_timeout_s": 0}, "flush_timeout_s must be a finite number of seconds above 0"),
        ({"flush_timeout_s": math.nan}, "flush_timeout_s must be a finite number"),
        ({"close_timeout_s": math.inf}, "close_timeout_s must be a finite number"),
        ({"exclude_loggers": "strait_sdk"}, "wrap a single name in a tuple"),
        ({"exclude_loggers": [""]}, "non-empty logger names"),
    ],
)
def test_bad_arguments_rejected(running: Any, options: dict[str, Any], message: str) -> None:
    _, _, ctx = running
    with pytest.raises(InvalidArgumentError, match=message):
        RunLogHandler(ctx, **options)


def test_wrong_context_type_rejected(running: Any, strait_server: LocalStrait) -> None:
    _, dispatch, ctx = running
    actx = AsyncRunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)

    with pytest.raises(InvalidArgumentError, match="for_async_context"):
        RunLogHandler(actx)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="pass a RunContext"):
        RunLogHandler.for_async_context(ctx)
