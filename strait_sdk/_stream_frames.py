"""The streams of the API as StreamSpecs: their paths, frame types and when they end."""

from __future__ import annotations

from typing import Any, TypeAlias

from ._generated.models import (
    EventTrigger,
    EventTriggerStatusChange,
    ProjectActivityFrame,
    RunChunkFrame,
    RunEventFrame,
    RunLogFrame,
    RunStatusChangeFrame,
)
from ._logging import logger
from ._sse import ServerSentEvent
from ._streams import StreamSpec, decode_json, stream_path
from ._waiting import is_terminal

RunStreamFrame: TypeAlias = RunStatusChangeFrame | RunEventFrame
EventTriggerFrame: TypeAlias = EventTrigger | EventTriggerStatusChange


def _build(model: Any, data: Any) -> Any:
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # A frame this SDK cannot read is skipped, so a newer server's frames do not end
        # the stream.
        logger.debug("skipping a %s frame that does not parse: %r", model.__name__, error)
        return None


def _run_frame(event: ServerSentEvent, _first: bool) -> RunStreamFrame | None:
    data = decode_json(event)
    if not isinstance(data, dict):
        return None
    if data.get("type") == "status_change":
        frame: RunStreamFrame | None = _build(RunStatusChangeFrame, data)
        return frame
    if data.get("type") == "event":
        event_frame: RunStreamFrame | None = _build(RunEventFrame, data)
        return event_frame
    return None


def run_stream(run_id: str, *, until_finished: bool) -> StreamSpec:
    def is_last(frame: RunStreamFrame) -> bool:
        return (
            until_finished
            and isinstance(frame, RunStatusChangeFrame)
            and isinstance(frame.to, str)
            and is_terminal(frame.to)
        )

    return StreamSpec(
        path=stream_path("/v1/runs/{}/stream", run_id),
        decode=_run_frame,
        is_last=is_last,
        gone_means_done=True,
    )


def _chunk_frame(event: ServerSentEvent, _first: bool) -> RunChunkFrame | None:
    data = decode_json(event)
    return _build(RunChunkFrame, data) if isinstance(data, dict) else None


def chunk_stream(run_id: str) -> StreamSpec:
    return StreamSpec(
        path=stream_path("/v1/runs/{}/stream/chunks", run_id),
        decode=_chunk_frame,
        is_last=lambda _frame: False,
        gone_means_done=True,
    )


def _log_frame(event: ServerSentEvent, _first: bool) -> RunLogFrame | None:
    data = decode_json(event)
    if event.event != "log" or not isinstance(data, dict):
        return None
    frame: RunLogFrame | None = _build(RunLogFrame, data)
    return frame


def log_stream(run_id: str) -> StreamSpec:
    return StreamSpec(
        path=stream_path("/v1/runs/{}/stream/logs", run_id),
        decode=_log_frame,
        is_last=lambda _frame: False,
    )


def _trigger_frame(event: ServerSentEvent, first: bool) -> EventTriggerFrame | None:
    data = decode_json(event)
    if event.event != "status" or not isinstance(data, dict):
        return None
    # Each connection starts with the whole trigger; later frames carry only what changed.
    frame: EventTriggerFrame | None = _build(
        EventTrigger if first else EventTriggerStatusChange, data
    )
    return frame


def event_trigger_stream(event_key: str) -> StreamSpec:
    return StreamSpec(
        path=stream_path("/v1/events/{}/stream", event_key),
        decode=_trigger_frame,
        is_last=lambda frame: str(frame.status) != "waiting",
    )


def _activity_frame(event: ServerSentEvent, _first: bool) -> ProjectActivityFrame | None:
    data = decode_json(event)
    if event.event != "activity" or not isinstance(data, dict):
        return None
    frame: ProjectActivityFrame | None = _build(ProjectActivityFrame, data)
    return frame


def project_activity_stream(project_id: str) -> StreamSpec:
    return StreamSpec(
        path=stream_path("/v1/projects/{}/activity/stream", project_id),
        decode=_activity_frame,
        is_last=lambda _frame: False,
    )
