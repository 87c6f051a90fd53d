"""Quickstart: run a real job end to end against a local Strait server.

    python examples/quickstart.py

The script starts a local Strait server and a job endpoint, both on 127.0.0.1, registers a
job whose handler summarises NOAA's Mauna Loa CO2 record (examples/data), triggers a run and
waits for it. While the run executes, the handler reports log lines, progress, checkpoints,
an output and its completion through the SDK's RunContext. The script then prints the run's
final status and its events.
"""

from __future__ import annotations

import csv
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from strait_sdk import RunContext, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest, RunStatus, TriggeredRun, TriggerRequest

DATA_DIR = Path(__file__).resolve().parent / "data"
CHECKPOINT_EVERY_ROWS = 10
TERMINAL = {
    RunStatus.COMPLETED,
    RunStatus.FAILED,
    RunStatus.TIMED_OUT,
    RunStatus.CRASHED,
    RunStatus.SYSTEM_FAILED,
    RunStatus.CANCELED,
    RunStatus.EXPIRED,
    RunStatus.DEAD_LETTER,
}


def summarize_co2(payload: dict[str, Any], ctx: RunContext) -> dict[str, Any]:
    """Read the yearly CO2 means and report the growth between consecutive years."""
    path = DATA_DIR / payload["dataset"]
    with path.open(newline="") as handle:
        rows = [(int(row["Year"]), float(row["Mean"])) for row in csv.DictReader(handle)]
    ctx.log(f"read {len(rows)} yearly means from {path.name}", data={"rows": len(rows)})

    largest_rise = (0, 0.0)
    for index in range(1, len(rows)):
        year, mean = rows[index]
        rise = round(mean - rows[index - 1][1], 2)
        if rise > largest_rise[1]:
            largest_rise = (year, rise)

        if index % CHECKPOINT_EVERY_ROWS == 0:
            ctx.checkpoint({"next_row": index + 1, "largest_rise": largest_rise})
            ctx.progress(100 * index / (len(rows) - 1), f"compared {index} years", step="growth")

    first_year, first_mean = rows[0]
    last_year, last_mean = rows[-1]
    summary = {
        "first": {"year": first_year, "ppm": first_mean},
        "last": {"year": last_year, "ppm": last_mean},
        "total_rise_ppm": round(last_mean - first_mean, 2),
        "largest_yearly_rise": {"year": largest_rise[0], "ppm": largest_rise[1]},
    }
    ctx.output("summary", summary)
    ctx.log(f"CO2 rose {summary['total_rise_ppm']} ppm from {first_year} to {last_year}")
    ctx.complete(summary)
    return summary


class JobEndpoint(BaseHTTPRequestHandler):
    """The job's HTTP endpoint: Strait POSTs the raw payload with the run token in the headers."""

    strait_base_url = ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with RunContext.from_headers(dict(self.headers), base_url=self.strait_base_url) as ctx:
            result = summarize_co2(json.loads(body), ctx)

        reply = json.dumps(result).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: Any) -> None:
        return


def wait_for_finish(client: Strait, run_id: str, timeout_s: float = 30.0) -> RunStatus:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status = client.runs.get(run_id).status
        if status in TERMINAL:
            return status
        time.sleep(0.1)
    raise TimeoutError(f"run {run_id} did not finish within {timeout_s} s")


def main() -> int:
    with LocalStrait() as server:
        JobEndpoint.strait_base_url = server.base_url
        endpoint = ThreadingHTTPServer(("127.0.0.1", 0), JobEndpoint)
        threading.Thread(target=endpoint.serve_forever, daemon=True).start()
        endpoint_url = f"http://127.0.0.1:{endpoint.server_address[1]}/jobs/co2"

        try:
            with Strait(base_url=server.base_url, api_key=server.api_key) as client:
                job = client.jobs.create(
                    body=CreateJobRequest(
                        project_id=server.project_id,
                        name="Summarise the Mauna Loa CO2 record",
                        slug="co2-summary",
                        endpoint_url=endpoint_url,
                        timeout_secs=60,
                    )
                )
                print(f"registered job {job.slug} ({job.id})")

                triggered = client.jobs.trigger(
                    job.id, body=TriggerRequest(payload={"dataset": "co2-annmean-mlo.csv"})
                )
                assert isinstance(triggered, TriggeredRun)
                print(f"triggered run {triggered.id}: {triggered.status}")

                status = wait_for_finish(client, triggered.id)
                run = client.runs.get(triggered.id)
                print(f"\nrun {run.id} finished: {status}")
                print(f"result: {json.dumps(run.result)}")

                checkpoints = client.runs.list_checkpoints(run.id)
                outputs = client.runs.list_outputs(run.id)
                newest = checkpoints.data[0].state
                print(f"checkpoints saved: {len(checkpoints.data)}, newest: {newest}")
                print(f"outputs: {', '.join(output.output_key for output in outputs.data)}")

                print("\nevents, oldest first:")
                events = client.runs.list_events(run.id, limit=100)
                for event in reversed(events.data):
                    print(f"  {event.created_at:%H:%M:%S.%f} {event.type_:<13} {event.message}")
                return 0 if status == RunStatus.COMPLETED else 1
        finally:
            endpoint.shutdown()
            endpoint.server_close()


if __name__ == "__main__":
    sys.exit(main())
