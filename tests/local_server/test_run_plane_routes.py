"""Each /sdk/v1 operation on an executing run: success status, body shape and effect."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, create_job, sdk


@pytest.fixture
def run_plane(local: LocalStrait, executing_run: tuple[str, str]) -> Iterator[httpx.Client]:
    run_id, token = executing_run
    with sdk(local, token) as client:
        client.base_url = httpx.URL(f"{local.base_url}/sdk/v1/runs/{run_id}/")
        yield client


@pytest.fixture
def run_id(executing_run: tuple[str, str]) -> str:
    return executing_run[0]


def test_payload_returns_raw_payload(run_plane: httpx.Client) -> None:
    response = run_plane.get("payload")

    assert response.status_code == 200
    assert response.json() == {"order": 7}


def test_log_creates_run_event(run_plane: httpx.Client, run_id: str) -> None:
    response = run_plane.post(
        "log", json={"message": "started", "level": "debug", "data": {"n": 1}}
    )

    assert response.status_code == 201
    event = response.json()
    assert event["run_id"] == run_id
    assert event["type"] == "log"
    assert event["level"] == "debug"
    assert event["message"] == "started"
    assert event["data"] == {"n": 1}
    assert set(event) == {"id", "run_id", "type", "level", "message", "data", "created_at"}


def test_log_defaults_and_required_message(run_plane: httpx.Client) -> None:
    defaults = run_plane.post("log", json={"message": "plain"}).json()
    missing = run_plane.post("log", json={"level": "info"})

    assert defaults["level"] == "info"
    assert defaults["type"] == "log"
    assert defaults["data"] == {}
    assert missing.status_code == 422
    assert missing.json()["error"]["details"] == ["message: failed on 'required'"]


def test_progress_creates_progress_event(run_plane: httpx.Client) -> None:
    response = run_plane.post(
        "progress", json={"message": "halfway", "percent": 50, "step": "load", "eta_seconds": 30}
    )

    assert response.status_code == 201
    event = response.json()
    assert event["type"] == "progress"
    assert event["level"] == "info"
    assert event["data"] == {"percent": 50, "step": "load", "eta_seconds": 30}
    assert '"percent":50,' in response.text


def test_progress_percent_over_100_is_422(run_plane: httpx.Client) -> None:
    response = run_plane.post("progress", json={"message": "too far", "percent": 100.5})

    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["percent: failed on 'max'"]


def test_annotate_merges_metadata(run_plane: httpx.Client) -> None:
    run_plane.post("annotate", json={"annotations": {"customer": "acme"}})
    response = run_plane.post("annotate", json={"annotations": {"region": "eu"}})

    assert response.status_code == 200
    assert response.json()["metadata"] == {"customer": "acme", "region": "eu"}
    assert response.json()["status"] == "executing"


@pytest.mark.parametrize(
    ("annotations", "status", "message"),
    [
        ({}, 422, None),
        ({f"k{i}": "v" for i in range(51)}, 400, "too many annotations (max 50)"),
        ({"  ": "v"}, 400, "annotation keys must be non-empty"),
        ({"k" * 129: "v"}, 400, None),
        ({"k": "v" * 1025}, 400, None),
    ],
    ids=["empty", "too-many", "blank-key", "long-key", "long-value"],
)
def test_annotate_limits(
    run_plane: httpx.Client, annotations: dict[str, str], status: int, message: str | None
) -> None:
    response = run_plane.post("annotate", json={"annotations": annotations})

    assert response.status_code == status
    if message is not None:
        assert response.json()["error"]["message"] == message


def test_heartbeat_sets_heartbeat_at(
    run_plane: httpx.Client, api: httpx.Client, run_id: str
) -> None:
    response = run_plane.post("heartbeat")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "heartbeat_at" in api.get(f"/v1/runs/{run_id}").json()


def test_checkpoint_sequence_increments(run_plane: httpx.Client, run_id: str) -> None:
    first = run_plane.post("checkpoint", json={"state": {"page": 1}})
    second = run_plane.post("checkpoint", json={"state": {"page": 2}, "source": "manual"})

    assert first.status_code == 201
    assert first.json()["sequence"] == 1
    assert first.json()["source"] == "sdk"
    assert second.json()["sequence"] == 2
    assert second.json()["source"] == "manual"
    assert set(first.json()) == {"id", "run_id", "sequence", "source", "state", "created_at"}


def test_output_upserts_by_key(run_plane: httpx.Client, api: httpx.Client, run_id: str) -> None:
    first = run_plane.post("output", json={"output_key": "report", "value": {"v": 1}})
    second = run_plane.post("output", json={"output_key": "report", "value": {"v": 2}})

    assert first.status_code == 201
    assert "schema" not in first.json()
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["value"] == {"v": 2}
    outputs = api.get(f"/v1/runs/{run_id}/outputs").json()["data"]
    assert [output["value"] for output in outputs] == [{"v": 2}]


def test_complete_finishes_run(run_plane: httpx.Client) -> None:
    response = run_plane.post("complete", json={"result": {"total": 3}})

    assert response.status_code == 200
    assert response.json()["status"] == "completed"
    assert response.json()["result"] == {"total": 3}
    assert run_plane.post("heartbeat").status_code == 410


@pytest.mark.parametrize("result", [{}, 0, False, ""])
def test_complete_keeps_empty_result(run_plane: httpx.Client, result: object) -> None:
    response = run_plane.post("complete", json={"result": result})

    assert response.json()["result"] == result


def test_complete_accepts_empty_body(run_plane: httpx.Client) -> None:
    response = run_plane.post("complete")

    assert response.status_code == 200
    assert "result" not in response.json()


def test_complete_result_over_body_limit_is_400(run_plane: httpx.Client) -> None:
    response = run_plane.post("complete", json={"result": "x" * 1_048_576})

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "invalid request body: unexpected EOF"


def test_fail_ends_run_without_retry(
    run_plane: httpx.Client, local: LocalStrait, run_id: str, endpoint: JobEndpoint
) -> None:
    response = run_plane.post("fail", json={"error": "bad input"})

    assert response.status_code == 200
    assert response.json()["status"] == "failed"
    assert response.json()["error"] == "bad input"
    endpoint.release_all()
    assert local.wait_for_run(run_id, timeout=5)["attempt"] == 1


def test_spawn_creates_dispatched_child(
    run_plane: httpx.Client,
    api: httpx.Client,
    local: LocalStrait,
    endpoint: JobEndpoint,
    run_id: str,
) -> None:
    create_job(api, local, endpoint.url, slug="child-job")

    response = run_plane.post(
        "spawn", json={"job_slug": "child-job", "project_id": local.project_id, "payload": {"c": 1}}
    )

    assert response.status_code == 201
    child = response.json()
    assert child["parent_run_id"] == run_id
    assert child["triggered_by"] == "spawn"
    assert "await_completion" not in child
    finished = local.wait_for_run(child["id"], timeout=5)
    assert finished["status"] == "completed"
    assert finished["payload"] == {"c": 1}


def test_spawn_into_other_project_needs_target_key(run_plane: httpx.Client) -> None:
    response = run_plane.post(
        "spawn", json={"job_slug": "any", "project_id": "00000000-0000-7000-8000-000000000000"}
    )

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "target_api_key is required for cross-project spawn"
    )


def test_spawn_unknown_slug_is_404(run_plane: httpx.Client, local: LocalStrait) -> None:
    response = run_plane.post("spawn", json={"job_slug": "nope", "project_id": local.project_id})

    assert response.status_code == 404


def test_continue_creates_continuation(
    run_plane: httpx.Client, local: LocalStrait, run_id: str
) -> None:
    response = run_plane.post("continue", json={"payload": {"page": 2}})

    assert response.status_code == 201
    continuation = response.json()
    assert continuation["continuation_of"] == run_id
    assert continuation["lineage_depth"] == 1
    assert continuation["triggered_by"] == "manual"
    assert continuation["payload"] == {"page": 2}
    assert local.wait_for_run(continuation["id"], timeout=5)["status"] == "completed"


def test_wait_for_event_moves_run_to_waiting(
    run_plane: httpx.Client, api: httpx.Client, run_id: str
) -> None:
    response = run_plane.post(
        "wait-for-event", json={"event_key": "approval-1", "timeout_secs": 60}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "waiting"
    assert body["event_key"] == "approval-1"
    assert body["expires_at"].endswith("Z")
    assert body["trigger_id"]
    assert api.get(f"/v1/runs/{run_id}").json()["status"] == "waiting"


def test_stream_accepts_chunks(run_plane: httpx.Client) -> None:
    response = run_plane.post("stream", json={"chunk": "partial", "done": False})

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_resources_records_sample(run_plane: httpx.Client, api: httpx.Client, run_id: str) -> None:
    response = run_plane.post("resources", json={"memory_mb": 512, "cpu_percent": 85})

    assert response.status_code == 201
    assert response.json() == {"status": "ok"}
    events = api.get(f"/v1/runs/{run_id}/events", params={"type": "resource_sample"}).json()
    assert [event["level"] for event in events["data"]] == ["warn"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"memory_mb": -1}, "memory_mb must be non-negative"),
        ({"memory_percent": 101}, "memory_percent must be between 0 and 100"),
        ({"cpu_percent": -0.5}, "cpu_percent must be between 0 and 100"),
    ],
)
def test_resources_range_checks(
    run_plane: httpx.Client, body: dict[str, Any], message: str
) -> None:
    response = run_plane.post("resources", json=body)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == message


def test_resource_snapshot_is_stored(run_plane: httpx.Client, run_id: str) -> None:
    response = run_plane.post(
        "resource-snapshot",
        json={
            "cpu_percent": 12.5,
            "memory_mb": 100,
            "memory_limit_mb": 1024,
            "network_rx_bytes": 9,
        },
    )

    assert response.status_code == 201
    snapshot = response.json()
    assert snapshot["run_id"] == run_id
    assert snapshot["cpu_percent"] == 12.5
    assert snapshot["network_rx_bytes"] == 9
    assert snapshot["network_tx_bytes"] == 0


def test_state_round_trip_with_encoded_key(run_plane: httpx.Client, run_id: str) -> None:
    key = "a/b?c#d%e..f"
    created = run_plane.post("state", json={"key": key, "value": {"x": 1}})
    listed = run_plane.get("state")
    fetched = run_plane.get("state/" + quote(key, safe=""))
    deleted = run_plane.delete("state/" + quote(key, safe=""))
    missing = run_plane.get("state/" + quote(key, safe=""))

    assert created.status_code == 201
    assert created.json() == {
        "run_id": run_id,
        "state_key": key,
        "value": {"x": 1},
        "updated_at": created.json()["updated_at"],
    }
    assert [entry["state_key"] for entry in listed.json()] == [key]
    assert fetched.json()["value"] == {"x": 1}
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert "content-type" not in deleted.headers
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "state key not found"


def test_state_limits(run_plane: httpx.Client) -> None:
    long_key = run_plane.post("state", json={"key": "k" * 257, "value": 1})
    big_value = run_plane.post("state", json={"key": "k", "value": "x" * 65_536})

    assert long_key.status_code == 400
    assert long_key.json()["error"]["message"] == "state key must be 256 characters or fewer"
    assert big_value.status_code == 400
    assert big_value.json()["error"]["message"] == "state value must not exceed 64KB"


def test_memory_round_trip_with_encoded_key(
    run_plane: httpx.Client, registered_job: dict[str, Any]
) -> None:
    path = "memory/" + quote("cache/../key", safe="")
    created = run_plane.post(path, json={"value": [1, 2], "ttl_secs": 60})
    fetched = run_plane.get(path)
    listed = run_plane.get("memory")
    deleted = run_plane.delete(path)

    assert created.status_code == 201
    memory = created.json()
    assert memory["memory_key"] == "cache/../key"
    assert memory["job_id"] == registered_job["id"]
    assert memory["size_bytes"] == len("[1,2]")
    assert "ttl_expires_at" in memory
    assert fetched.json()["value"] == [1, 2]
    assert [entry["memory_key"] for entry in listed.json()] == ["cache/../key"]
    assert deleted.status_code == 204
    assert run_plane.get(path).status_code == 404


def test_memory_is_shared_by_runs_of_a_job(
    run_plane: httpx.Client,
    local: LocalStrait,
    api: httpx.Client,
    endpoint: JobEndpoint,
    registered_job: dict[str, Any],
) -> None:
    run_plane.post("memory/counter", json={"value": 41})
    endpoint.hold_next()
    second_run = api.post(f"/v1/jobs/{registered_job['id']}/trigger", json={}).json()["id"]
    token = endpoint.wait_for_dispatches(2)[1].token

    with sdk(local, token) as other:
        response = other.get(f"/sdk/v1/runs/{second_run}/memory/counter")

    assert response.status_code == 200
    assert response.json()["value"] == 41
