"""Event triggers: wait-for-event, sending the event, and spawn-await resumption."""

from __future__ import annotations

from typing import Any

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, b64url_json, create_job, sdk


def _wait(local: LocalStrait, run_id: str, token: str, key: str) -> httpx.Response:
    with sdk(local, token) as run_plane:
        return run_plane.post(f"/sdk/v1/runs/{run_id}/wait-for-event", json={"event_key": key})


def test_send_resumes_waiting_run(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    assert _wait(local, run_id, token, "approval/42").status_code == 200

    # The endpoint now replies 200, which must not complete the waiting run.
    endpoint.release_all()
    endpoint.wait_for_replies(1)
    assert api.get(f"/v1/runs/{run_id}").json()["status"] == "waiting"

    sent = api.post("/v1/events/approval%2F42/send", json={"payload": {"approved": True}})
    run = local.wait_for_run(run_id, timeout=5)

    assert sent.status_code == 200
    trigger = sent.json()
    assert trigger["status"] == "received"
    assert trigger["event_key"] == "approval/42"
    assert trigger["job_run_id"] == run_id
    assert "received_at" in trigger
    assert run["status"] == "completed"
    assert run["attempt"] == 1

    redispatch = endpoint.wait_for_dispatches(2)[1]
    assert redispatch.headers["x-attempt"] == "1"
    assert b64url_json(redispatch.token.split(".")[1])["attempt"] == 1
    assert "x-last-checkpoint" not in redispatch.headers

    checkpoints = api.get(f"/v1/runs/{run_id}/checkpoints").json()["data"]
    assert checkpoints[0]["source"] == "event_trigger"
    assert checkpoints[0]["state"] == {"approved": True}


def test_repeat_send_after_receive(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "order-9")
    assert api.post("/v1/events/order-9/send", json={"payload": {"n": 1}}).status_code == 200

    same = api.post("/v1/events/order-9/send", json={"payload": {"n": 1}})
    different = api.post("/v1/events/order-9/send", json={"payload": {"n": 2}})

    assert same.status_code == 200
    assert different.status_code == 409
    assert different.json()["error"]["message"] == "event trigger is not in waiting state"


def test_send_unknown_event_is_404(api: httpx.Client) -> None:
    response = api.post("/v1/events/nobody-waits/send", json={})

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "event trigger not found"


def test_get_event_trigger(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "lookup")

    response = api.get("/v1/events/lookup")

    assert response.status_code == 200
    trigger = response.json()
    assert trigger["status"] == "waiting"
    assert trigger["source_type"] == "job_run"
    assert trigger["timeout_secs"] == 3600
    for name in ("id", "project_id", "requested_at", "expires_at"):
        assert name in trigger


def test_event_key_in_use_is_409(
    api: httpx.Client,
    local: LocalStrait,
    endpoint: JobEndpoint,
    executing_run: tuple[str, str],
    registered_job: dict[str, Any],
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "shared-key")
    endpoint.hold_next()
    other_run = api.post(f"/v1/jobs/{registered_job['id']}/trigger", json={}).json()["id"]
    other_token = endpoint.wait_for_dispatches(2)[1].token

    response = _wait(local, other_run, other_token, "shared-key")

    assert response.status_code == 409
    assert response.json()["error"]["message"] == "event key already in use"


def test_waiting_run_cannot_wait_again(local: LocalStrait, executing_run: tuple[str, str]) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "first")

    response = _wait(local, run_id, token, "second")

    assert response.status_code == 409
    assert response.json()["error"]["message"] == (
        "run must be executing to wait for event, current status: waiting"
    )


def test_cancel_event_cancels_waiting_run(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "to-cancel")

    response = api.delete("/v1/events/to-cancel")

    assert response.status_code == 200
    assert response.json()["status"] == "canceled"
    assert local.wait_for_run(run_id, timeout=5)["status"] == "canceled"


def test_spawn_await_resumes_parent(
    api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint, executing_run: tuple[str, str]
) -> None:
    parent_id, token = executing_run
    create_job(api, local, endpoint.url, slug="child")
    endpoint.hold_next()

    with sdk(local, token) as run_plane:
        spawned = run_plane.post(
            f"/sdk/v1/runs/{parent_id}/spawn",
            json={"job_slug": "child", "project_id": local.project_id, "await_completion": True},
        ).json()

    assert spawned["await_completion"] is True
    assert spawned["await_event_key"] == f"spawn-await:{spawned['id']}"
    assert api.get(f"/v1/runs/{parent_id}").json()["status"] == "waiting"

    endpoint.release_all()
    assert local.wait_for_run(spawned["id"], timeout=5)["status"] == "completed"
    parent = local.wait_for_run(parent_id, timeout=5)
    assert parent["status"] == "completed"
    checkpoint = api.get(f"/v1/runs/{parent_id}/checkpoints").json()["data"][0]
    assert checkpoint["source"] == "event_trigger"
    assert checkpoint["state"]["run_id"] == spawned["id"]
    assert checkpoint["state"]["status"] == "completed"


def test_send_replays_response_for_same_key(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "idempotent-send")
    headers = {"Idempotency-Key": "send-1"}

    first = api.post("/v1/events/idempotent-send/send", json={"payload": 1}, headers=headers)
    # A different payload would be a 409 conflict; the stored response is replayed instead.
    second = api.post("/v1/events/idempotent-send/send", json={"payload": 2}, headers=headers)

    assert first.status_code == 200
    assert second.status_code == 200
    assert second.headers["idempotency-replayed"] == "true"
    assert second.json() == first.json()
