"""Run routes on /v1/runs: filters, cancel, and the per-run lists."""

from __future__ import annotations

from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, Reply, sdk, trigger


def test_get_unknown_run_is_404(api: httpx.Client) -> None:
    response = api.get("/v1/runs/00000000-0000-7000-8000-000000000000")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "run not found"


def test_cancel_run_returns_canceled_run(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, _ = executing_run

    response = api.delete(f"/v1/runs/{run_id}")
    again = api.delete(f"/v1/runs/{run_id}")

    assert response.status_code == 200
    assert response.json()["status"] == "canceled"
    assert response.json()["error"] == "canceled by user"
    assert "finished_at" in response.json()
    assert again.status_code == 400
    assert again.json()["error"]["message"] == "run already in terminal state"


def test_cancel_cascades_to_children(
    api: httpx.Client,
    local: LocalStrait,
    endpoint: JobEndpoint,
    executing_run: tuple[str, str],
    registered_job: dict[str, Any],
) -> None:
    parent_id, token = executing_run
    endpoint.hold_next()
    with sdk(local, token) as run_plane:
        child = run_plane.post(
            f"/sdk/v1/runs/{parent_id}/spawn",
            json={"job_slug": registered_job["slug"], "project_id": local.project_id},
        ).json()

    api.delete(f"/v1/runs/{parent_id}")

    assert local.wait_for_run(child["id"], timeout=5)["status"] == "canceled"


def test_list_runs_filters_by_status(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, registered_job: dict[str, Any]
) -> None:
    endpoint.replies.append(Reply(status=400, body=b"bad"))
    api.patch(f"/v1/jobs/{registered_job['id']}", json={"max_attempts": 1})
    failed = trigger(api, registered_job["id"])["id"]
    local.wait_for_run(failed, timeout=5)
    completed = trigger(api, registered_job["id"])["id"]
    local.wait_for_run(completed, timeout=5)

    only_failed = api.get("/v1/runs", params={"status": "failed"}).json()["data"]
    both = api.get("/v1/runs", params=[("statuses", "failed"), ("statuses", "completed")]).json()
    invalid = api.get("/v1/runs", params={"status": "finished"})

    assert [run["id"] for run in only_failed] == [failed]
    assert [run["id"] for run in both["data"]] == [completed, failed]
    assert invalid.status_code == 400
    assert invalid.json()["error"]["message"] == "status is invalid"


def test_run_events_filter_by_level(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    with sdk(local, token) as run_plane:
        run_plane.post(f"/sdk/v1/runs/{run_id}/log", json={"message": "careful", "level": "warn"})

    events = api.get(f"/v1/runs/{run_id}/events", params={"level": "warn"}).json()

    assert [event["message"] for event in events["data"]] == ["careful"]
    assert events["has_more"] is False


def test_run_lists_of_unknown_run_are_404(api: httpx.Client) -> None:
    for suffix in ("events", "checkpoints", "outputs"):
        response = api.get(f"/v1/runs/00000000-0000-7000-8000-000000000000/{suffix}")
        assert response.status_code == 404, suffix
