"""The local Strait server in a child process, with the runs the per-call cases work on.

Setup creates two jobs. The job endpoint keeps the first job's run open, because the run
plane needs an executing run and its run token. The second job's 100 runs complete at
once, so that listing returns a full page of finished runs. The real responses of every
benchmarked route are recorded here, and the responder replays them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
import uuid
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import field, frozen

from strait_sdk import dispatch_from_headers

from .errors import BenchmarkError
from .job_endpoint import HoldingEndpoint
from .payloads import checkpoint_state, log_data

START_TIMEOUT_S = 20.0
SETTLE_TIMEOUT_S = 60.0
PAGE_SIZE = 100
# Long enough that the held run neither times out nor loses its token during a full benchmark.
JOB_TIMEOUT_SECS = 3_600
PAYLOAD = {
    "file": "s3://co2-readings/2026/12.csv",
    "columns": ["station", "ts", "ppm"],
    "dry_run": False,
    "notify": ["data-team@example.org"],
}
TERMINAL = {"completed", "failed", "timed_out", "crashed", "system_failed", "canceled"}


@frozen
class Target:
    """What the per-call cases call: a server, its credentials, an executing and a finished run."""

    base_url: str
    api_key: str = field(repr=False)
    run_id: str
    token: str = field(repr=False)
    finished_run_id: str


@frozen
class Recorded:
    """One real response of the local server: status and body bytes."""

    status: int
    body: bytes


def _child_main(connection: Connection) -> None:
    from strait_sdk.local_server import LocalStrait

    with LocalStrait(retry_delay_secs=0.05) as server:
        connection.send((server.base_url, server.api_key, server.project_id))
        # The parent closes its end of the pipe to stop the server.
        with contextlib.suppress(EOFError):
            connection.recv()


class LocalStraitProcess:
    """A LocalStrait serving from a child process, so that it does not share the GIL."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._parent_end, self._child_end = context.Pipe()
        self._process = context.Process(
            target=_child_main, args=(self._child_end,), name="bench-local-strait", daemon=True
        )
        self.base_url = ""
        self.api_key = ""
        self.project_id = ""

    def __enter__(self) -> Self:
        self._process.start()
        self._child_end.close()
        if not self._parent_end.poll(START_TIMEOUT_S):
            self._stop()
            raise BenchmarkError(
                f"the local Strait server did not start within {START_TIMEOUT_S} s"
            )
        self.base_url, self.api_key, self.project_id = self._parent_end.recv()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        self._parent_end.close()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)


def _expect(response: httpx.Response, status: int, step: str) -> Any:
    if response.status_code != status:
        raise BenchmarkError(
            f"{step} failed: the local server returned {response.status_code}, expected {status}"
        )
    return response.json()


def _create_job(api: httpx.Client, project_id: str, endpoint_url: str, slug: str) -> str:
    body = {
        "project_id": project_id,
        "name": f"Benchmark job {slug}",
        "slug": f"{slug}-{uuid.uuid4().hex[:8]}",
        "endpoint_url": endpoint_url,
        "description": "Created by the SDK benchmark",
        "max_attempts": 3,
        "timeout_secs": JOB_TIMEOUT_SECS,
        "tags": {"team": "data", "tier": "batch"},
    }
    job: dict[str, Any] = _expect(api.post("/v1/jobs", json=body), 201, "creating a job")
    return str(job["id"])


def _trigger(api: httpx.Client, job_id: str, index: int) -> str:
    body = {
        "payload": {**PAYLOAD, "part": index},
        "tags": {"source": "noaa", "region": "mauna-loa"},
        "priority": 5,
        "concurrency_key": f"station-{index % 4}",
    }
    run: dict[str, Any] = _expect(
        api.post(f"/v1/jobs/{job_id}/trigger", json=body), 201, "triggering a run"
    )
    return str(run["id"])


def _wait_until_finished(api: httpx.Client, run_ids: list[str]) -> None:
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    for run_id in run_ids:
        while True:
            run = _expect(api.get(f"/v1/runs/{run_id}"), 200, "reading a run")
            if run["status"] in TERMINAL:
                break
            if time.monotonic() > deadline:
                raise BenchmarkError(
                    f"run {run_id} did not finish within {SETTLE_TIMEOUT_S} s "
                    f"(status {run['status']})"
                )
            time.sleep(0.02)


def prepare_runs(server: LocalStraitProcess, endpoint: HoldingEndpoint) -> Target:
    """Create the jobs and runs that the cases use, and return the target for the cases."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as api:
        held_job = _create_job(api, server.project_id, endpoint.url("/hold"), "held")
        answered_job = _create_job(api, server.project_id, endpoint.url("/answer"), "answered")

        finished = [_trigger(api, answered_job, index) for index in range(PAGE_SIZE)]
        _wait_until_finished(api, finished)

        run_id = _trigger(api, held_job, PAGE_SIZE)
        try:
            dispatch = endpoint.held.get(timeout=SETTLE_TIMEOUT_S)
        except Exception as error:
            raise BenchmarkError("the held run was not dispatched to the job endpoint") from error

    facts = dispatch_from_headers(dispatch)
    if facts.run_id != run_id:
        raise BenchmarkError(f"the endpoint received run {facts.run_id}, expected {run_id}")
    return Target(
        base_url=server.base_url,
        api_key=server.api_key,
        run_id=run_id,
        token=facts.token,
        finished_run_id=finished[-1],
    )


def record_responses(target: Target) -> dict[str, Recorded]:
    """Send each benchmarked request once and keep the local server's real responses."""
    run_plane = {"Authorization": f"Bearer {target.token}"}
    api = {"Authorization": f"Bearer {target.api_key}"}
    recorded: dict[str, Recorded] = {}
    with httpx.Client(base_url=target.base_url, timeout=30) as client:
        sdk_path = f"/sdk/v1/runs/{target.run_id}"
        responses = {
            "heartbeat": client.post(f"{sdk_path}/heartbeat", headers=run_plane),
            "log": client.post(
                f"{sdk_path}/log",
                headers=run_plane,
                json={"message": "wrote a batch", "level": "info", "data": log_data()},
            ),
            "checkpoint": client.post(
                f"{sdk_path}/checkpoint", headers=run_plane, json={"state": checkpoint_state()}
            ),
            "get_run": client.get(f"/v1/runs/{target.finished_run_id}", headers=api),
            "list_runs": client.get("/v1/runs", params={"limit": PAGE_SIZE}, headers=api),
        }
    for name, response in responses.items():
        if not response.is_success:
            raise BenchmarkError(
                f"recording {name} failed: the local server returned {response.status_code}"
            )
        recorded[name] = Recorded(response.status_code, response.content)
    return recorded
