"""Reading back the log events that the logging bridge stored on a run."""

from __future__ import annotations

from typing import Any

from strait_sdk import Strait
from strait_sdk.models import RunEvent


def stored_logs(client: Strait, run_id: str) -> list[RunEvent]:
    """Return the run's log events, oldest first."""
    events = list(client.runs.iter_events(run_id, type_="log", page_size=100))
    return list(reversed(events))


def event_data(event: RunEvent) -> dict[str, Any]:
    data = event.data
    assert isinstance(data, dict)
    return data


def is_drop_report(event: RunEvent) -> bool:
    return "dropped" in event_data(event)


def is_batch(event: RunEvent) -> bool:
    return "records" in event_data(event)


def shipped_records(events: list[RunEvent]) -> list[dict[str, Any]]:
    """Return the records the events carry, in order: a batch's entries, or a plain event's one."""
    records: list[dict[str, Any]] = []
    for event in events:
        data = event_data(event)
        if is_batch(event):
            records.extend(data["records"])
        else:
            records.append({"message": event.message, "level": event.level, **data})
    return records


def record_messages(client: Strait, run_id: str) -> list[str]:
    events = [e for e in stored_logs(client, run_id) if not is_drop_report(e)]
    return [record["message"] for record in shipped_records(events)]


def dropped_count(client: Strait, run_id: str) -> int:
    """Return the number of records that the run's drop reports count."""
    return sum(
        int(event_data(event)["dropped"])
        for event in stored_logs(client, run_id)
        if is_drop_report(event)
    )
