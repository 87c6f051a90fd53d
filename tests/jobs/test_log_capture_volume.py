"""The logging bridge under 10,000 records, inside a job served by uvicorn and by werkzeug.

The local server dispatches a real run to the endpoint. The handler logs through the standard
`logging` API with `capture_logs`, and the test counts the records the server stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from strait_sdk import Strait
from strait_sdk.jobs import RunContext, asgi_app, wsgi_app
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job

from .conftest import run_to_end, uvicorn_server, wsgi_server
from .log_events import dropped_count, record_messages

RECORDS = 10_000
MakeJob = Callable[..., Job]


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

    messages = record_messages(client, run.id)
    dropped = dropped_count(client, run.id)
    # Shown even when pytest captures output, so that every test run reports the counts.
    with capsys.disabled():
        print(
            f"\nlogging bridge under {server_kind}: {RECORDS} records logged, "
            f"{len(messages)} delivered, {dropped} dropped"
        )
    assert run.status == "completed"
    assert len(messages) + dropped == RECORDS
    # The default queue has room for every record of this burst, so none is dropped.
    assert dropped == 0
    assert messages == [f"record {number}" for number in range(RECORDS)]
