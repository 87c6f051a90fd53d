"""Event trigger lists and GET /v1/events/{eventKey}/stream."""

from __future__ import annotations

import threading

import httpx

from strait_sdk.local_server import LocalStrait

from .helpers import create_workflow, iter_pages, iter_sse, sdk, trigger_workflow


def _wait(local: LocalStrait, run_id: str, token: str, key: str) -> None:
    with sdk(local, token) as run_plane:
        response = run_plane.post(f"/sdk/v1/runs/{run_id}/wait-for-event", json={"event_key": key})
    assert response.status_code == 200, response.text


def _event_step_workflow(api: httpx.Client, local: LocalStrait, key: str) -> str:
    workflow = create_workflow(
        api, local, [{"step_ref": "signal", "step_type": "wait_for_event", "event_key": key}]
    )
    run_id: str = trigger_workflow(api, workflow["id"])["id"]
    return run_id


def test_list_event_triggers_with_filters(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "job-key")
    workflow_run_id = _event_step_workflow(api, local, "step-key")
    api.delete("/v1/events/step-key")

    everything = api.get("/v1/events").json()
    by_source = api.get("/v1/events", params={"source_type": "job_run"}).json()
    by_run = api.get("/v1/events", params={"workflow_run_id": workflow_run_id}).json()
    by_status = api.get("/v1/events", params={"status": "waiting"}).json()

    assert [item["event_key"] for item in everything["data"]] == ["step-key", "job-key"]
    assert everything["has_more"] is False
    assert [item["event_key"] for item in by_source["data"]] == ["job-key"]
    assert [item["event_key"] for item in by_run["data"]] == ["step-key"]
    assert [item["event_key"] for item in by_status["data"]] == ["job-key"]


def test_event_trigger_pages_use_requested_at(api: httpx.Client, local: LocalStrait) -> None:
    _event_step_workflow(api, local, "first")
    workflow = create_workflow(
        api,
        local,
        [
            {"step_ref": f"s{index}", "step_type": "wait_for_event", "event_key": f"page-{index}"}
            for index in range(3)
        ],
        slug="three-waits",
    )
    trigger_workflow(api, workflow["id"])

    pages = list(iter_pages(api, "/v1/events", limit=2))

    assert [len(page["data"]) for page in pages] == [2, 2]
    assert pages[0]["next_cursor"] == pages[0]["data"][-1]["requested_at"]
    keys = [item["event_key"] for page in pages for item in page["data"]]
    assert keys == ["page-2", "page-1", "page-0", "first"]


def test_stream_sends_current_state_then_closes_on_send(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "approval")

    with api.stream("GET", "/v1/events/approval/stream") as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream"
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        frames = iter_sse(response)
        first = next(frames)
        sender = threading.Thread(
            target=api.post, args=("/v1/events/approval/send",), kwargs={"json": {"payload": 1}}
        )
        sender.start()
        rest = list(frames)
        sender.join()

    assert first.event == "status"
    assert first.json()["status"] == "waiting"
    assert first.json()["event_key"] == "approval"
    assert [frame.event for frame in rest] == ["status"]
    assert rest[0].json()["status"] == "received"
    assert rest[0].json()["response_payload"] == 1


def test_stream_of_finished_trigger_sends_one_frame(
    api: httpx.Client, local: LocalStrait, executing_run: tuple[str, str]
) -> None:
    run_id, token = executing_run
    _wait(local, run_id, token, "done")
    api.delete("/v1/events/done")

    with api.stream("GET", "/v1/events/done/stream") as response:
        frames = list(iter_sse(response))

    assert len(frames) == 1
    assert frames[0].json()["status"] == "canceled"


def test_stream_follows_workflow_step_trigger(api: httpx.Client, local: LocalStrait) -> None:
    _event_step_workflow(api, local, "wf-signal")

    with api.stream("GET", "/v1/events/wf-signal/stream") as response:
        frames = iter_sse(response)
        first = next(frames)
        canceler = threading.Thread(target=api.delete, args=("/v1/events/wf-signal",))
        canceler.start()
        rest = list(frames)
        canceler.join()

    assert first.json()["source_type"] == "workflow_step"
    assert [frame.json()["status"] for frame in rest] == ["canceled"]


def test_stream_of_unknown_trigger_is_404(api: httpx.Client) -> None:
    response = api.get("/v1/events/nobody/stream")

    assert response.status_code == 404
    assert response.json()["error"]["message"] == "event trigger not found"
