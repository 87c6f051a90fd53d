"""The clock option, and cursor pagination skipping rows that share a timestamp.

The cursor of every /v1 list is the bare created_at (or requested_at) of the page's
last row. The Strait server keeps only rows strictly older than the cursor (strictly
newer for the oldest-first step list), so rows that share the boundary timestamp but
did not fit on the page are never returned. The local server does the same, and these
tests pin that down so that SDK code which pages through lists can be tested against it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import create_job, create_workflow, loopback_client, trigger_workflow

FIXED_NS = 1_767_225_600_123_456_789  # 2026-01-01T00:00:00.123456789Z


@pytest.fixture
def tied_server() -> Iterator[LocalStrait]:
    with LocalStrait(clock=lambda: FIXED_NS) as server:
        yield server


@pytest.fixture
def tied_api(tied_server: LocalStrait) -> Iterator[httpx.Client]:
    with loopback_client(tied_server, tied_server.api_key) as client:
        yield client


def test_clock_sets_created_at(tied_api: httpx.Client, tied_server: LocalStrait) -> None:
    job = create_job(tied_api, tied_server, "http://127.0.0.1:9/run")
    workflow = create_workflow(tied_api, tied_server, [{"step_ref": "a", "step_type": "approval"}])

    assert job["created_at"] == "2026-01-01T00:00:00.123456789Z"
    assert workflow["created_at"] == "2026-01-01T00:00:00.123456789Z"
    assert workflow["steps"][0]["created_at"] == "2026-01-01T00:00:00.123456789Z"


def test_tied_rows_past_page_boundary_are_skipped(
    tied_api: httpx.Client, tied_server: LocalStrait
) -> None:
    created = {
        create_job(tied_api, tied_server, "http://127.0.0.1:9/run", slug=f"tie-{i}")["id"]
        for i in range(3)
    }

    first = tied_api.get("/v1/jobs", params={"limit": 2}).json()
    second = tied_api.get("/v1/jobs", params={"limit": 2, "cursor": first["next_cursor"]}).json()

    assert first["has_more"] is True
    assert first["next_cursor"] == "2026-01-01T00:00:00.123456789Z"
    # The third job shares the cursor timestamp, so "older than the cursor" excludes it.
    assert second == {"data": [], "has_more": False}
    listed = {job["id"] for job in first["data"]}
    assert len(listed) == 2
    assert len(created - listed) == 1


def test_tied_step_runs_are_skipped_oldest_first(
    tied_api: httpx.Client, tied_server: LocalStrait
) -> None:
    steps = [{"step_ref": f"s{i}", "step_type": "approval"} for i in range(3)]
    workflow = create_workflow(tied_api, tied_server, steps)
    run = trigger_workflow(tied_api, workflow["id"])
    path = f"/v1/workflow-runs/{run['id']}/steps"

    first = tied_api.get(path, params={"limit": 2}).json()
    second = tied_api.get(path, params={"limit": 2, "cursor": first["next_cursor"]}).json()

    assert [step["step_ref"] for step in first["data"]] == ["s0", "s1"]
    assert first["has_more"] is True
    assert second == {"data": [], "has_more": False}


def test_clock_ticks_are_used_as_given() -> None:
    ticks = iter(range(FIXED_NS, FIXED_NS + 1000, 100))

    with (
        LocalStrait(clock=lambda: next(ticks)) as server,
        loopback_client(server, server.api_key) as api,
    ):
        first = create_job(api, server, "http://127.0.0.1:9/run", slug="one")
        second = create_job(api, server, "http://127.0.0.1:9/run", slug="two")

    assert first["created_at"] == "2026-01-01T00:00:00.123456789Z"
    assert second["created_at"] == "2026-01-01T00:00:00.123456889Z"


def test_default_clock_never_ties(api: httpx.Client, local: LocalStrait) -> None:
    jobs = [create_job(api, local, "http://127.0.0.1:9/run", slug=f"job-{i}") for i in range(20)]

    timestamps = [job["created_at"] for job in jobs]

    assert len(set(timestamps)) == len(timestamps)
    assert abs(time.time() - _to_unix(timestamps[-1])) < 60


def test_bad_clock_option_is_rejected() -> None:
    with pytest.raises(TypeError):
        LocalStrait(clock=12345)  # type: ignore[arg-type]


def _to_unix(timestamp: str) -> float:
    whole_seconds = datetime.strptime(timestamp[:19], "%Y-%m-%dT%H:%M:%S")
    return whole_seconds.replace(tzinfo=UTC).timestamp()
