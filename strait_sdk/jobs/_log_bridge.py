"""A logging handler that ships the job's log records to the run, several records a request.

    handler = RunLogHandler(ctx)
    logging.getLogger().addHandler(handler)
    ...
    logging.getLogger().removeHandler(handler)
    handler.close()          # delivers what is queued, within close_timeout_s

`emit()` formats the record and puts it on a bounded queue; it never waits for the network.
A daemon thread takes the queued records in order and sends them with `ctx.log()`. Several
waiting records go out as one batch event, up to MAX_BATCH_RECORDS records or
MAX_BATCH_JSON_BYTES of JSON. A batch of one record (one that waits alone, or one larger
than MAX_BATCH_JSON_BYTES) goes out as a plain run log event. When the queue is full, new
records are dropped and counted, and closing the handler reports the count both as a final
run log event and as a warning on the `strait_sdk.jobs` logger.

A plain event carries the record's message and level, and `data` with the logger name, the
`logging` level name and, when present, the exception and stack text. A batch event carries:

    message   one line per record, "LEVEL logger: message" (or the handler formatter's
              output), each followed by the record's exception and stack text
    level     the most severe level among the records
    data      {"records": [{"level", "level_name", "logger", "message", "time",
                            "exception" (when present), "stack" (when present)}, ...]}

Both have type "log", so that batched records appear wherever the run's log events are read,
including the management API's `type=log` filter. A batch is told apart by its
`data["records"]` list.

Records are never shipped when they come from a shipping thread, from the `strait_sdk.jobs`
logger, or from the loggers in `exclude_loggers` (by default the SDK's and httpx's own), so
shipping a record cannot produce more records to ship.
"""

from __future__ import annotations

import collections
import json
import logging
import math
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Final, Self

import attrs

from .._errors import InvalidArgumentError
from .._run_context import AsyncRunContext, RunContext
from ._heartbeat import run_over_reason

__all__ = ["RunLogHandler"]

logger = logging.getLogger("strait_sdk.jobs")

BRIDGE_LOGGER_NAME: Final = "strait_sdk.jobs"
DEFAULT_EXCLUDED_LOGGERS: Final = ("strait_sdk", "httpx", "httpcore")
LOG_EVENT_TYPE: Final = "log"
DEFAULT_MAX_QUEUE: Final = 10_000
# Measured as the records' JSON size (see _LogLine.json_bytes), a proxy for their memory.
# 10,000 records of a few hundred bytes fit, and so do about 10 records cut to the
# per-record budgets below, because a record's text is counted twice.
DEFAULT_MAX_QUEUE_BYTES: Final = 16 * 1024 * 1024
# With a one-second linger, a job that logs fewer than MAX_BATCH_RECORDS records a second
# makes at most one request a second (60 a minute). That stays under Strait's default
# per-IP limit of 100 requests a minute.
DEFAULT_LINGER_S: Final = 1.0
DEFAULT_FLUSH_TIMEOUT_S: Final = 5.0
DEFAULT_CLOSE_TIMEOUT_S: Final = 10.0

# The run plane reads at most 1 MiB (1,048,576 bytes) of request body. These budgets are
# measured on the ASCII-escaped JSON string, which is never shorter than the UTF-8 JSON that
# httpx sends, and together keep one log body under the limit with room for the other fields.
MAX_MESSAGE_JSON_BYTES: Final = 512 * 1024
MAX_EXCEPTION_JSON_BYTES: Final = 256 * 1024
MAX_STACK_JSON_BYTES: Final = 64 * 1024
# A batch counts each record twice, as its line in `message` and as its entry in
# `data["records"]`, so a batch body stays near this size. A record larger than this on its
# own is sent alone, as a plain event under the budgets above.
MAX_BATCH_JSON_BYTES: Final = 256 * 1024
MAX_BATCH_RECORDS: Final = 500
EMPTY_MESSAGE: Final = "(empty log message)"
# A failure streak is logged as a warning on its first failure and on every Nth after it.
WARN_EVERY_N_FAILURES: Final = 100

# Set in every shipping thread. A record logged on such a thread (by the SDK's HTTP client,
# for example) is never queued, by this handler or by any other bridge in the process.
_shipping_thread = threading.local()


@attrs.frozen
class _LogLine:
    """One queued record, ready to go out alone or as part of a batch."""

    message: str
    levelno: int
    entry: dict[str, Any]
    """The record's entry in a batch's `data["records"]`."""
    batch_line: str
    """The record's text in a batch's `message`."""
    json_bytes: int
    """The escaped JSON size of `entry` and `batch_line` together, plus separators."""

    @property
    def level(self) -> str:
        return str(self.entry["level"])

    def plain_data(self) -> dict[str, Any]:
        """Return the `data` of the plain event that carries this record alone."""
        return {
            key: self.entry[key]
            for key in ("logger", "level_name", "exception", "stack")
            if key in self.entry
        }


@attrs.frozen
class _Flush:
    done: threading.Event = attrs.field(factory=threading.Event)


class _Stop:
    """The last queue entry: the shipping thread reports drops and ends after it."""


def strait_level(levelno: int) -> str:
    """Return the Strait log level for a `logging` level number; custom levels round down."""
    if levelno < logging.INFO:
        return "debug"
    if levelno < logging.WARNING:
        return "info"
    if levelno < logging.ERROR:
        return "warn"
    return "error"


class RunLogHandler(logging.Handler):
    """A `logging.Handler` that ships records to the run through a bounded queue and a thread.

        RunLogHandler(ctx)                                   # records at INFO and above
        RunLogHandler(ctx, level=logging.DEBUG, max_queue=50_000)
        RunLogHandler(ctx, linger_s=0)                       # no wait for more records
        RunLogHandler.for_async_context(actx)                # in async job code

    The message is `record.getMessage()`, run through the handler's formatter when one is
    set. Fields beyond the run plane's size budget are cut and end with a "[truncated ...]"
    marker.

    After taking the first record of a batch, the thread waits up to `linger_s` seconds for
    more. It sends at once when a full batch is waiting, when the queue is full, or when
    `flush()` or `close()` is called. The queue takes at most `max_queue` records and
    `max_queue_bytes` of their JSON. A single record larger than `max_queue_bytes` is
    still accepted into an empty queue.

    Counters: `delivered` (records stored by the server), `batches` (requests that stored
    records, counting a record sent alone as a batch of one), `dropped` (queue full, or
    logged after close), `failed` (records whose request raised, or that came after the
    server reported the run over) and `pending` (records queued or being sent).

    NOTE: Strait's per-IP limit (100 requests a minute by default) covers the run plane and
    is shared with heartbeats and with the other runs served from the same host. While
    records trickle in, this handler sends at most one request per `linger_s` (60 a minute
    by default). A faster stream adds one request per MAX_BATCH_RECORDS records or
    MAX_BATCH_JSON_BYTES of JSON, and each `flush()` and the drop report at close add one.
    Past the limit, the client waits out the 429's Retry-After while the queue fills and
    drops records.
    """

    def __init__(
        self,
        ctx: RunContext,
        *,
        level: int = logging.INFO,
        max_queue: int = DEFAULT_MAX_QUEUE,
        max_queue_bytes: int = DEFAULT_MAX_QUEUE_BYTES,
        linger_s: float = DEFAULT_LINGER_S,
        flush_timeout_s: float = DEFAULT_FLUSH_TIMEOUT_S,
        close_timeout_s: float = DEFAULT_CLOSE_TIMEOUT_S,
        exclude_loggers: Iterable[str] = DEFAULT_EXCLUDED_LOGGERS,
        _owns_ctx: bool = False,
    ) -> None:
        if not isinstance(ctx, RunContext):
            raise InvalidArgumentError(
                f"ctx must be a RunContext, got {type(ctx).__name__}; for an AsyncRunContext "
                "use RunLogHandler.for_async_context(actx)"
            )
        max_queue = _positive_int(max_queue, "max_queue")
        max_queue_bytes = _positive_int(max_queue_bytes, "max_queue_bytes")
        linger_s = _seconds(linger_s, "linger_s", zero_allowed=True)
        flush_timeout_s = _seconds(flush_timeout_s, "flush_timeout_s")
        close_timeout_s = _seconds(close_timeout_s, "close_timeout_s")
        excluded = _logger_prefixes(exclude_loggers)

        # logging.shutdown() flushes and closes every handler it knows, so the handler is
        # registered only once its arguments are valid.
        super().__init__(level)
        self._ctx = ctx
        self._owns_ctx = _owns_ctx
        self.max_queue = max_queue
        self.max_queue_bytes = max_queue_bytes
        self.linger_s = linger_s
        self.flush_timeout_s = flush_timeout_s
        self.close_timeout_s = close_timeout_s
        self._excluded = excluded

        self.delivered = 0
        self.batches = 0
        self.dropped = 0
        self.failed = 0
        self._closed = False
        self._gave_up_reason: str | None = None
        self._drop_warned = False
        self._failure_streak = 0

        # Guards the queue and its totals, and wakes the shipping thread. Markers are not
        # counted against max_queue, so that flush and stop always fit.
        self._queue_changed = threading.Condition(threading.Lock())
        self._queue: collections.deque[_LogLine | _Flush | _Stop] = collections.deque()
        self._queued_records = 0
        self._queued_bytes = 0
        self._queued_markers = 0
        self._sending = 0
        self._thread = threading.Thread(
            target=self._ship_all, name=f"strait-log-bridge-{ctx.run_id}", daemon=True
        )
        self._thread.start()

    @classmethod
    def for_async_context(cls, ctx: AsyncRunContext, **options: Any) -> RunLogHandler:
        """Build a handler for async job code, with a sync context on the same run token.

        The handler's thread cannot use the async client, so it gets its own `RunContext`
        with the same run, token, base URL, timeout and retry policy, and closes it on close.
        """
        if not isinstance(ctx, AsyncRunContext):
            raise InvalidArgumentError(
                f"ctx must be an AsyncRunContext, got {type(ctx).__name__}; "
                "pass a RunContext to RunLogHandler(ctx) directly"
            )
        config = ctx.client.config
        if not config.api_key:
            raise InvalidArgumentError("the AsyncRunContext's client has no run token")
        sync_ctx = RunContext(
            run_id=ctx.run_id,
            token=config.api_key,
            attempt=ctx.attempt,
            base_url=config.base_url,
            timeout_ms=config.timeout_ms,
            retry_policy=ctx.client.retry_policy,
        )
        return cls(sync_ctx, _owns_ctx=True, **options)

    @property
    def pending(self) -> int:
        """Records queued or being sent; approximate while the thread is running."""
        return self._queued_records + self._sending

    def handle(self, record: logging.LogRecord) -> bool:
        # Checked before Handler.handle() takes the handler's lock: logging.shutdown() holds
        # that lock while close() waits for the shipping thread, whose HTTP client logs too.
        if self._skips(record):
            return False
        return super().handle(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self._skips(record):
            return
        # Unlocked first look, so that a full queue costs no formatting.
        if self._closed or self._queued_records >= self.max_queue:
            self._drop()
            return

        try:
            line = self._log_line(record)
        except Exception:
            self.handleError(record)
            return

        with self._queue_changed:
            if self._queued_records and (
                self._queued_records >= self.max_queue
                or self._queued_bytes + line.json_bytes > self.max_queue_bytes
            ):
                self.dropped += 1
            else:
                self._queue.append(line)
                self._queued_records += 1
                self._queued_bytes += line.json_bytes
                # The thread needs waking only for a first record or a full batch.
                if self._queued_records > 1 and not self._batch_ready():
                    return
            self._queue_changed.notify()

    def flush(self) -> None:
        """Wait up to `flush_timeout_s` seconds until the records queued so far are sent.

        The shipping thread stops lingering at once, so a flush waits only for the requests.
        """
        if not self._thread.is_alive() or _is_shipping_thread():
            return
        marker = _Flush()
        self._put_marker(marker)
        marker.done.wait(self.flush_timeout_s)

    def close(self) -> None:
        """Send what is queued and the drop report, within `close_timeout_s`; then stop."""
        self.acquire()
        try:
            already_closed, self._closed = self._closed, True
        finally:
            self.release()
        if not already_closed and not _is_shipping_thread():
            self._put_marker(_Stop())
            self._thread.join(self.close_timeout_s)
            if self._thread.is_alive():
                logger.warning(
                    "the log bridge of run %s did not send %d queued record(s) within %.1f s; "
                    "they are lost",
                    self._ctx.run_id,
                    self.pending,
                    self.close_timeout_s,
                )
            elif self._owns_ctx:
                self._ctx.close()
        super().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"RunLogHandler(run_id={self._ctx.run_id!r}, level={logging.getLevelName(self.level)},"
            f" delivered={self.delivered}, batches={self.batches}, dropped={self.dropped},"
            f" failed={self.failed})"
        )

    def _skips(self, record: logging.LogRecord) -> bool:
        if _is_shipping_thread():
            return True
        name = record.name
        return any(name == prefix or name.startswith(prefix + ".") for prefix in self._excluded)

    def _drop(self) -> None:
        with self._queue_changed:
            self.dropped += 1
            # A lingering thread sends at once: the queue is full.
            self._queue_changed.notify()

    def _put_marker(self, marker: _Flush | _Stop) -> None:
        with self._queue_changed:
            self._queue.append(marker)
            self._queued_markers += 1
            self._queue_changed.notify()

    def _log_line(self, record: logging.LogRecord) -> _LogLine:
        message = self._message(record)
        entry: dict[str, Any] = {
            "level": strait_level(record.levelno),
            "level_name": record.levelname,
            "logger": record.name,
            "message": message,
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
        }
        if record.exc_info and record.exc_info[0] is not None:
            exception = logging.Formatter().formatException(record.exc_info)
            entry["exception"] = _fit(exception, MAX_EXCEPTION_JSON_BYTES)
        elif record.exc_text:
            entry["exception"] = _fit(record.exc_text, MAX_EXCEPTION_JSON_BYTES)
        if record.stack_info:
            entry["stack"] = _fit(record.stack_info, MAX_STACK_JSON_BYTES)

        # A formatter's output is the whole line. Without a formatter, the line names the
        # level and the logger, because a batch can mix records from several loggers.
        prefix = "" if self.formatter is not None else f"{record.levelname} {record.name}: "
        batch_line = "\n".join(
            [prefix + message, *(entry[key] for key in ("exception", "stack") if key in entry)]
        )
        # The 2 covers the comma between entries and the escaped newline between lines.
        json_bytes = len(json.dumps(entry)) + _json_size(batch_line) + 2
        return _LogLine(
            message=message,
            levelno=record.levelno,
            entry=entry,
            batch_line=batch_line,
            json_bytes=json_bytes,
        )

    def _message(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        formatter = self.formatter
        if formatter is not None:
            # Formatter.format() would append the exception text, which goes into data.
            record.message = message
            if formatter.usesTime():
                record.asctime = formatter.formatTime(record, formatter.datefmt)
            message = formatter.formatMessage(record)
        if not message.strip():
            return EMPTY_MESSAGE
        return _fit(message, MAX_MESSAGE_JSON_BYTES)

    def _ship_all(self) -> None:
        _shipping_thread.active = True
        while True:
            batch, marker = self._take_batch()
            if batch:
                self._ship(batch)
                self._warn_first_drop()
            if isinstance(marker, _Flush):
                marker.done.set()
            elif isinstance(marker, _Stop):
                self._report_drops()
                return

    def _take_batch(self) -> tuple[list[_LogLine], _Flush | _Stop | None]:
        """Wait for queued entries and take the next batch, with the marker that ends it."""
        with self._queue_changed:
            while not self._queue:
                self._queue_changed.wait()
            self._linger()

            batch: list[_LogLine] = []
            batch_bytes = 0
            while self._queue:
                entry = self._queue[0]
                if not isinstance(entry, _LogLine):
                    self._queue.popleft()
                    self._queued_markers -= 1
                    self._sending = len(batch)
                    return batch, entry
                if batch and (
                    len(batch) >= MAX_BATCH_RECORDS
                    or batch_bytes + entry.json_bytes > MAX_BATCH_JSON_BYTES
                ):
                    break
                self._queue.popleft()
                self._queued_records -= 1
                self._queued_bytes -= entry.json_bytes
                batch.append(entry)
                batch_bytes += entry.json_bytes
            self._sending = len(batch)
            return batch, None

    def _linger(self) -> None:
        """Wait up to `linger_s` for a batch to fill. Call it with `_queue_changed` acquired."""
        # The wait starts after the previous request, so requests for batches that are not
        # full are at least linger_s apart.
        deadline = time.monotonic() + self.linger_s
        dropped_before = self.dropped
        while not self._batch_ready() and self.dropped == dropped_before:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._queue_changed.wait(remaining)

    def _batch_ready(self) -> bool:
        """Return True when a full batch or a marker is queued, or the queue is full."""
        return bool(
            self._queued_markers
            or self._queued_records >= min(MAX_BATCH_RECORDS, self.max_queue)
            or self._queued_bytes >= min(MAX_BATCH_JSON_BYTES, self.max_queue_bytes)
        )

    def _ship(self, batch: list[_LogLine]) -> None:
        count = len(batch)
        try:
            if self._gave_up_reason is not None:
                self.failed += count
                return
            try:
                self._send(batch)
            except Exception as error:  # a run log failure must never reach the job code
                self.failed += count
                self._log_failure(error, count)
            else:
                self.delivered += count
                self.batches += 1
                self._failure_streak = 0
        finally:
            self._sending = 0

    def _send(self, batch: list[_LogLine]) -> None:
        if len(batch) == 1:
            line = batch[0]
            self._ctx.log(
                line.message, level=line.level, type=LOG_EVENT_TYPE, data=line.plain_data()
            )
            return

        self._ctx.log(
            "\n".join(line.batch_line for line in batch),
            level=strait_level(max(line.levelno for line in batch)),
            type=LOG_EVENT_TYPE,
            data={"records": [line.entry for line in batch]},
        )

    def _log_failure(self, error: Exception, count: int) -> None:
        request_id = getattr(error, "request_id", None)
        reason = run_over_reason(error)
        if reason is not None:
            self._gave_up_reason = reason
            logger.warning(
                "the log bridge of run %s stops sending records (request id %s): %s",
                self._ctx.run_id,
                request_id,
                reason,
            )
            return

        self._failure_streak += 1
        if self._failure_streak % WARN_EVERY_N_FAILURES == 1:
            logger.warning(
                "sending %d log record(s) to run %s failed (failure %d in a row, request id "
                "%s): %s: %s; the records are lost",
                count,
                self._ctx.run_id,
                self._failure_streak,
                request_id,
                type(error).__name__,
                error,
            )

    def _warn_first_drop(self) -> None:
        if self.dropped and not self._drop_warned:
            self._drop_warned = True
            logger.warning(
                "the log queue of run %s is full (max_queue=%d records, max_queue_bytes=%d); "
                "records are dropped until it drains, and the total is reported when the "
                "handler closes",
                self._ctx.run_id,
                self.max_queue,
                self.max_queue_bytes,
            )

    def _report_drops(self) -> None:
        dropped = self.dropped
        if not dropped:
            return
        message = (
            f"{dropped} log record(s) were dropped because the log queue was full "
            f"(max_queue={self.max_queue} records, max_queue_bytes={self.max_queue_bytes})"
        )
        logger.warning("run %s: %s", self._ctx.run_id, message)
        if self._gave_up_reason is not None:
            return
        try:
            self._ctx.log(
                message,
                level="warn",
                type=LOG_EVENT_TYPE,
                data={"logger": BRIDGE_LOGGER_NAME, "dropped": dropped},
            )
        except Exception as error:  # the warning above already carries the count
            logger.warning(
                "sending the drop report to run %s failed (request id %s): %s: %s",
                self._ctx.run_id,
                getattr(error, "request_id", None),
                type(error).__name__,
                error,
            )


def _is_shipping_thread() -> bool:
    return bool(getattr(_shipping_thread, "active", False))


def _fit(text: str, max_json_bytes: int) -> str:
    """Return `text`, cut and marked when its escaped JSON form exceeds `max_json_bytes`."""
    # Escaped JSON spends 1 to 12 bytes on a character: 12 for a surrogate pair of \u escapes.
    if len(text) * 12 + 2 <= max_json_bytes:
        return text
    if _json_size(text) <= max_json_bytes:
        return text

    total = len(text)
    kept_chars = min(total, max_json_bytes)
    while True:
        marker = f" … [truncated: {total - kept_chars} of {total} characters removed]"
        size = _json_size(text[:kept_chars] + marker)
        if size <= max_json_bytes:
            return text[:kept_chars] + marker
        # Shrink in proportion to the excess; the loop ends in a few rounds.
        kept_chars = max(0, int(kept_chars * max_json_bytes / size) - len(marker))


def _json_size(text: str) -> int:
    return len(json.dumps(text))


def _logger_prefixes(names: Iterable[str]) -> tuple[str, ...]:
    if isinstance(names, str):
        raise InvalidArgumentError(
            f"exclude_loggers must be an iterable of logger names, got the string {names!r:.80}; "
            "wrap a single name in a tuple"
        )
    prefixes = tuple(names)
    for name in prefixes:
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError(
                f"exclude_loggers must contain non-empty logger names, got {name!r:.80}"
            )
    # The bridge's own warnings are never shipped, whatever the caller excludes.
    return (*prefixes, BRIDGE_LOGGER_NAME)


def _positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{name} must be a whole number of 1 or more, got {value!r:.80}")
    return value


def _seconds(value: object, name: str, *, zero_allowed: bool = False) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or (value == 0 and not zero_allowed)
    ):
        bound = "0 or more" if zero_allowed else "above 0"
        raise InvalidArgumentError(
            f"{name} must be a finite number of seconds {bound}, got {value!r:.80}"
        )
    return float(value)
