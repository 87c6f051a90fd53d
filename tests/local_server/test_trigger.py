"""POST /v1/jobs/{jobID}/trigger: response shapes, payload hash, dry runs and idempotency."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, create_job


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_trigger_returns_run_summary(api: httpx.Client, registered_job: dict[str, Any]) -> None:
    response = api.post(
        f"/v1/jobs/{registered_job['id']}/trigger", json={"payload": {"b": 2, "a": [1, "x"]}}
    )

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "status", "payload_hash", "idempotency_hit"}
    assert body["status"] == "queued"
    assert body["idempotency_hit"] is False
    assert body["payload_hash"] == _sha256(
        json.dumps({"a": [1, "x"], "b": 2}, separators=(",", ":"))
    )


def test_trigger_without_payload_hashes_empty_object(
    api: httpx.Client, registered_job: dict[str, Any]
) -> None:
    response = api.post(f"/v1/jobs/{registered_job['id']}/trigger")

    assert response.status_code == 201
    assert response.json()["payload_hash"] == _sha256("{}")


def test_trigger_unknown_job_is_404(api: httpx.Client) -> None:
    response = api.post("/v1/jobs/00000000-0000-7000-8000-000000000000/trigger", json={})

    assert response.status_code == 404


def test_trigger_priority_above_10_is_422(
    api: httpx.Client, registered_job: dict[str, Any]
) -> None:
    response = api.post(f"/v1/jobs/{registered_job['id']}/trigger", json={"priority": 11})

    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["priority: failed on 'max'"]


def test_future_schedule_makes_run_delayed(
    api: httpx.Client, registered_job: dict[str, Any], local: LocalStrait
) -> None:
    scheduled_at = (datetime.now(UTC) + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    response = api.post(
        f"/v1/jobs/{registered_job['id']}/trigger", json={"scheduled_at": scheduled_at}
    )

    assert response.status_code == 201
    assert response.json()["status"] == "delayed"
    run = api.get(f"/v1/runs/{response.json()['id']}").json()
    assert run["status"] == "delayed"
    assert "scheduled_at" in run


def test_past_schedule_is_400(api: httpx.Client, registered_job: dict[str, Any]) -> None:
    response = api.post(
        f"/v1/jobs/{registered_job['id']}/trigger", json={"scheduled_at": "2020-01-01T00:00:00Z"}
    )

    assert response.status_code == 400


def test_dry_run_creates_no_run(api: httpx.Client, registered_job: dict[str, Any]) -> None:
    response = api.post(
        f"/v1/jobs/{registered_job['id']}/trigger", json={"dry_run": True, "payload": {"k": 1}}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["job"]["id"] == registered_job["id"]
    assert body["job"]["execution_mode"] == "http"
    assert body["payload_hash"] == _sha256('{"k":1}')
    assert body["payload"] == {"k": 1}
    assert "expires_at" in body
    assert api.get("/v1/runs").json()["data"] == []


def test_idempotency_key_replays_first_response(
    api: httpx.Client, registered_job: dict[str, Any]
) -> None:
    path = f"/v1/jobs/{registered_job['id']}/trigger"
    first = api.post(path, json={"payload": {"n": 1}}, headers={"Idempotency-Key": "order-1"})
    second = api.post(path, json={"payload": {"n": 2}}, headers={"Idempotency-Key": "order-1"})

    assert first.status_code == 201
    assert "idempotency-replayed" not in first.headers
    assert second.status_code == 201
    assert second.headers["idempotency-replayed"] == "true"
    assert second.json() == first.json()
    assert len(api.get("/v1/runs").json()["data"]) == 1


def test_idempotency_key_too_long_is_400(api: httpx.Client, registered_job: dict[str, Any]) -> None:
    response = api.post(
        f"/v1/jobs/{registered_job['id']}/trigger", json={}, headers={"Idempotency-Key": "k" * 257}
    )

    assert response.status_code == 400


def test_failed_request_does_not_store_key(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run", enabled=False)
    path = f"/v1/jobs/{job['id']}/trigger"
    assert api.post(path, json={}, headers={"Idempotency-Key": "retry-me"}).status_code == 400

    api.patch(f"/v1/jobs/{job['id']}", json={"enabled": True})
    response = api.post(path, json={}, headers={"Idempotency-Key": "retry-me"})

    assert response.status_code == 201
    assert "idempotency-replayed" not in response.headers


def test_run_level_idempotency_hit_is_200(
    api: httpx.Client, registered_job: dict[str, Any]
) -> None:
    path = f"/v1/jobs/{registered_job['id']}/trigger"
    first = api.post(path, json={}, headers={"X-Idempotency-Key": "run-key"}).json()

    # A different Idempotency-Key misses the response cache; the handler then finds
    # the run stored with X-Idempotency-Key "run-key".
    response = api.post(
        path, json={}, headers={"X-Idempotency-Key": "run-key", "Idempotency-Key": "other"}
    )

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"id", "status", "idempotency_hit"}
    assert body["id"] == first["id"]
    assert body["idempotency_hit"] is True
    assert api.get(f"/v1/runs/{first['id']}").json()["idempotency_key"] == "run-key"


def test_create_job_is_idempotent(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    body = {
        "project_id": local.project_id,
        "name": "n",
        "slug": "idem",
        "endpoint_url": endpoint.url,
    }
    first = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "create-1"})
    second = api.post("/v1/jobs", json=body, headers={"Idempotency-Key": "create-1"})

    assert first.status_code == 201
    assert second.status_code == 201
    assert second.headers["idempotency-replayed"] == "true"
    assert second.json()["id"] == first.json()["id"]


def test_triggered_run_has_always_present_fields(
    api: httpx.Client, registered_job: dict[str, Any], local: LocalStrait
) -> None:
    run_id = api.post(f"/v1/jobs/{registered_job['id']}/trigger", json={}).json()["id"]
    run = local.wait_for_run(run_id, timeout=5)

    for name in (
        "id",
        "job_id",
        "project_id",
        "status",
        "attempt",
        "triggered_by",
        "priority",
        "job_version",
        "debug_mode",
        "lineage_depth",
        "created_at",
    ):
        assert name in run, name
    assert run["triggered_by"] == "manual"
    assert None not in run.values()
    assert "error" not in run
