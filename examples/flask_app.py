"""A Flask application with a Strait job endpoint mounted at /strait.

The job averages NOAA's Mauna Loa CO2 record (examples/data) by decade and stores one run
output per decade. resume() checkpoints after each decade, so a retried attempt skips the
decades whose outputs are already stored. Its log records go to the run.

Run it against a local Strait server, in three terminals from the repository root:

    python -m strait_sdk.local_server --port 8080
    # it prints the project id and a throwaway API key; export them in both other terminals:
    export STRAIT_BASE_URL=http://127.0.0.1:8080 STRAIT_PROJECT=<project id> STRAIT_API_KEY=<key>

    flask --app examples.flask_app run --port 8001

    python examples/flask_app.py    # registers the job, triggers a run, prints the result

The job's endpoint_url is http://127.0.0.1:8001/strait.
"""

from __future__ import annotations

import csv
import logging
import os
import sys
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from strait_sdk import Strait
from strait_sdk.jobs import RunContext, resume, wsgi_app
from strait_sdk.models import CreateJobRequest, TriggeredRun, TriggerRequest

DATA_DIR = Path(__file__).resolve().parent / "data"
# The URL flask serves this app's job endpoint at. Set EXAMPLE_ENDPOINT_URL for another port.
ENDPOINT_URL = os.environ.get("EXAMPLE_ENDPOINT_URL", "http://127.0.0.1:8001/strait")

logger = logging.getLogger("examples.co2_by_decade")
logger.setLevel(logging.INFO)


def co2_by_decade(payload: dict[str, Any], ctx: RunContext) -> dict[str, Any]:
    """Store the mean CO2 concentration of each decade in payload["dataset"] as run outputs."""
    path = (DATA_DIR / payload["dataset"]).resolve()
    if path.parent != DATA_DIR or not path.is_file():
        # A bad payload fails the same way on every attempt, so no retry is wanted.
        ctx.fail(f"unknown dataset {payload['dataset']!r}; use a CSV file in examples/data")
        return {"error": "unknown dataset"}

    by_decade: dict[int, list[float]] = defaultdict(list)
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            year = int(row["Year"])
            by_decade[year - year % 10].append(float(row["Mean"]))
    decades = sorted(by_decade)
    logger.info("read %d decades from %s", len(decades), path.name)

    for decade in resume(decades, ctx, every=1):
        means = by_decade[decade]
        average = round(sum(means) / len(means), 2)
        ctx.output(f"decade-{decade}", {"years": len(means), "mean_ppm": average})
        logger.info("the %ds averaged %.2f ppm over %d years", decade, average, len(means))

    first, last = decades[0], decades[-1]
    rise = sum(by_decade[last]) / len(by_decade[last]) - sum(by_decade[first]) / len(
        by_decade[first]
    )
    return {"decades": len(decades), "rise_ppm": round(rise, 2), "from": first, "to": last}


app = Flask(__name__)
# Flask's documented way to mount another WSGI application under a path prefix.
app.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
    app.wsgi_app, {"/strait": wsgi_app(co2_by_decade, capture_logs=logger.name)}
)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


def trigger_demo_run() -> int:
    """Register the job with the server in STRAIT_BASE_URL, run it once, print the result."""
    with Strait.from_env() as client:
        project_id = client.config.project
        if not project_id:
            print("Set STRAIT_PROJECT to the project id the local server printed.")
            return 2

        job = client.jobs.create(
            body=CreateJobRequest(
                project_id=project_id,
                name="CO2 by decade",
                slug=f"co2-by-decade-{uuid.uuid4().hex[:8]}",
                endpoint_url=ENDPOINT_URL,
                max_attempts=3,
            )
        )
        payload = {"dataset": "co2-annmean-mlo.csv"}
        triggered = client.jobs.trigger(job.id, body=TriggerRequest(payload=payload))
        assert isinstance(triggered, TriggeredRun)
        run = client.runs.wait(triggered.id, timeout=60)
        print(f"run {run.id} {run.status}: {run.result}")
        outputs = client.runs.list_outputs(run.id, limit=100).data
        print("outputs:", ", ".join(sorted(output.output_key for output in outputs)))
        return 0 if run.status == "completed" else 1


if __name__ == "__main__":
    sys.exit(trigger_demo_run())
