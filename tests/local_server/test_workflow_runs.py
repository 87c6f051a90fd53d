"""Workflow runs: triggering, the step engine, approvals, skips, cancel and step lists."""

from __future__ import annotations

import json
from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import (
    JobEndpoint,
    Reply,
    create_job,
    create_workflow,
    iter_pages,
    step_runs_by_ref,
    trigger_workflow,
    wait_for_step_status,
    wait_for_workflow_run,
)


def _job_step(ref: str, job_id: str, **fields: Any) -> dict[str, Any]:
    return {"step_ref": ref, "job_id": job_id, **fields}


def _approval(ref: str, **fields: Any) -> dict[str, Any]:
    return {"step_ref": ref, "step_type": "approval", **fields}


def test_trigger_returns_running_run(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate")], tags={"team": "a"})

    response = api.post(
        f"/v1/workflows/{workflow['id']}/trigger",
        json={"payload": {"order": 1}, "tags": {"env": "test"}},
    )

    assert response.status_code == 201, response.text
    run = response.json()
    assert run["status"] == "running"
    assert run["workflow_id"] == workflow["id"]
    assert run["project_id"] == local.project_id
    assert run["triggered_by"] == "manual"
    assert run["workflow_version"] == 1
    assert run["workflow_version_id"] == workflow["version_id"]
    assert run["payload"] == {"order": 1}
    assert run["tags"] == {"team": "a", "env": "test"}
    assert "started_at" in run
    assert "finished_at" not in run
    assert api.get(f"/v1/workflow-runs/{run['id']}").json() == run


def test_trigger_disabled_workflow_is_409(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate")], enabled=False)

    response = api.post(f"/v1/workflows/{workflow['id']}/trigger", json={})

    assert response.status_code == 409
    assert response.json()["error"]["message"] == "workflow is disabled"


def test_trigger_replays_for_same_idempotency_key(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate")])
    headers = {"Idempotency-Key": "wf-1"}

    first = api.post(f"/v1/workflows/{workflow['id']}/trigger", json={}, headers=headers)
    second = api.post(f"/v1/workflows/{workflow['id']}/trigger", json={}, headers=headers)

    assert first.status_code == 201
    assert second.status_code == 201
    assert second.headers["idempotency-replayed"] == "true"
    assert second.json()["id"] == first.json()["id"]
    assert len(api.get("/v1/workflow-runs").json()["data"]) == 1


def test_two_job_steps_run_in_order(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url)
    endpoint.replies.extend([Reply(body=b'{"step":"first"}'), Reply(body=b'{"step":"second"}')])
    workflow = create_workflow(
        api,
        local,
        [
            _job_step("first", job["id"]),
            _job_step("second", job["id"], depends_on=["first"], payload={"from": "step"}),
        ],
    )

    run = trigger_workflow(api, workflow["id"], payload={"from": "run"})
    finished = wait_for_workflow_run(api, run["id"])

    assert finished["status"] == "completed"
    assert "finished_at" in finished
    steps = step_runs_by_ref(api, run["id"])
    assert steps["first"]["status"] == "completed"
    assert steps["first"]["output"] == {"step": "first"}
    assert steps["second"]["output"] == {"step": "second"}
    assert steps["second"]["deps_completed"] == 1
    assert steps["second"]["deps_required"] == 1
    assert steps["second"]["attempt"] == 1

    first_dispatch, second_dispatch = endpoint.wait_for_dispatches(2)
    assert first_dispatch.headers["x-run-id"] == steps["first"]["job_run_id"]
    assert second_dispatch.headers["x-run-id"] == steps["second"]["job_run_id"]
    assert json.loads(first_dispatch.body) == {"from": "run"}
    assert json.loads(second_dispatch.body) == {"from": "step"}

    job_run = api.get(f"/v1/runs/{steps['second']['job_run_id']}").json()
    assert job_run["triggered_by"] == "workflow"
    assert job_run["workflow_step_run_id"] == steps["second"]["id"]


def test_failed_job_step_fails_workflow(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url, max_attempts=1)
    endpoint.replies.append(Reply(status=500, body=b"boom"))
    workflow = create_workflow(
        api,
        local,
        [_job_step("charge", job["id"]), _approval("later", depends_on=["charge"])],
    )

    run = trigger_workflow(api, workflow["id"])
    finished = wait_for_workflow_run(api, run["id"])

    assert finished["status"] == "failed"
    assert finished["error"] == 'step "charge" failed: endpoint returned HTTP 500: boom'
    steps = step_runs_by_ref(api, run["id"])
    assert steps["charge"]["status"] == "failed"
    assert steps["later"]["status"] == "canceled"


def test_skip_dependents_policy(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    # The failing job has an endpoint of its own, because "flaky" and "independent"
    # start at the same time and would race for a shared endpoint's queued reply.
    failing_endpoint = JobEndpoint(replies=[Reply(status=500)])
    try:
        failing = create_job(api, local, failing_endpoint.url, slug="failing", max_attempts=1)
        job = create_job(api, local, endpoint.url)
        workflow = create_workflow(
            api,
            local,
            [
                _job_step("flaky", failing["id"], on_failure="skip_dependents"),
                _job_step("after", job["id"], depends_on=["flaky"]),
                _job_step("much_later", job["id"], depends_on=["after"]),
                _job_step("independent", job["id"]),
            ],
        )

        run = trigger_workflow(api, workflow["id"])
        finished = wait_for_workflow_run(api, run["id"])
    finally:
        failing_endpoint.close()

    steps = step_runs_by_ref(api, run["id"])
    assert finished["status"] == "completed"
    assert steps["flaky"]["status"] == "failed"
    assert steps["after"]["status"] == "skipped"
    assert steps["much_later"]["status"] == "skipped"
    assert steps["independent"]["status"] == "completed"


def test_continue_policy_lets_dependents_run(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint
) -> None:
    job = create_job(api, local, endpoint.url, max_attempts=1)
    endpoint.replies.append(Reply(status=500))
    workflow = create_workflow(
        api,
        local,
        [
            _job_step("flaky", job["id"], on_failure="continue"),
            _job_step("after", job["id"], depends_on=["flaky"]),
        ],
    )

    run = trigger_workflow(api, workflow["id"])
    finished = wait_for_workflow_run(api, run["id"])

    steps = step_runs_by_ref(api, run["id"])
    assert finished["status"] == "completed"
    assert steps["flaky"]["status"] == "failed"
    assert steps["after"]["status"] == "completed"


def test_approval_step_waits_for_approve(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api, local, [_approval("gate", approval_approvers=["lead"]), _approval("second_gate")]
    )
    run = trigger_workflow(api, workflow["id"])
    assert step_runs_by_ref(api, run["id"])["gate"]["status"] == "waiting"

    response = api.post(
        f"/v1/workflow-runs/{run['id']}/steps/gate/approve", json={"approver": "lead"}
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["step_run"]["status"] == "completed"
    assert body["step_run"]["step_ref"] == "gate"
    assert body["approval"]["status"] == "approved"
    assert body["approval"]["approved_by"] == "lead"
    assert body["approval"]["approvers"] == ["lead"]
    assert body["approval"]["workflow_step_run_id"] == body["step_run"]["id"]
    assert api.get(f"/v1/workflow-runs/{run['id']}").json()["status"] == "running"

    api.post(f"/v1/workflow-runs/{run['id']}/steps/second_gate/approve", json={})
    assert wait_for_workflow_run(api, run["id"])["status"] == "completed"


def test_approve_errors(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, Any], endpoint: JobEndpoint
) -> None:
    endpoint.hold_next()
    workflow = create_workflow(
        api, local, [_approval("gate"), _job_step("work", registered_job["id"])]
    )
    run = trigger_workflow(api, workflow["id"])
    base = f"/v1/workflow-runs/{run['id']}/steps"
    api.post(f"{base}/gate/approve", json={})

    again = api.post(f"{base}/gate/approve", json={})
    not_approval = api.post(f"{base}/work/approve", json={})
    unknown_step = api.post(f"{base}/nope/approve", json={})
    unknown_run = api.post("/v1/workflow-runs/nope/steps/gate/approve", json={})

    assert again.status_code == 409
    assert not_approval.status_code == 400
    assert unknown_step.status_code == 404
    assert unknown_run.status_code == 404
    assert unknown_run.json()["error"]["message"] == "workflow run not found"


def test_skip_lets_dependents_start(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api, local, [_approval("gate"), _approval("next", depends_on=["gate"])]
    )
    run = trigger_workflow(api, workflow["id"])

    response = api.post(f"/v1/workflow-runs/{run['id']}/steps/gate/skip", json={"reason": "n/a"})

    assert response.status_code == 200
    assert response.json()["step_run"]["status"] == "skipped"
    steps = step_runs_by_ref(api, run["id"])
    assert steps["next"]["status"] == "waiting"
    assert steps["next"]["deps_completed"] == 1
    repeat = api.post(f"/v1/workflow-runs/{run['id']}/steps/gate/skip", json={})
    assert repeat.status_code == 409


def test_step_overrides_skip_disabled_steps(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate"), _approval("other")])

    run = trigger_workflow(
        api, workflow["id"], step_overrides=[{"step_ref": "gate", "enabled": False}]
    )

    steps = step_runs_by_ref(api, run["id"])
    assert steps["gate"]["status"] == "skipped"
    assert steps["other"]["status"] == "waiting"
    unknown = api.post(
        f"/v1/workflows/{workflow['id']}/trigger",
        json={"step_overrides": [{"step_ref": "missing", "enabled": False}]},
    )
    assert unknown.status_code == 400


def test_cancel_workflow_run(
    api: httpx.Client, local: LocalStrait, registered_job: dict[str, Any], endpoint: JobEndpoint
) -> None:
    endpoint.hold_next()
    workflow = create_workflow(
        api, local, [_job_step("work", registered_job["id"]), _approval("gate")]
    )
    run = trigger_workflow(api, workflow["id"])
    endpoint.wait_for_dispatches(1)
    job_run_id = step_runs_by_ref(api, run["id"])["work"]["job_run_id"]

    canceled = api.delete(f"/v1/workflow-runs/{run['id']}")
    again = api.delete(f"/v1/workflow-runs/{run['id']}")

    assert canceled.status_code == 200
    assert canceled.json()["status"] == "canceled"
    assert canceled.json()["error"] == "canceled by user"
    assert "finished_at" in canceled.json()
    assert again.status_code == 400
    steps = step_runs_by_ref(api, run["id"])
    assert steps["work"]["status"] == "canceled"
    assert steps["gate"]["status"] == "canceled"
    assert local.wait_for_run(job_run_id, timeout=5)["status"] == "canceled"


def test_wait_for_event_step_completes_on_send(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api,
        local,
        [{"step_ref": "signal", "step_type": "wait_for_event", "event_key": "order-7/paid"}],
    )
    run = trigger_workflow(api, workflow["id"])
    step = step_runs_by_ref(api, run["id"])["signal"]

    trigger = api.get("/v1/events/order-7%2Fpaid").json()
    sent = api.post("/v1/events/order-7%2Fpaid/send", json={"payload": {"paid": True}})

    assert trigger["source_type"] == "workflow_step"
    assert trigger["workflow_run_id"] == run["id"]
    assert trigger["workflow_step_run_id"] == step["id"]
    assert "job_run_id" not in trigger
    assert sent.status_code == 200
    assert wait_for_workflow_run(api, run["id"])["status"] == "completed"
    assert step_runs_by_ref(api, run["id"])["signal"]["output"] == {"paid": True}


def test_canceled_event_trigger_fails_step(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api, local, [{"step_ref": "signal", "step_type": "wait_for_event", "event_key": "k"}]
    )
    run = trigger_workflow(api, workflow["id"])

    assert api.delete("/v1/events/k").status_code == 200

    finished = wait_for_workflow_run(api, run["id"])
    assert finished["status"] == "failed"
    assert step_runs_by_ref(api, run["id"])["signal"]["error"] == 'event trigger "k" was canceled'


def test_sleep_step_completes_after_duration(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api, local, [{"step_ref": "nap", "step_type": "sleep", "sleep_duration_secs": 1}]
    )
    run = trigger_workflow(api, workflow["id"])

    assert step_runs_by_ref(api, run["id"])["nap"]["status"] == "waiting"
    assert wait_for_workflow_run(api, run["id"], timeout=5)["status"] == "completed"


def test_approval_timeout_fails_step(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate", approval_timeout_secs=1)])
    run = trigger_workflow(api, workflow["id"])

    finished = wait_for_workflow_run(api, run["id"], timeout=5)

    assert finished["status"] == "failed"
    assert finished["error"] == 'step "gate" failed: approval timed out'
    late = api.post(f"/v1/workflow-runs/{run['id']}/steps/gate/approve", json={})
    assert late.status_code == 409


def test_workflow_timeout_ends_run(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate")], timeout_secs=1)
    run = trigger_workflow(api, workflow["id"])

    finished = wait_for_workflow_run(api, run["id"], timeout=5)

    assert "expires_at" in run
    assert finished["status"] == "timed_out"
    assert finished["error"] == "workflow run did not finish within 1s"
    assert step_runs_by_ref(api, run["id"])["gate"]["status"] == "canceled"


def test_max_parallel_steps_limits_started_steps(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(
        api, local, [_approval("a"), _approval("b"), _approval("c")], max_parallel_steps=2
    )
    run = trigger_workflow(api, workflow["id"])

    before = {ref: step["status"] for ref, step in step_runs_by_ref(api, run["id"]).items()}
    api.post(f"/v1/workflow-runs/{run['id']}/steps/a/approve", json={})
    after = wait_for_step_status(api, run["id"], "c", "waiting")

    assert before == {"a": "waiting", "b": "waiting", "c": "pending"}
    assert after["status"] == "waiting"


def test_step_runs_page_oldest_first(api: httpx.Client, local: LocalStrait) -> None:
    refs = [f"s{i}" for i in range(5)]
    workflow = create_workflow(api, local, [_approval(ref) for ref in refs])
    run = trigger_workflow(api, workflow["id"])

    pages = list(iter_pages(api, f"/v1/workflow-runs/{run['id']}/steps", limit=2))

    assert [len(page["data"]) for page in pages] == [2, 2, 1]
    assert [step["step_ref"] for page in pages for step in page["data"]] == refs
    for page in pages[:-1]:
        assert page["next_cursor"] == page["data"][-1]["created_at"]


def test_list_workflow_runs_filters(api: httpx.Client, local: LocalStrait) -> None:
    workflow = create_workflow(api, local, [_approval("gate")])
    other = create_workflow(api, local, [_approval("gate")], slug="other")
    running = trigger_workflow(api, workflow["id"])
    canceled = trigger_workflow(api, workflow["id"])
    api.delete(f"/v1/workflow-runs/{canceled['id']}")
    elsewhere = trigger_workflow(api, other["id"])

    by_status = api.get("/v1/workflow-runs", params={"status": "canceled"}).json()
    everything = api.get("/v1/workflow-runs").json()
    by_workflow = api.get(f"/v1/workflows/{workflow['id']}/runs").json()
    bad_status = api.get("/v1/workflow-runs", params={"status": "sleeping"})

    assert [item["id"] for item in by_status["data"]] == [canceled["id"]]
    assert [item["id"] for item in everything["data"]] == [
        elsewhere["id"],
        canceled["id"],
        running["id"],
    ]
    assert [item["id"] for item in by_workflow["data"]] == [canceled["id"], running["id"]]
    assert bad_status.status_code == 400
