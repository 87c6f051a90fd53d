"""SDK traffic to a local Strait server, validated by Prism against the API document.

Every SDK client here, RunContext included, sends through a Prism proxy (see prism.py) that
runs with `--errors`: a request or response that breaks openapi/ fails with Prism's own
422 or 500. Prism only warns, and passes the response on, when an operation does not list
the error status the server returned. Each test wraps its calls in `contract.checked()`,
which fails the test on errors and warnings alike, listing each by method, path and field.

Setup that is not under test (creating the job a test triggers, answering dispatches,
waiting for a run to finish) goes straight to the server, so the checks cover only the
calls each test names.

When a violation shows that the document or the local server is wrong, the test of that
operation gets `xfail(strict=True)` with Prism's message as the reason. The fix belongs
in openapi/ or strait_sdk/local_server, never here, and the mark goes with the fix.

    .venv/bin/python -m pytest tests/reliability/contract -q -s
"""

from __future__ import annotations

import copy
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from generator.bundle import bundle
from strait_sdk import (
    AuthenticationError,
    ConflictError,
    GoneError,
    InternalServerError,
    NotFoundError,
    RunContext,
    Strait,
    UnprocessableEntityError,
)
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import (
    CreateJobRequest,
    CreateWorkflowRequest,
    Job,
    RunStatus,
    SendEventRequest,
    StringMap,
    TriggeredRun,
    TriggerRequest,
    TriggerWorkflowRequest,
    UpdateJobRequest,
    WorkflowRun,
    WorkflowStepRequest,
)
from tests.e2e.run_plane_helpers import start_run
from tests.reliability.conftest import record_summary
from tests.reliability.contract.prism import (
    MARKER_PATH,
    OPENAPI_DIR,
    PRISM_VERSION,
    REQUEST_RECEIVED,
    PrismProxy,
    ResponseRecorder,
    Violation,
    installed_version,
)
from tests.support.job_endpoint import Dispatch, JobEndpoint

UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"
WORKFLOW_TERMINAL = frozenset({"completed", "failed", "canceled", "timed_out"})
WORKFLOW_TIMEOUT_S = 15.0


def format_violations(violations: list[Violation]) -> str:
    return "\n".join(f"  {violation}" for violation in violations)


@dataclass
class Contract:
    """A local server, Prism in front of it, and SDK clients on both sides of Prism."""

    server: LocalStrait
    prism: PrismProxy
    recorder: ResponseRecorder
    api: Strait
    direct: Strait
    reported: list[Violation] = field(default_factory=list)
    # The self-test turns this off, because the violations it provokes are expected.
    print_reports: bool = True

    def run_context(self, dispatch: Dispatch) -> RunContext:
        """Build the dispatch's RunContext with Prism as its base URL."""
        # No retries, so that a call Prism fails is sent, and reported, once.
        context = RunContext.from_headers(
            dispatch.headers, base_url=self.prism.base_url, max_retries=0
        )
        self.recorder.attach(context.client)
        return context

    @contextmanager
    def checked(self) -> Iterator[None]:
        """Raise AssertionError listing every violation that the calls inside the block caused.

        When the block itself raised, for example the SDK error for Prism's 500, that
        exception becomes the cause of the AssertionError, whose message names the field.
        """
        log_start = self.prism.flush_log()
        recorded_start = len(self.recorder)
        try:
            yield
        except Exception as error:
            self._raise_on_violations(log_start, recorded_start, cause=error)
            raise
        self._raise_on_violations(log_start, recorded_start, cause=None)

    def _raise_on_violations(
        self, log_start: int, recorded_start: int, cause: BaseException | None
    ) -> None:
        self.prism.flush_log()
        logged = self.prism.violations(log_start)
        details = self.recorder.violations(recorded_start)
        if not logged and not details:
            return

        self.reported.extend(details or logged)
        report = (
            f"Prism logged {len(logged)} failed requests or violations:\n"
            f"{format_violations(logged)}\n"
            f"Its responses carried {len(details)} violation details:\n"
            f"{format_violations(details)}"
        )
        if self.print_reports:
            print(report)
        raise AssertionError(report) from cause


@pytest.fixture(scope="module")
def server() -> Iterator[LocalStrait]:
    with LocalStrait(retry_delay_secs=0.05) as local:
        yield local


@pytest.fixture(scope="module")
def prism(server: LocalStrait) -> Iterator[PrismProxy]:
    if installed_version() != PRISM_VERSION and shutil.which("npm") is None:
        pytest.skip("the contract check needs npm (Node.js 20 or newer) to install Prism")
    proxy = PrismProxy(server.base_url)
    with proxy:
        yield proxy


@pytest.fixture(scope="module")
def contract(
    server: LocalStrait, prism: PrismProxy, pytestconfig: pytest.Config
) -> Iterator[Contract]:
    recorder = ResponseRecorder()
    with (
        Strait(base_url=prism.base_url, api_key=server.api_key, max_retries=0) as api,
        Strait(base_url=server.base_url, api_key=server.api_key) as direct,
    ):
        recorder.attach(api)
        checks = Contract(server, prism, recorder, api, direct)
        yield checks

    prism.flush_log()
    received = [
        line
        for line in prism.log.lines()
        if (match := REQUEST_RECEIVED.search(line)) and not match["path"].startswith(MARKER_PATH)
    ]
    print(
        f"\nPrism {PRISM_VERSION} validated {len(received)} requests and their responses; "
        f"{len(checks.reported)} violations were reported."
    )
    record_summary(
        pytestconfig,
        "contract",
        f"Prism {PRISM_VERSION} validated {len(received)} requests and their responses, "
        f"{len(checks.reported)} violations",
    )


@pytest.fixture
def endpoint() -> Iterator[JobEndpoint]:
    with JobEndpoint() as job_endpoint:
        yield job_endpoint


@pytest.fixture
def job(contract: Contract, endpoint: JobEndpoint) -> Job:
    """A fresh job, created on the server directly, whose runs go to `endpoint`."""
    slug = f"contract-{uuid.uuid4().hex[:12]}"
    return contract.direct.jobs.create(
        body=CreateJobRequest(
            project_id=contract.server.project_id,
            name=f"Contract job {slug}",
            slug=slug,
            endpoint_url=endpoint.url,
            max_attempts=1,
            timeout_secs=60,
        )
    )


def test_health(contract: Contract) -> None:
    with contract.checked():
        health = contract.api.health.check()
        ready = contract.api.health.check_ready()

    assert health.status == "ok"
    assert ready.status == "ready"


def test_job_lifecycle(contract: Contract, endpoint: JobEndpoint) -> None:
    slug = f"contract-{uuid.uuid4().hex[:12]}"

    with contract.checked():
        created = contract.api.jobs.create(
            body=CreateJobRequest(
                project_id=contract.server.project_id,
                name="Contract lifecycle",
                slug=slug,
                endpoint_url=endpoint.url,
                max_attempts=1,
                timeout_secs=60,
            )
        )
        fetched = contract.api.jobs.get(created.id)
        listed = contract.api.jobs.list(slug=slug, limit=10)
        updated = contract.api.jobs.update(
            created.id, body=UpdateJobRequest(description="Validated by Prism")
        )
        triggered = contract.api.jobs.trigger(
            created.id, body=TriggerRequest(payload={"rows": [1, 2, 3]})
        )

    assert isinstance(triggered, TriggeredRun)
    endpoint.next_dispatch().answer(200, {"rows": 3})
    contract.server.wait_for_run(triggered.id)

    with contract.checked():
        contract.api.jobs.delete(created.id)
        with pytest.raises(NotFoundError):
            contract.api.jobs.get(created.id)

    assert fetched.slug == slug
    assert [item.id for item in listed.data] == [created.id]
    assert updated.description == "Validated by Prism"


def test_runs_read_and_cancel(contract: Contract, job: Job, endpoint: JobEndpoint) -> None:
    with contract.checked():
        run_id, dispatch = start_run(contract.api, job, endpoint, {"day": "2026-12-04"})
    try:
        with contract.checked():
            run = contract.api.runs.get(run_id)
            executing = contract.api.runs.list(status=RunStatus.EXECUTING, limit=100)
            events = contract.api.runs.list_events(run_id)
            canceled = contract.api.runs.cancel(run_id)
    finally:
        dispatch.answer(200)

    assert run.status == RunStatus.EXECUTING
    assert run_id in [item.id for item in executing.data]
    assert "state_change" in [event.type_ for event in events.data]
    assert canceled.status == RunStatus.CANCELED


def test_run_plane_session(contract: Contract, job: Job, endpoint: JobEndpoint) -> None:
    """Drive 21 of the 23 run-plane operations from one dispatch. The next test has the rest."""
    run_id, dispatch = start_run(contract.direct, job, endpoint, {"file": "co2.csv"})
    try:
        with contract.run_context(dispatch) as ctx, contract.checked():
            payload = ctx.get_payload()
            logged = ctx.log("parsed the header", level="debug", data={"columns": 4})
            progress = ctx.progress(42.5, "halfway", step="parse", eta_seconds=7)
            annotated = ctx.annotate({"source": "noaa"})
            heartbeat = ctx.heartbeat()
            checkpoint = ctx.checkpoint({"offset": 10}, source="sdk")
            output = ctx.output("summary", {"mean": 1.5})

            state = ctx.set_state("cursor", {"page": 3})
            state_read = ctx.get_state("cursor")
            state_keys = [entry.state_key for entry in ctx.list_state()]
            ctx.delete_state("cursor")
            with pytest.raises(NotFoundError):
                ctx.get_state("cursor")

            memory = ctx.set_memory("model/weights", [0.5, 0.25], ttl_secs=600)
            memory_read = ctx.get_memory("model/weights")
            memory_keys = [entry.memory_key for entry in ctx.list_memory()]
            ctx.delete_memory("model/weights")

            chunk = ctx.stream_chunk("line 1\n", stream_id="stdout")
            resources = ctx.resources(cpu_percent=3.0, memory_mb=128.0, memory_percent=12.5)
            snapshot = ctx.resource_snapshot(
                cpu_percent=3.0,
                memory_mb=128.0,
                memory_limit_mb=512.0,
                network_rx_bytes=10,
                network_tx_bytes=20,
            )

            child = ctx.spawn(job.slug, project_id=contract.server.project_id, payload={"part": 2})
            endpoint.next_dispatch().answer(200, {"child": True})
            continuation = ctx.continue_run({"part": 3})
            endpoint.next_dispatch().answer(200, {"continued": True})

            checkpoints = contract.api.runs.list_checkpoints(run_id)
            outputs = contract.api.runs.list_outputs(run_id)
            completed = ctx.complete({"rows": 3})
            with pytest.raises(GoneError):
                ctx.heartbeat()
    finally:
        dispatch.answer(200)

    assert payload == {"file": "co2.csv"}
    assert logged.data == {"columns": 4}
    assert progress.data == {"percent": 42.5, "step": "parse", "eta_seconds": 7}
    assert isinstance(annotated.metadata, StringMap)
    assert annotated.metadata["source"] == "noaa"
    assert heartbeat.status == "ok"
    assert checkpoint.sequence == 1
    assert output.value == {"mean": 1.5}
    assert state.state_key == "cursor"
    assert state_read.value == {"page": 3}
    assert state_keys == ["cursor"]
    assert memory.ttl_expires_at is not None
    assert memory_read.value == [0.5, 0.25]
    assert "model/weights" in memory_keys
    assert chunk.status == "ok"
    assert resources.status == "ok"
    assert snapshot.network_tx_bytes == 20
    assert child.parent_run_id == run_id
    assert continuation.continuation_of == run_id
    assert [item.state for item in checkpoints.data] == [{"offset": 10}]
    assert [item.output_key for item in outputs.data] == ["summary"]
    assert completed.status == RunStatus.COMPLETED


def test_wait_for_event_send_and_fail(contract: Contract, job: Job, endpoint: JobEndpoint) -> None:
    """Cover wait-for-event, sending the event and fail, the two run-plane calls left."""
    run_id, dispatch = start_run(contract.direct, job, endpoint, {})
    event_key = f"approval-{run_id}"
    try:
        with contract.run_context(dispatch) as ctx, contract.checked():
            waiting = ctx.wait_for_event(event_key, timeout_secs=120)
    finally:
        dispatch.answer(200, {"suspended": True})

    with contract.checked():
        trigger = contract.api.event_triggers.get(event_key)
        sent = contract.api.event_triggers.send(event_key, body=SendEventRequest(payload={"ok": 1}))

    resumed = endpoint.next_dispatch()
    try:
        with contract.run_context(resumed) as ctx, contract.checked():
            failed = ctx.fail("the approver said no")
    finally:
        resumed.answer(200)

    assert waiting.status == "waiting"
    assert trigger.status == "waiting"
    assert sent.status == "received"
    assert failed.status == RunStatus.FAILED


def test_workflow_create_trigger_get(contract: Contract, job: Job, endpoint: JobEndpoint) -> None:
    answering = threading.Thread(target=answer_dispatches, args=(endpoint, 2), daemon=True)
    answering.start()

    with contract.checked():
        workflow = contract.api.workflows.create(
            body=CreateWorkflowRequest(
                project_id=contract.server.project_id,
                name="extract then load",
                slug=f"contract-etl-{uuid.uuid4().hex[:8]}",
                steps=[
                    WorkflowStepRequest(step_ref="extract", job_id=job.id),
                    WorkflowStepRequest(step_ref="load", job_id=job.id, depends_on=["extract"]),
                ],
            )
        )
        started = contract.api.workflows.trigger(
            workflow.id, body=TriggerWorkflowRequest(payload={"day": 1})
        )
        fetched = contract.api.workflows.get(workflow.id)
        finished = wait_for_workflow(contract.api, started.id)
        steps = contract.api.workflow_runs.list_steps(started.id)

    answering.join(timeout=5)
    assert fetched.id == workflow.id
    assert str(finished.status) == "completed"
    assert [step.step_ref for step in steps.data] == ["extract", "load"]


def test_run_not_found(contract: Contract) -> None:
    with contract.checked(), pytest.raises(NotFoundError) as caught:
        contract.api.runs.get(UNKNOWN_ID)

    assert caught.value.code == "not_found"


def test_validation_failed(contract: Contract, endpoint: JobEndpoint) -> None:
    # The document allows any string as endpoint_url, so Prism forwards the request and the
    # 422 is the server's own, with its error envelope.
    request = CreateJobRequest(
        project_id=contract.server.project_id,
        name="Invalid endpoint",
        slug=f"contract-{uuid.uuid4().hex[:12]}",
        endpoint_url="not a url",
    )
    with contract.checked(), pytest.raises(UnprocessableEntityError) as caught:
        contract.api.jobs.create(body=request)

    assert caught.value.code == "validation_failed"
    assert caught.value.details == ["endpoint_url: failed on 'url'"]


def test_wrong_api_key(contract: Contract) -> None:
    with (
        Strait(
            base_url=contract.prism.base_url, api_key="strait_" + "0" * 64, max_retries=0
        ) as stranger,
        contract.checked(),
        pytest.raises(AuthenticationError) as caught,
    ):
        contract.recorder.attach(stranger)
        stranger.jobs.list()

    assert caught.value.code == "authentication_required"


def test_duplicate_slug(contract: Contract, job: Job) -> None:
    request = CreateJobRequest(
        project_id=contract.server.project_id,
        name="Same slug",
        slug=job.slug,
        endpoint_url="http://127.0.0.1:9/never-called",
    )
    with contract.checked(), pytest.raises(ConflictError) as caught:
        contract.api.jobs.create(body=request)

    assert caught.value.code == "conflict"


def test_check_detects_wrong_document(contract: Contract) -> None:
    """A document that contradicts the server fails `checked()`, naming method, path and field."""
    proxy = PrismProxy(contract.server.base_url, document=broken_document())

    with (
        proxy as base_url,
        Strait(base_url=base_url, api_key=contract.server.api_key, max_retries=0) as api,
    ):
        broken = Contract(
            contract.server, proxy, ResponseRecorder(), api, contract.direct, print_reports=False
        )
        broken.recorder.attach(api)

        with pytest.raises(AssertionError) as response_check, broken.checked():
            api.health.check()
        with pytest.raises(AssertionError) as request_check, broken.checked():
            api.get_httpx_client().post("/v1/jobs", json={"name": 5})
        # Prism only warns about an error status the document does not list, and passes the
        # response on, so the server's 404 still reaches the SDK.
        with pytest.raises(AssertionError) as status_check, broken.checked():
            api.runs.get(UNKNOWN_ID)

    response_report = str(response_check.value)
    assert isinstance(response_check.value.__cause__, InternalServerError)
    assert "GET /health [error] https://stoplight.io/prism/errors#VIOLATIONS" in response_report
    assert "GET /health [error] response.body.status: " in response_report

    request_report = str(request_check.value)
    assert "POST /v1/jobs [error] https://stoplight.io/prism/errors#UNPROCESSABLE" in request_report
    assert "POST /v1/jobs [error] body.name: " in request_report

    status_report = str(status_check.value)
    assert isinstance(status_check.value.__cause__, NotFoundError)
    warned = f"GET /v1/runs/{UNKNOWN_ID} [warning] response"
    assert f"{warned} Unable to match the returned status code" in status_report
    assert f"{warned}: Unable to match the returned status code" in status_report


def broken_document() -> dict[str, Any]:
    """Return the document cut to three routes, two of them changed to contradict the server.

    The health status is typed as an integer and get-run no longer lists its 404. The job
    route is unchanged, for a request that breaks it.
    """
    document = copy.deepcopy(bundle(OPENAPI_DIR))
    kept_routes = {"/health", "/v1/jobs", "/v1/runs/{runID}"}
    document["paths"] = {
        route: item for route, item in document["paths"].items() if route in kept_routes
    }
    document["components"]["schemas"]["HealthStatus"]["properties"]["status"] = {"type": "integer"}
    del document["paths"]["/v1/runs/{runID}"]["get"]["responses"]["404"]
    return document


def answer_dispatches(endpoint: JobEndpoint, count: int) -> None:
    for index in range(count):
        endpoint.next_dispatch().answer(200, {"step": index})


def wait_for_workflow(client: Strait, run_id: str) -> WorkflowRun:
    deadline = time.monotonic() + WORKFLOW_TIMEOUT_S
    while time.monotonic() < deadline:
        run = client.workflow_runs.get(run_id)
        if str(run.status) in WORKFLOW_TERMINAL:
            return run
        time.sleep(0.05)
    raise AssertionError(f"workflow run {run_id} did not finish within {WORKFLOW_TIMEOUT_S} s")
