"""Workflows through the SDK over real HTTP: define, trigger, follow steps, sync and async."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid

from strait_sdk import AsyncStrait, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import (
    CreateWorkflowRequest,
    Job,
    TriggerWorkflowRequest,
    WorkflowRun,
    WorkflowStepRequest,
)
from tests.support.job_endpoint import JobEndpoint

TERMINAL = {"completed", "failed", "canceled", "timed_out"}


def answer_dispatches(endpoint: JobEndpoint, count: int) -> threading.Thread:
    def work() -> None:
        for index in range(count):
            endpoint.next_dispatch().answer(200, {"step": index})

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


def two_step_workflow(project_id: str, job: Job) -> CreateWorkflowRequest:
    return CreateWorkflowRequest(
        project_id=project_id,
        name="extract then load",
        slug=f"etl-{uuid.uuid4().hex[:8]}",
        steps=[
            WorkflowStepRequest(step_ref="extract", job_id=job.id),
            WorkflowStepRequest(step_ref="load", job_id=job.id, depends_on=["extract"]),
        ],
    )


def wait_for_workflow(client: Strait, run_id: str) -> WorkflowRun:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        run = client.workflow_runs.get(run_id)
        if str(run.status) in TERMINAL:
            return run
        time.sleep(0.05)
    raise AssertionError(f"workflow run {run_id} did not finish")


def test_workflow_runs_steps_in_order(
    client: Strait, strait_server: LocalStrait, job: Job, job_endpoint: JobEndpoint
) -> None:
    workflow = client.workflows.create(body=two_step_workflow(strait_server.project_id, job))
    answering = answer_dispatches(job_endpoint, 2)

    started = client.workflows.trigger(workflow.id, body=TriggerWorkflowRequest(payload={"day": 1}))
    finished = wait_for_workflow(client, started.id)
    steps = list(client.workflow_runs.iter_steps(started.id, page_size=1))

    answering.join(timeout=5)
    assert str(finished.status) == "completed"
    assert [step.step_ref for step in steps] == ["extract", "load"]
    assert all(str(step.status) == "completed" for step in steps)
    assert started.id in [run.id for run in client.workflows.iter_runs(workflow.id)]


async def test_async_workflow(
    strait_server: LocalStrait, job: Job, job_endpoint: JobEndpoint
) -> None:
    async with AsyncStrait(
        base_url=strait_server.base_url, api_key=strait_server.api_key
    ) as client:
        workflow = await client.workflows.create(
            body=two_step_workflow(strait_server.project_id, job)
        )
        answering = answer_dispatches(job_endpoint, 2)
        started = await client.workflows.trigger(workflow.id, body=TriggerWorkflowRequest())

        for _ in range(300):
            run = await client.workflow_runs.get(started.id)
            if str(run.status) in TERMINAL:
                break
            await asyncio.sleep(0.05)
        steps = [step.step_ref async for step in client.workflow_runs.iter_steps(started.id)]

    await asyncio.to_thread(answering.join, 5)
    assert str(run.status) == "completed"
    assert steps == ["extract", "load"]
