"""Every run-plane operation through AsyncRunContext, over real HTTP against the local server."""

from __future__ import annotations

import asyncio

import pytest

from strait_sdk import AsyncRunContext, AsyncStrait, GoneError, NotFoundError, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job, RunStatus, SendEventRequest, StringMap
from tests.e2e.run_plane_helpers import start_run
from tests.support.job_endpoint import JobEndpoint


async def test_every_operation(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {"n": 1})

    async with AsyncRunContext.from_headers(
        dispatch.headers, base_url=strait_server.base_url
    ) as ctx:
        assert await ctx.get_payload() == {"n": 1}
        assert (await ctx.log("hello", data=[1, 2])).data == [1, 2]
        assert (await ctx.progress(10, "started")).data == {"percent": 10}
        run = await ctx.annotate({"owner": "tests"})
        assert isinstance(run.metadata, StringMap)
        assert run.metadata["owner"] == "tests"
        assert (await ctx.heartbeat()).status == "ok"
        assert (await ctx.checkpoint({"i": 1})).sequence == 1
        assert (await ctx.output("answer", 42)).value == 42

        assert (await ctx.set_state("k", "v")).value == "v"
        assert (await ctx.get_state("k")).value == "v"
        assert [s.state_key for s in await ctx.list_state()] == ["k"]
        await ctx.delete_state("k")
        assert await ctx.list_state() == []

        assert (await ctx.set_memory("m", {"a": 1})).value == {"a": 1}
        assert (await ctx.get_memory("m")).value == {"a": 1}
        assert "m" in [entry.memory_key for entry in await ctx.list_memory()]
        await ctx.delete_memory("m")
        with pytest.raises(NotFoundError):
            await ctx.get_memory("m")

        assert (await ctx.stream_chunk("tick")).status == "ok"
        assert (await ctx.resources(cpu_percent=50)).status == "ok"
        assert (await ctx.resource_snapshot(memory_mb=64.0)).memory_mb == 64.0

        child = await ctx.spawn(job.slug, project_id=strait_server.project_id)
        assert child.parent_run_id == run_id
        (await asyncio.to_thread(job_endpoint.next_dispatch)).answer(200)

        continuation = await ctx.continue_run()
        assert continuation.continuation_of == run_id
        (await asyncio.to_thread(job_endpoint.next_dispatch)).answer(200)

        completed = await ctx.complete(None)
        assert completed.status == RunStatus.COMPLETED
        with pytest.raises(GoneError):
            await ctx.fail("too late")

    dispatch.answer(200)


async def test_wait_then_fail(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> None:
    run_id, dispatch = await asyncio.to_thread(start_run, client, job, job_endpoint, {})

    async with AsyncRunContext.from_headers(
        dispatch.headers, base_url=strait_server.base_url
    ) as ctx:
        waiting = await ctx.wait_for_event(f"async-{run_id}")
        assert waiting.status == "waiting"
    dispatch.answer(200)

    async with AsyncStrait(base_url=strait_server.base_url, api_key=strait_server.api_key) as api:
        await api.event_triggers.send(f"async-{run_id}", body=SendEventRequest(payload={"go": 1}))
        resumed = await asyncio.to_thread(job_endpoint.next_dispatch)
        async with AsyncRunContext.from_headers(
            resumed.headers, base_url=strait_server.base_url
        ) as ctx:
            failed = await ctx.fail("the approver said no")
        resumed.answer(200)

        assert failed.status == RunStatus.FAILED
        assert (await api.runs.get(run_id)).status == RunStatus.FAILED
