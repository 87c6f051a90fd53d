"""Every run-plane operation through RunContext, over real HTTP against the local server."""

from __future__ import annotations

from typing import Any

import pytest

from strait_sdk import (
    GoneError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    RunContext,
    Strait,
)
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job, RunStatus
from tests.e2e.run_plane_helpers import start_run
from tests.support.job_endpoint import JobEndpoint

PAYLOAD: dict[str, Any] = {"file": "co2.csv", "rows": [1, 2, 3], "note": "ünïcode"}


@pytest.fixture
def running(client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait) -> Any:
    run_id, dispatch = start_run(client, job, job_endpoint, PAYLOAD)
    ctx = RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    yield run_id, dispatch, ctx
    ctx.close()
    dispatch.answer(200, {"done": True})


def test_context_reads_dispatch(running: Any, job: Job) -> None:
    run_id, dispatch, ctx = running

    assert ctx.run_id == run_id
    assert ctx.attempt == 1
    assert ctx.job_id == job.id
    assert ctx.has_last_checkpoint is False
    assert dispatch.payload == PAYLOAD
    assert ctx.get_payload() == PAYLOAD


def test_log_and_progress(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    event = ctx.log("parsed the header", level="debug", data={"columns": 4})
    assert event.run_id == run_id
    assert event.message == "parsed the header"
    assert event.level == "debug"
    assert event.data == {"columns": 4}

    progress = ctx.progress(42.5, "halfway", step="parse", eta_seconds=7)
    assert progress.type_ == "progress"
    assert progress.data == {"percent": 42.5, "step": "parse", "eta_seconds": 7}

    events = client.runs.list_events(run_id, type_="progress")
    assert [e.message for e in events.data] == ["halfway"]


def test_annotate_merges_metadata(running: Any) -> None:
    _, _, ctx = running

    ctx.annotate({"source": "noaa"})
    run = ctx.annotate({"region": "mauna-loa"})

    assert run.metadata is not None
    assert run.metadata.additional_properties == {"source": "noaa", "region": "mauna-loa"}


def test_heartbeat_sets_timestamp(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    assert ctx.heartbeat().status == "ok"
    assert client.runs.get(run_id).heartbeat_at is not None


def test_checkpoints_count_up(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    first = ctx.checkpoint({"offset": 10})
    second = ctx.checkpoint({"offset": 20}, source="sdk")

    assert (first.sequence, second.sequence) == (1, 2)
    assert second.state == {"offset": 20}
    stored = client.runs.list_checkpoints(run_id)
    assert [c.state for c in stored.data] == [{"offset": 20}, {"offset": 10}]


def test_output_is_upserted(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    ctx.output("summary", {"mean": 1})
    replaced = ctx.output("summary", {"mean": 2})

    assert replaced.output_key == "summary"
    assert replaced.value == {"mean": 2}
    outputs = client.runs.list_outputs(run_id)
    assert [o.value for o in outputs.data] == [{"mean": 2}]


def test_state_round_trip(running: Any) -> None:
    _, _, ctx = running
    key = "cursor/with?odd#chars%..x"

    stored = ctx.set_state(key, {"page": 3})
    assert stored.state_key == key
    assert ctx.get_state(key).value == {"page": 3}
    assert [s.state_key for s in ctx.list_state()] == [key]

    ctx.delete_state(key)
    assert ctx.list_state() == []
    with pytest.raises(NotFoundError):
        ctx.get_state(key)


def test_memory_round_trip(running: Any) -> None:
    _, _, ctx = running

    entry = ctx.set_memory("model/weights", [0.5, 0.25], ttl_secs=600)
    assert entry.memory_key == "model/weights"
    assert entry.ttl_expires_at is not None
    assert ctx.get_memory("model/weights").value == [0.5, 0.25]
    assert "model/weights" in [m.memory_key for m in ctx.list_memory()]

    ctx.delete_memory("model/weights")
    with pytest.raises(NotFoundError):
        ctx.get_memory("model/weights")


def test_stream_and_resources(running: Any) -> None:
    _, _, ctx = running

    assert ctx.stream_chunk("line 1\n", stream_id="stdout").status == "ok"
    assert ctx.stream_chunk("", done=True).status == "ok"
    assert ctx.resources(memory_mb=128.0, memory_percent=12.5, cpu_percent=3.0).status == "ok"

    snapshot = ctx.resource_snapshot(
        cpu_percent=3.0,
        memory_mb=128.0,
        memory_limit_mb=512.0,
        network_rx_bytes=10,
        network_tx_bytes=20,
    )
    assert snapshot.memory_limit_mb == 512.0
    assert snapshot.network_tx_bytes == 20


def test_spawn_and_continue(
    running: Any, job: Job, strait_server: LocalStrait, job_endpoint: JobEndpoint
) -> None:
    run_id, _, ctx = running

    child = ctx.spawn(job.slug, project_id=strait_server.project_id, payload={"part": 2})
    assert child.parent_run_id == run_id
    assert child.triggered_by == "spawn"
    job_endpoint.next_dispatch().answer(200, {"child": True})

    continuation = ctx.continue_run({"part": 3})
    assert continuation.continuation_of == run_id
    assert continuation.lineage_depth == 1
    job_endpoint.next_dispatch().answer(200, {"continued": True})


def test_complete_finishes_run(running: Any, client: Strait) -> None:
    run_id, _, ctx = running

    run = ctx.complete({"rows": 3})

    assert run.status == RunStatus.COMPLETED
    assert run.result == {"rows": 3}
    with pytest.raises(GoneError) as caught:
        ctx.heartbeat()
    assert caught.value.status_code == 410
    assert client.runs.get(run_id).status == RunStatus.COMPLETED


def test_complete_keeps_empty_result(running: Any) -> None:
    _, _, ctx = running

    assert ctx.complete({}).result == {}


def test_fail_finishes_run(running: Any) -> None:
    _, _, ctx = running

    run = ctx.fail("the input file is empty")

    assert run.status == RunStatus.FAILED
    assert run.error == "the input file is empty"


def test_wait_for_event_resumes_run(
    running: Any, client: Strait, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, dispatch, ctx = running
    event_key = f"approval-{run_id}"

    waiting = ctx.wait_for_event(event_key, timeout_secs=120)
    assert waiting.status == "waiting"
    assert waiting.event_key == event_key
    assert client.runs.get(run_id).status == RunStatus.WAITING
    dispatch.answer(200, {"suspended": True})

    trigger = client.event_triggers.send(event_key, body=_send_body({"approved": True}))
    assert trigger.status == "received"

    resumed = job_endpoint.next_dispatch()
    assert resumed.headers["X-Run-ID"] == run_id
    assert resumed.headers["X-Attempt"] == "1"
    with RunContext.from_headers(resumed.headers, base_url=strait_server.base_url) as again:
        assert again.complete({"approved": True}).status == RunStatus.COMPLETED
    resumed.answer(200)

    checkpoints = client.runs.list_checkpoints(run_id)
    assert checkpoints.data[0].source == "event_trigger"
    assert checkpoints.data[0].state == {"approved": True}


def test_token_for_other_run_is_rejected(
    running: Any, client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    _, _, ctx = running
    other_run_id, other_dispatch = start_run(client, job, job_endpoint, {})

    # The SDK refuses locally; a raw request shows what the server answers.
    with pytest.raises(PermissionDeniedError) as caught:
        ctx.client.run_plane.heartbeat(other_run_id)
    assert caught.value.status_code == 403
    other_dispatch.answer(200)


def test_bad_arguments_fail_before_sending(running: Any) -> None:
    _, _, ctx = running

    with pytest.raises(InvalidArgumentError, match="percent"):
        ctx.progress(150, "too far")
    with pytest.raises(InvalidArgumentError, match="JSON value"):
        ctx.checkpoint({"when": object()})
    with pytest.raises(InvalidArgumentError, match="65536"):
        ctx.set_state("big", "x" * 70_000)
    with pytest.raises(InvalidArgumentError, match="at most 50"):
        ctx.annotate({f"k{i}": "v" for i in range(51)})


def _send_body(payload: Any) -> Any:
    from strait_sdk.models import SendEventRequest

    return SendEventRequest(payload=payload)
