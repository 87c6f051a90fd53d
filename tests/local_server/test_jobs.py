"""Job CRUD on /v1/jobs: defaults, validation, conflicts, partial updates and deletes."""

from __future__ import annotations

from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, create_job, trigger


def test_create_job_applies_defaults(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run", slug="defaults")

    assert job["project_id"] == local.project_id
    assert job["slug"] == "defaults"
    assert job["max_attempts"] == 3
    assert job["timeout_secs"] == 300
    assert job["enabled"] is True
    assert job["paused"] is False
    assert job["version"] == 1
    assert job["created_at"].endswith("Z")
    assert "description" not in job
    assert "cron" not in job


def test_create_job_never_returns_secrets(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(
        api,
        local,
        "http://127.0.0.1:9/run",
        endpoint_signing_secret="s" * 20,
        webhook_secret="w" * 20,
    )

    assert "endpoint_signing_secret" not in job
    assert "webhook_secret" not in job
    fetched = api.get(f"/v1/jobs/{job['id']}").json()
    assert "endpoint_signing_secret" not in fetched
    assert "webhook_secret" not in fetched


def test_create_job_keeps_optional_settings(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(
        api,
        local,
        "http://127.0.0.1:9/run",
        description="nightly export",
        tags={"team": "data"},
        queue_name="exports",
        max_attempts=5,
    )

    assert job["description"] == "nightly export"
    assert job["tags"] == {"team": "data"}
    assert job["queue"] == "exports"
    assert "queue_name" not in job
    assert job["max_attempts"] == 5


def test_create_job_in_other_project_is_403(api: httpx.Client) -> None:
    body = {
        "project_id": "00000000-0000-7000-8000-000000000000",
        "name": "n",
        "slug": "s",
        "endpoint_url": "http://127.0.0.1:9/run",
    }
    response = api.post("/v1/jobs", json=body)

    assert response.status_code == 403
    assert response.json()["error"] == {
        "code": "forbidden",
        "message": "project_id does not match authenticated project",
    }


def test_http_job_needs_endpoint_url(api: httpx.Client, local: LocalStrait) -> None:
    response = api.post("/v1/jobs", json={"project_id": local.project_id, "name": "n", "slug": "s"})

    assert response.status_code == 400
    assert "endpoint_url" in response.json()["error"]["message"]


def test_create_job_range_rules_are_422(api: httpx.Client, local: LocalStrait) -> None:
    body = {
        "project_id": local.project_id,
        "name": "n",
        "slug": "s",
        "endpoint_url": "not a url",
        "max_attempts": 101,
        "retry_priority_boost": 11,
    }
    response = api.post("/v1/jobs", json=body)

    assert response.status_code == 422
    assert response.json()["error"]["details"] == [
        "endpoint_url: failed on 'url'",
        "max_attempts: failed on 'max'",
        "retry_priority_boost: failed on 'max'",
    ]


def test_duplicate_slug_is_409(api: httpx.Client, local: LocalStrait) -> None:
    create_job(api, local, "http://127.0.0.1:9/run", slug="same")
    body = {
        "project_id": local.project_id,
        "name": "n",
        "slug": "same",
        "endpoint_url": "http://x.test/",
    }
    response = api.post("/v1/jobs", json=body)

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conflict"


def test_get_unknown_job_is_404(api: httpx.Client) -> None:
    response = api.get("/v1/jobs/00000000-0000-7000-8000-000000000000")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "job not found"


def test_list_jobs_filters_by_slug(api: httpx.Client, local: LocalStrait) -> None:
    create_job(api, local, "http://127.0.0.1:9/run", slug="alpha")
    beta = create_job(api, local, "http://127.0.0.1:9/run", slug="beta")

    page = api.get("/v1/jobs", params={"slug": "beta"}).json()

    assert [job["id"] for job in page["data"]] == [beta["id"]]
    assert page["has_more"] is False
    assert "next_cursor" not in page


def test_patch_changes_only_present_fields(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run", description="keep me", max_attempts=4)

    response = api.patch(f"/v1/jobs/{job['id']}", json={"name": "Renamed", "description": None})

    assert response.status_code == 200
    updated = response.json()
    assert updated["name"] == "Renamed"
    assert updated["description"] == "keep me"
    assert updated["max_attempts"] == 4
    assert updated["version"] == 2


def test_patch_validates_present_zero_values(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run")

    response = api.patch(f"/v1/jobs/{job['id']}", json={"max_attempts": 0})

    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["max_attempts: failed on 'min'"]


def test_delete_job_is_204_without_body(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run")

    response = api.delete(f"/v1/jobs/{job['id']}")

    assert response.status_code == 204
    assert response.content == b""
    assert "content-type" not in response.headers
    assert api.get(f"/v1/jobs/{job['id']}").status_code == 404


def test_delete_job_with_active_run_is_409(
    api: httpx.Client, registered_job: dict[str, Any], executing_run: tuple[str, str]
) -> None:
    response = api.delete(f"/v1/jobs/{registered_job['id']}")

    assert response.status_code == 409
    assert response.json()["error"]["message"].startswith("job has active runs")


def test_trigger_disabled_job_is_400(api: httpx.Client, local: LocalStrait) -> None:
    job = create_job(api, local, "http://127.0.0.1:9/run", enabled=False)

    response = api.post(f"/v1/jobs/{job['id']}/trigger", json={})

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "job is disabled"


def test_trigger_paused_job_is_409(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url)
    paused = api.post(f"/v1/jobs/{job['id']}/pause", json={"reason": "maintenance"}).json()
    assert paused["paused"] is True
    assert paused["pause_reason"] == "maintenance"

    response = api.post(f"/v1/jobs/{job['id']}/trigger", json={})
    assert response.status_code == 409

    resumed = api.post(f"/v1/jobs/{job['id']}/resume")
    assert resumed.json()["paused"] is False
    trigger(api, job["id"])
