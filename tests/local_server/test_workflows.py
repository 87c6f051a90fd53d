"""Workflow definitions: create, get, list, update, delete and their validation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import create_workflow, iter_pages, trigger_workflow


def _approval(ref: str, **fields: Any) -> dict[str, Any]:
    return {"step_ref": ref, "step_type": "approval", **fields}


def test_create_returns_workflow_with_steps(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, Any]
) -> None:
    response = api.post(
        "/v1/workflows",
        json={
            "project_id": local.project_id,
            "name": "Orders",
            "slug": "orders",
            "tags": {"team": "billing"},
            "steps": [
                {"step_ref": "charge", "job_id": registered_job["id"], "payload": {"n": 1}},
                _approval("review", depends_on=["charge"], approval_approvers=["ops"]),
            ],
        },
    )

    assert response.status_code == 201, response.text
    workflow = response.json()
    assert workflow["project_id"] == local.project_id
    assert workflow["enabled"] is True
    assert workflow["version"] == 1
    assert workflow["version_id"].startswith("ver_")
    assert workflow["tags"] == {"team": "billing"}
    assert workflow["created_at"] == workflow["updated_at"]
    for absent in ("description", "timeout_secs", "max_parallel_steps", "cron"):
        assert absent not in workflow

    charge, review = workflow["steps"]
    assert charge["workflow_id"] == workflow["id"]
    assert charge["step_type"] == "job"
    assert charge["on_failure"] == "fail_workflow"
    assert charge["depends_on"] == []
    assert charge["payload"] == {"n": 1}
    assert review["depends_on"] == ["charge"]
    assert review["approval_approvers"] == ["ops"]
    assert "job_id" not in review


def test_get_returns_steps_and_list_omits_them(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, Any]
) -> None:
    created = create_workflow(api, local, [{"step_ref": "a", "job_id": registered_job["id"]}])

    fetched = api.get(f"/v1/workflows/{created['id']}")
    listed = api.get("/v1/workflows")

    assert fetched.status_code == 200
    assert fetched.json() == created
    assert listed.status_code == 200
    assert listed.json()["has_more"] is False
    assert len(listed.json()["data"]) == 1
    assert "steps" not in listed.json()["data"][0]
    assert listed.json()["data"][0]["id"] == created["id"]


def test_list_pages_newest_first(api: httpx.Client, local: LocalStrait) -> None:
    created = [
        create_workflow(api, local, [_approval("a")], slug=f"wf-{i}")["id"] for i in range(3)
    ]

    pages = list(iter_pages(api, "/v1/workflows", limit=2))

    assert [len(page["data"]) for page in pages] == [2, 1]
    assert [item["id"] for page in pages for item in page["data"]] == list(reversed(created))


def test_list_filters_by_tag(api: httpx.Client, local: LocalStrait) -> None:
    create_workflow(api, local, [_approval("a")], slug="tagged", tags={"env": "prod"})
    create_workflow(api, local, [_approval("a")], slug="untagged")

    tagged = api.get("/v1/workflows", params={"tag_key": "env", "tag_value": "prod"}).json()
    missing_key = api.get("/v1/workflows", params={"tag_value": "prod"})

    assert [item["slug"] for item in tagged["data"]] == ["tagged"]
    assert missing_key.status_code == 400


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([{"step_type": "approval"}], "steps[0]: step_ref is required"),
        ([_approval("a"), _approval("a")], 'duplicate step_ref "a"'),
        ([_approval("a", depends_on=["zzz"])], 'step "a" depends on unknown step_ref "zzz"'),
        (
            [_approval("a", depends_on=["b"]), _approval("b", depends_on=["a"])],
            "depends_on forms a cycle, so these steps can never start: a, b",
        ),
        ([{"step_ref": "a"}], 'step "a": job_id is required for job steps'),
        ([{"step_ref": "a", "job_id": "nope"}], 'step "a": job "nope" not found'),
        (
            [{"step_ref": "a", "step_type": "sub_workflow", "sub_workflow_id": "x"}],
            'step "a": step_type sub_workflow is not supported by the local server',
        ),
        (
            [{"step_ref": "a", "step_type": "teleport"}],
            'step "a": step_type must be one of job, approval, sub_workflow, wait_for_event, sleep',
        ),
        (
            [_approval("a", on_failure="ignore")],
            'step "a": on_failure must be one of fail_workflow, skip_dependents, continue',
        ),
        (
            [{"step_ref": "a", "step_type": "sleep"}],
            'step "a": sleep steps need a positive sleep_duration_secs',
        ),
    ],
)
def test_invalid_steps_are_400(
    api: httpx.Client, local: LocalStrait, steps: list[dict[str, Any]], message: str
) -> None:
    body = {"project_id": local.project_id, "name": "W", "slug": "w", "steps": steps}

    response = api.post("/v1/workflows", json=body)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == message


def test_step_of_wrong_json_type_is_400(api: httpx.Client, local: LocalStrait) -> None:
    body = {"project_id": local.project_id, "name": "W", "slug": "w", "steps": [{"step_ref": 7}]}

    response = api.post("/v1/workflows", json=body)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "invalid request body: json: cannot unmarshal number into Go struct field "
        "createWorkflowRequest.steps.step_ref of type string"
    )


def test_missing_name_is_422(api: httpx.Client, local: LocalStrait) -> None:
    response = api.post("/v1/workflows", json={"project_id": local.project_id, "slug": "w"})

    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["name: failed on 'required'"]


def test_other_project_is_404(api: httpx.Client) -> None:
    body = {"project_id": "0190c8e4-0000-7000-8000-000000000000", "name": "W", "slug": "w"}

    response = api.post("/v1/workflows", json=body)

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "workflow not found"


def test_duplicate_slug_is_409(api: httpx.Client, local: LocalStrait) -> None:
    create_workflow(api, local, [_approval("a")], slug="same")

    body = {"project_id": local.project_id, "name": "W", "slug": "same"}
    response = api.post("/v1/workflows", json=body)

    assert response.status_code == 409


def test_update_bumps_version_and_keeps_step_ids(api: httpx.Client, local: LocalStrait) -> None:
    created = create_workflow(api, local, [_approval("a")])

    response = api.patch(
        f"/v1/workflows/{created['id']}",
        json={
            "name": "Renamed",
            "description": "two steps now",
            "steps": [_approval("a"), _approval("b", depends_on=["a"])],
        },
    )

    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["name"] == "Renamed"
    assert updated["description"] == "two steps now"
    assert updated["version"] == 2
    assert updated["version_id"] != created["version_id"]
    assert updated["steps"][0]["id"] == created["steps"][0]["id"]
    assert [step["step_ref"] for step in updated["steps"]] == ["a", "b"]
    assert "previous_version_id" not in updated


def test_update_reports_active_runs_on_previous_version(
    api: httpx.Client, local: LocalStrait
) -> None:
    created = create_workflow(api, local, [_approval("a")])
    trigger_workflow(api, created["id"])

    updated = api.patch(f"/v1/workflows/{created['id']}", json={"name": "New"}).json()

    assert updated["active_runs_on_previous_version"] == 1
    assert updated["previous_version_id"] == created["version_id"]


def test_update_cannot_remove_a_step(api: httpx.Client, local: LocalStrait) -> None:
    created = create_workflow(api, local, [_approval("a"), _approval("b")])

    response = api.patch(f"/v1/workflows/{created['id']}", json={"steps": [_approval("a")]})

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        'removing step_ref "b" is not supported; disable it with step overrides instead'
    )


def test_delete_workflow(api: httpx.Client, local: LocalStrait) -> None:
    created = create_workflow(api, local, [_approval("a")])
    run = trigger_workflow(api, created["id"])

    blocked = api.delete(f"/v1/workflows/{created['id']}")
    api.delete(f"/v1/workflow-runs/{run['id']}")
    deleted = api.delete(f"/v1/workflows/{created['id']}")
    after = api.get(f"/v1/workflows/{created['id']}")

    assert blocked.status_code == 409
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert "content-type" not in deleted.headers
    assert after.status_code == 404
