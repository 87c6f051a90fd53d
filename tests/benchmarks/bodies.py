"""The responder's canned bodies, built from the local server's recorded responses.

The local server leaves out the run fields it never sets (an execution trace, retry overrides,
a parent run and so on). For the responder every run gets those fields too, with values of the
right type, so that parsing a run touches every field of `JobRun`: the heaviest realistic case.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import attrs

from strait_sdk.models import JobRun, RunList, Unset

from .errors import BenchmarkError
from .local_target import Recorded
from .responder import Route

_RUN_ID = "[^/]+"


def _later(created_at: str, seconds: float) -> str:
    moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    return (moment + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")


def fill_run(run: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of a run's JSON with every field the local server left out filled in."""
    created = run["created_at"]
    run_id = run["id"]
    missing: dict[str, Any] = {
        "tags": {"team": "data", "source": "noaa"},
        "payload": {"file": "co2.csv"},
        "result": {"rows_written": 120},
        "metadata": {"source": "noaa", "region": "mauna-loa", "operator": "data-team"},
        "error": "upstream returned 503 Service Unavailable on attempt 1",
        "error_class": "transient",
        "scheduled_at": _later(created, 0.0),
        "started_at": _later(created, 0.2),
        "finished_at": _later(created, 4.7),
        "heartbeat_at": _later(created, 4.1),
        "next_retry_at": _later(created, 32.0),
        "expires_at": _later(created, 3_660.0),
        "parent_run_id": "01a2435f-a7a2-7ef2-9a3a-02b21ea617b7",
        "idempotency_key": f"strait-python-{run_id.replace('-', '')}",
        "job_version_id": "ver_qfz0o5bgsj0r",
        "workflow_step_run_id": "01a2435f-aa91-79cd-a135-1acb5c58f1d2",
        "max_attempts_override": 5,
        "timeout_secs_override": 900,
        "retry_backoff": "exponential",
        "retry_initial_delay_secs": 2,
        "retry_max_delay_secs": 300,
        "execution_trace": {
            "queue_wait_ms": 12,
            "dequeue_ms": 1,
            "connect_ms": 2,
            "ttfb_ms": 41,
            "transfer_ms": 3,
            "total_ms": 59,
            "dispatch_ms": 46,
        },
        "continuation_of": "01a2435f-a8bd-7df8-ac8c-708cd29e0760",
        "created_by": "user_2f9c41d7",
        "batch_id": "01a2435f-b094-76b2-bbc2-f51a9ee4bd1c",
        "concurrency_key": "station-3",
        "execution_mode": "http",
        "queue_name": "default",
        "is_rollback": False,
        "replayed_run_id": "01a2435f-ab68-75c3-a54f-184758c9be79",
    }
    return {**missing, **run}


def check_every_field_set(run: JobRun) -> None:
    """Raise BenchmarkError when a parsed run still has a field without a value."""
    empty = [
        attribute.name
        for attribute in attrs.fields(type(run))
        if attribute.name != "additional_properties"
        and (
            getattr(run, attribute.name) is None or isinstance(getattr(run, attribute.name), Unset)
        )
    ]
    if empty:
        raise BenchmarkError(f"the canned run leaves these JobRun fields empty: {empty}")


def full_run_body(recorded: Recorded) -> bytes:
    run = fill_run(json.loads(recorded.body))
    check_every_field_set(JobRun.from_dict(run))
    return json.dumps(run).encode()


def full_page_body(recorded: Recorded) -> bytes:
    page = json.loads(recorded.body)
    page["data"] = [fill_run(run) for run in page["data"]]
    parsed = RunList.from_dict(page)
    for run in parsed.data:
        check_every_field_set(run)
    return json.dumps(page).encode()


def responder_routes(recorded: dict[str, Recorded]) -> list[Route]:
    """Return the routes of every per-call case, with the recorded or filled bodies."""
    heartbeat, log, checkpoint = recorded["heartbeat"], recorded["log"], recorded["checkpoint"]
    return [
        Route("POST", f"/sdk/v1/runs/{_RUN_ID}/heartbeat", heartbeat.status, heartbeat.body),
        Route("POST", f"/sdk/v1/runs/{_RUN_ID}/log", log.status, log.body),
        Route("POST", f"/sdk/v1/runs/{_RUN_ID}/checkpoint", checkpoint.status, checkpoint.body),
        Route("GET", f"/v1/runs/{_RUN_ID}", 200, full_run_body(recorded["get_run"])),
        Route("GET", "/v1/runs", 200, full_page_body(recorded["list_runs"])),
    ]
