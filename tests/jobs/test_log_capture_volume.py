"""The logging bridge under 10,000 records, inside a job served by uvicorn and by werkzeug.

The local server dispatches a real run to the endpoint. The handler logs through the standard
`logging` API with `capture_logs`, and the test counts the records the server stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest

from strait_sdk import Strait
from strait_sdk.jobs import RunContext, asgi_app, wsgi_app
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job, RunEvent

from .conftest import run_to_end, uvicorn_server, wsgi_server

RECORDS = 10_000
MakeJob = Callable[..., Job]


def stored_records(client: Strait, run_id: str) -> tuple[list[str], int]:
    """Return the messages of the records the run stored, in order, and the reported drops."""
    messages: list[str] = []
    dropped = 0
    for event in all_log_events(client, run_id):
        data = event.data if isinstance(event.data, dict) else {}
        if "dropped" in data:
            dropped += int(data["dropped"])
        elif isinstance(data.get("records"), list):
            messages.extend(str(record["message"]) for record in data["records"])
        else:
            messages.append(event.message)
    return messages, dropped


def all_log_events(client: Strait, run_id: str) -> Iterator[RunEvent]:
    events = list(client.runs.iter_events(run_id, type_="log", page_size=100))
    return iter(sorted(events, key=lambda event: event.created_at))


@pytest.mark.parametrize("server_kind", ["uvicorn", "werkzeug"])
def test_ten_thousand_records_reach_the_run(
    strait_server: LocalStrait,
    client: Strait,
    make_job: MakeJob,
    server_kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    job_logger = logging.getLogger(f"tests.jobs.volume.{server_kind}")
    job_logger.setLevel(logging.INFO)

    def handler(payload: Any, ctx: RunContext) -> dict[str, int]:
        for number in range(payload["records"]):
            job_logger.info("record %d", number)
        return {"logged": payload["records"]}

    serve: Callable[[Any], AbstractContextManager[str]]
    if server_kind == "uvicorn":
        app: Any = asgi_app(handler, base_url=strait_server.base_url, capture_logs=job_logger.name)
        serve = uvicorn_server
    else:
        app = wsgi_app(handler, base_url=strait_server.base_url, capture_logs=job_logger.name)
        serve = wsgi_server

    with serve(app) as url:
        run = run_to_end(client, make_job(url), {"records": RECORDS})

    messages, dropped = stored_records(client, run.id)
    # Shown even when pytest captures output, so that every test run reports the counts.
    with capsys.disabled():
        print(
            f"\nlogging bridge under {server_kind}: {RECORDS} records logged, "
            f"{len(messages)} delivered, {dropped} dropped"
        )
    assert run.status == "completed"
    assert len(messages) + dropped == RECORDS
    # The default queue holds every record of this burst, so none is dropped, in order.
    assert dropped == 0
    assert messages == [f"record {number}" for number in range(RECORDS)]
