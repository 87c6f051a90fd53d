"""Request bodies of the run plane, checked against the server's limits before sending.

The server rejects a broken rule with a 400 or 422 after a round trip, and cuts bodies over
1 MiB so that the error is a puzzling "unexpected EOF". Checking here gives an error that
names the argument and the limit instead.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ._errors import InvalidArgumentError
from ._generated.models import (
    AnnotateRequest,
    AnnotateRequestAnnotations,
    CheckpointRequest,
    CompleteRequest,
    ContinueRequest,
    FailRequest,
    LogRequest,
    OutputRequest,
    ProgressRequest,
    ResourceSnapshotRequest,
    ResourcesRequest,
    SetMemoryRequest,
    SetStateRequest,
    SpawnRequest,
    StreamChunkRequest,
    WaitForEventRequest,
)
from ._generated.types import UNSET, Unset
from ._json_body import JSON_ENCODER
from ._types import NotGiven

MAX_ANNOTATIONS = 50
MAX_ANNOTATION_KEY_BYTES = 128
MAX_ANNOTATION_VALUE_BYTES = 1024
MAX_STATE_KEY_CHARS = 256
MAX_STATE_VALUE_BYTES = 65_536
MAX_MEMORY_KEY_CHARS = 256
MAX_MEMORY_VALUE_BYTES = 1_048_576
MAX_EVENT_KEY_BYTES = 512
MAX_WAIT_SECS = 2_592_000

_FITS_IN_MAX_PARTS = 32
# The maximum length of a float repr, as in "-1.7976931348623157e+308".
_MAX_FLOAT_CHARS = 24


def _given(value: Any) -> Any:
    """Map NOT_GIVEN to the generated models' UNSET."""
    return UNSET if isinstance(value, NotGiven) else value


def _json_size(value: Any, name: str) -> int:
    """Return the encoded size of a JSON value, or raise when it is not one."""
    try:
        return len(JSON_ENCODER.encode(value).encode())
    except (TypeError, ValueError) as error:
        raise InvalidArgumentError(
            f"{name} must be a JSON value (dict, list, str, int, float, bool or None without "
            f"NaN or infinity): {error}"
        ) from None


def _json_size_unless_small(value: Any, name: str, limit: int) -> int | None:
    """Return the encoded size of `value` when it could be over `limit` bytes, else None.

    The request body is encoded once more on its way out (see `_json_body.py`), so a value
    that is surely small is not encoded here. One that may be large is measured exactly, and
    its JSON check then happens here too, with an error that names `name`.
    """
    # NOTE: such a value is still encoded twice per call, here and with the whole body.
    if _fits_in(value, limit):
        return None
    return _json_size(value, name)


def _fits_in(value: Any, limit: int) -> bool:
    """Return True when the JSON encoding of `value` is surely at most `limit` bytes.

    The walk adds up an upper bound per part: 6 bytes a character for strings (the longest
    escape, \\u001f, is 6 bytes), plus quotes and separators. It returns False on a type it
    does not know, a non-finite float, or after _FITS_IN_MAX_PARTS parts, because the C encoder
    measures a value of many parts faster than this walk can bound it.
    """
    pending = [value]
    bound = 0
    parts = 0
    while pending:
        part = pending.pop()
        parts += 1
        if parts > _FITS_IN_MAX_PARTS:
            return False

        # Each bound includes one byte for the comma or colon after the part.
        if isinstance(part, str):
            bound += 6 * len(part) + 3
        elif part is None or isinstance(part, bool):
            bound += 6
        elif isinstance(part, int):
            # |n| has at most bit_length / 3 + 1 decimal digits, plus a sign and a comma.
            bound += part.bit_length() // 3 + 3
        elif isinstance(part, float):
            if not math.isfinite(part):
                return False
            bound += _MAX_FLOAT_CHARS + 1
        elif isinstance(part, dict):
            if len(pending) + 2 * len(part) > _FITS_IN_MAX_PARTS:
                return False
            bound += 2
            for key, item in part.items():
                if not isinstance(key, str):
                    return False
                pending.append(key)
                pending.append(item)
        elif isinstance(part, list | tuple):
            if len(pending) + len(part) > _FITS_IN_MAX_PARTS:
                return False
            bound += 2
            pending.extend(part)
        else:
            return False

        if bound > limit:
            return False
    return True


def _text(value: Any, name: str, *, max_chars: int | None = None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string, got {value!r:.80}")
    if max_chars is not None and len(value) > max_chars:
        raise InvalidArgumentError(
            f"{name} is {len(value)} characters long; the server allows {max_chars}"
        )
    return value


def _number(
    value: Any, name: str, low: float | None = None, high: float | None = None
) -> float | Unset:
    if isinstance(value, NotGiven):
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(f"{name} must be a finite number, got {value!r:.80}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise InvalidArgumentError(f"{name} must be between {low} and {high}, got {value}")
    return value


def _whole(value: Any, name: str, high: int | None = None) -> int | Unset:
    if isinstance(value, NotGiven):
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"{name} must be a whole number, got {value!r:.80}")
    if high is not None and value > high:
        raise InvalidArgumentError(f"{name} must be at most {high}, got {value}")
    return value


def _flag(value: Any, name: str) -> bool | Unset:
    if isinstance(value, NotGiven):
        return UNSET
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"{name} must be True or False, got {value!r:.80}")
    return value


def log_body(message: str, level: str, type_: str | NotGiven, data: Any) -> LogRequest:
    return LogRequest(
        message=_text(message, "message"),
        level=_text(level, "level"),
        type_=_given(type_),
        data=_given(data),
    )


def progress_body(
    percent: float, message: str, step: str | NotGiven, eta_seconds: int | NotGiven
) -> ProgressRequest:
    return ProgressRequest(
        message=_text(message, "message"),
        percent=_number(percent, "percent (from 0 to 100, not a fraction)", 0, 100),
        step=_given(step),
        eta_seconds=_whole(eta_seconds, "eta_seconds"),
    )


def annotate_body(annotations: Mapping[str, str]) -> AnnotateRequest:
    if not isinstance(annotations, Mapping) or not annotations:
        raise InvalidArgumentError("annotations must be a non-empty mapping of strings to strings")
    if len(annotations) > MAX_ANNOTATIONS:
        raise InvalidArgumentError(
            f"annotations has {len(annotations)} entries; the server takes at most "
            f"{MAX_ANNOTATIONS} per call, so split them over several calls"
        )

    for key, value in annotations.items():
        if not isinstance(key, str) or not key.strip():
            raise InvalidArgumentError(
                f"annotation keys must be non-blank strings, got {key!r:.80}"
            )
        if len(key.encode()) > MAX_ANNOTATION_KEY_BYTES:
            raise InvalidArgumentError(
                f"annotation key {key[:40]!r}... is over {MAX_ANNOTATION_KEY_BYTES} bytes"
            )
        if not isinstance(value, str):
            raise InvalidArgumentError(
                f"annotation {key!r} must have a string value, got {type(value).__name__}"
            )
        if len(value.encode()) > MAX_ANNOTATION_VALUE_BYTES:
            raise InvalidArgumentError(
                f"annotation {key!r} has a value over {MAX_ANNOTATION_VALUE_BYTES} bytes"
            )

    mapping = AnnotateRequestAnnotations()
    mapping.additional_properties = dict(annotations)
    return AnnotateRequest(annotations=mapping)


# Values without a size limit of their own are checked for being JSON when the request body
# is encoded (`_json_body.py`), so they are not encoded here as well.


def checkpoint_body(state: Any, source: str | NotGiven) -> CheckpointRequest:
    return CheckpointRequest(state=state, source=_given(source))


def output_body(key: str, value: Any, schema: Any) -> OutputRequest:
    return OutputRequest(output_key=_text(key, "key"), value=value, schema=_given(schema))


def complete_body(result: Any) -> CompleteRequest:
    # {} and None are results too; only a missing argument leaves the field out.
    return CompleteRequest(result=_given(result))


def fail_body(error: str) -> FailRequest:
    return FailRequest(error=_text(error, "error"))


def spawn_body(
    job_slug: str,
    project_id: str,
    payload: Any,
    await_completion: bool | NotGiven,
    await_timeout_secs: int | NotGiven,
    target_api_key: str | NotGiven,
) -> SpawnRequest:
    return SpawnRequest(
        job_slug=_text(job_slug, "job_slug"),
        project_id=_text(project_id, "project_id"),
        payload=_given(payload),
        await_completion=_flag(await_completion, "await_completion"),
        await_timeout_secs=_whole(await_timeout_secs, "await_timeout_secs", MAX_WAIT_SECS),
        target_api_key=_given(target_api_key),
    )


def continue_body(payload: Any) -> ContinueRequest:
    return ContinueRequest(payload=_given(payload))


def wait_for_event_body(
    event_key: str, timeout_secs: int | NotGiven, notify_url: str | NotGiven
) -> WaitForEventRequest:
    key = _text(event_key, "event_key")
    if len(key.encode()) > MAX_EVENT_KEY_BYTES:
        raise InvalidArgumentError(f"event_key is over {MAX_EVENT_KEY_BYTES} bytes")
    if any(ord(character) < 32 or ord(character) == 127 for character in key):
        raise InvalidArgumentError("event_key must not contain control characters")

    return WaitForEventRequest(
        event_key=key,
        timeout_secs=_whole(timeout_secs, "timeout_secs", MAX_WAIT_SECS),
        notify_url=_given(notify_url),
    )


def set_state_body(key: str, value: Any) -> SetStateRequest:
    size = _json_size_unless_small(value, "value", MAX_STATE_VALUE_BYTES)
    if size is not None and size > MAX_STATE_VALUE_BYTES:
        raise InvalidArgumentError(
            f"the state value is {size} bytes as JSON; the server keeps at most "
            f"{MAX_STATE_VALUE_BYTES}. Use set_memory or an output for larger data"
        )
    return SetStateRequest(key=_text(key, "key", max_chars=MAX_STATE_KEY_CHARS), value=value)


def set_memory_body(value: Any, ttl_secs: int | NotGiven) -> SetMemoryRequest:
    size = _json_size_unless_small(value, "value", MAX_MEMORY_VALUE_BYTES)
    if size is not None and size > MAX_MEMORY_VALUE_BYTES:
        raise InvalidArgumentError(
            f"the memory value is {size} bytes as JSON; the server keeps at most "
            f"{MAX_MEMORY_VALUE_BYTES} per key"
        )
    return SetMemoryRequest(value=value, ttl_secs=_whole(ttl_secs, "ttl_secs"))


def memory_key(key: str) -> str:
    return _text(key, "key", max_chars=MAX_MEMORY_KEY_CHARS)


def state_key(key: str) -> str:
    return _text(key, "key", max_chars=MAX_STATE_KEY_CHARS)


def stream_chunk_body(
    chunk: str, stream_id: str | NotGiven, done: bool | NotGiven
) -> StreamChunkRequest:
    if not isinstance(chunk, str):
        raise InvalidArgumentError(f"chunk must be a string, got {type(chunk).__name__}")
    return StreamChunkRequest(chunk=chunk, stream_id=_given(stream_id), done=_flag(done, "done"))


def resources_body(
    memory_mb: float | NotGiven, memory_percent: float | NotGiven, cpu_percent: float | NotGiven
) -> ResourcesRequest:
    return ResourcesRequest(
        memory_mb=_number(memory_mb, "memory_mb", 0),
        memory_percent=_number(memory_percent, "memory_percent", 0, 100),
        cpu_percent=_number(cpu_percent, "cpu_percent", 0, 100),
    )


def resource_snapshot_body(
    cpu_percent: float | NotGiven,
    memory_mb: float | NotGiven,
    memory_limit_mb: float | NotGiven,
    network_rx_bytes: int | NotGiven,
    network_tx_bytes: int | NotGiven,
) -> ResourceSnapshotRequest:
    return ResourceSnapshotRequest(
        cpu_percent=_number(cpu_percent, "cpu_percent"),
        memory_mb=_number(memory_mb, "memory_mb"),
        memory_limit_mb=_number(memory_limit_mb, "memory_limit_mb"),
        network_rx_bytes=_whole(network_rx_bytes, "network_rx_bytes"),
        network_tx_bytes=_whole(network_tx_bytes, "network_tx_bytes"),
    )
