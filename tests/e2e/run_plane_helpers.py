"""Starting a run whose dispatch the test holds open, so the run plane can be driven by hand."""

from __future__ import annotations

from strait_sdk import Strait
from strait_sdk.models import Job, TriggeredRun, TriggerRequest
from tests.support.job_endpoint import Dispatch, JobEndpoint


def start_run(
    client: Strait, job: Job, endpoint: JobEndpoint, payload: object
) -> tuple[str, Dispatch]:
    """Trigger `job` and return the run id with its first dispatch, still unanswered."""
    triggered = client.jobs.trigger(job.id, body=TriggerRequest(payload=payload))
    assert isinstance(triggered, TriggeredRun)

    dispatch = endpoint.next_dispatch()
    assert dispatch.headers["X-Run-ID"] == triggered.id
    return triggered.id, dispatch
