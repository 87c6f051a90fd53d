"""Specification of the client's connection pool and of `idempotency_replayed` on results.

The pool tests count TCP connections at a real server on 127.0.0.1; the replay tests call the
local Strait server, whose idempotency middleware replays repeated keys.
"""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from strait_sdk import (
    AsyncStrait,
    InvalidArgumentError,
    Strait,
    _resource_mixins,
    _streams,
    _waiting,
)
from strait_sdk._client import DEFAULT_LIMITS
from strait_sdk._transport import AsyncInFlightLimit
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest, Job

API_KEY = "strait_" + "cd" * 32
CONCURRENT_CALLS = 50
STATUS_OK = b'{"status":"ok"}'


class CountingServer:
    """A keep-alive HTTP/1.1 server: StatusOk for every request, and a count of connections."""

    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        assert self._server is not None
        self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                # A short pause keeps all calls in flight at once.
                await asyncio.sleep(0.02)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(STATUS_OK), STATUS_OK)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def _two_waves(client: AsyncStrait) -> None:
    for _ in range(2):
        results = await asyncio.gather(
            *(client.run_plane.heartbeat(f"run_{n}") for n in range(CONCURRENT_CALLS))
        )
        assert all(result.status == "ok" for result in results)


async def test_default_pool_reuses_connections() -> None:
    server = CountingServer()
    url = await server.start()
    try:
        async with AsyncStrait(base_url=url, api_key=API_KEY) as client:
            await _two_waves(client)
    finally:
        await server.stop()

    # The calls share the whole pool, and the second wave finds every connection of the
    # first still open, so no connection is opened twice.
    pool_size = DEFAULT_LIMITS.max_connections
    assert pool_size is not None
    assert pool_size < CONCURRENT_CALLS
    assert server.connections == pool_size


async def test_limits_cap_connections() -> None:
    server = CountingServer()
    url = await server.start()
    limits = httpx.Limits(max_connections=5, max_keepalive_connections=5)
    try:
        async with AsyncStrait(base_url=url, api_key=API_KEY, limits=limits) as client:
            await _two_waves(client)
    finally:
        await server.stop()

    assert server.connections == 5


async def test_in_flight_wait_times_out() -> None:
    limit = AsyncInFlightLimit(1)
    holder = httpx.Request("GET", "http://127.0.0.1:9/a")
    waiter = httpx.Request(
        "GET",
        "http://127.0.0.1:9/b",
        extensions={"timeout": {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 0.05}},
    )

    await limit.acquire(holder)
    with pytest.raises(httpx.PoolTimeout, match=r"pool timeout of 0\.05 s"):
        await limit.acquire(waiter)

    limit.release()
    await limit.acquire(waiter)
    limit.release()


def test_in_flight_size_validated() -> None:
    with pytest.raises(InvalidArgumentError, match="at least 1"):
        AsyncInFlightLimit(0)


def test_default_limits_keep_all_alive() -> None:
    assert DEFAULT_LIMITS.max_keepalive_connections == DEFAULT_LIMITS.max_connections


def test_limits_with_transport_rejected() -> None:
    with pytest.raises(InvalidArgumentError, match="limits="):
        Strait(
            base_url="http://127.0.0.1:9",
            api_key=API_KEY,
            transport=httpx.HTTPTransport(),
            limits=httpx.Limits(max_connections=5),
        )


def _job_request(server: LocalStrait) -> CreateJobRequest:
    slug = f"replay-{uuid.uuid4().hex[:12]}"
    return CreateJobRequest(
        project_id=server.project_id,
        name=f"Replay {slug}",
        slug=slug,
        endpoint_url="http://127.0.0.1:9/never-called",
    )


def test_repeated_key_marks_replay(client: Strait, strait_server: LocalStrait) -> None:
    request = _job_request(strait_server)
    key = f"test-{uuid.uuid4().hex}"

    first = client.jobs.create(body=request, idempotency_key=key)
    second = client.jobs.create(body=request, idempotency_key=key)

    assert first.idempotency_replayed is False
    assert second.idempotency_replayed is True
    assert second.id == first.id


def test_replay_flag_not_serialized(client: Strait, strait_server: LocalStrait) -> None:
    job = client.jobs.create(body=_job_request(strait_server))

    assert job.idempotency_replayed is False
    assert "idempotency_replayed" not in job.to_dict()


def test_replay_flag_none_elsewhere(client: Strait, strait_server: LocalStrait) -> None:
    created = client.jobs.create(body=_job_request(strait_server))

    fetched = client.jobs.get(created.id)

    assert isinstance(fetched, Job)
    assert fetched.idempotency_replayed is None
    assert fetched == created


def test_mixin_defaults_match_sources() -> None:
    # The resource mixins repeat these defaults to avoid importing the modules that own them.
    assert _resource_mixins.DEFAULT_WAIT_TIMEOUT_S == _waiting.DEFAULT_WAIT_TIMEOUT_S
    assert _resource_mixins.INITIAL_POLL_INTERVAL_S == _waiting.INITIAL_POLL_INTERVAL_S
    assert _resource_mixins.MAX_POLL_INTERVAL_S == _waiting.MAX_POLL_INTERVAL_S
    assert _resource_mixins.DEFAULT_MAX_RECONNECTS == _streams.DEFAULT_MAX_RECONNECTS
    assert _resource_mixins.DEFAULT_RECONNECT_DELAY_S == _streams.DEFAULT_RECONNECT_DELAY_S
