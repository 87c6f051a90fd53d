"""The per-call cases: each SDK call next to the raw httpx call that sends the same request.

The raw side is what a careful hand-written client does: one long-lived httpx client with the
same base URL, timeout and connection pool as the SDK's, the same headers on the wire, and
`.json()` on the response. The SDK generates a fresh `X-Request-Id` per call. The raw side
sends a fixed one, so that the cost of making it counts as SDK overhead.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
from attrs import frozen

from strait_sdk import AsyncRunContext, AsyncStrait, RunContext, Strait, __version__

from .errors import BenchmarkError
from .local_target import PAGE_SIZE, Target
from .payloads import checkpoint_state, log_data

LOG_MESSAGE = "wrote a batch"
FIXED_REQUEST_ID = "req_" + "0" * 32


@frozen
class SyncCase:
    name: str
    sdk: Callable[[], Any]
    raw: Callable[[], Any]
    check: Callable[[Any, Any], None]


@frozen
class AsyncCase:
    name: str
    sdk: Callable[[], Awaitable[Any]]
    raw: Callable[[], Awaitable[Any]]
    check: Callable[[Any, Any], None]


def _same(name: str, sdk_value: object, raw_value: object) -> None:
    if sdk_value != raw_value:
        raise BenchmarkError(f"{name}: the SDK returned {sdk_value!r}, raw httpx {raw_value!r}")


def _check_heartbeat(sdk: Any, raw: Any) -> None:
    _same("heartbeat status", sdk.status, raw["status"])


def _check_log(sdk: Any, raw: Any) -> None:
    _same("log message", sdk.message, raw["message"])
    _same("log run id", sdk.run_id, raw["run_id"])


def _check_checkpoint(sdk: Any, raw: Any) -> None:
    _same("checkpoint run id", sdk.run_id, raw["run_id"])
    _same("checkpoint state", sdk.state, raw["state"])


def _check_run(sdk: Any, raw: Any) -> None:
    _same("run id", sdk.id, raw["id"])
    _same("run body", sdk.to_dict()["result"], raw["result"])


def _check_page(sdk: Any, raw: Any) -> None:
    _same("page size", len(sdk.data), len(raw["data"]))
    _same("page size", len(sdk.data), PAGE_SIZE)
    _same("first run id", sdk.data[0].id, raw["data"][0]["id"])


def raw_headers(credential: str) -> dict[str, str]:
    return {
        "User-Agent": f"strait-sdk-python/{__version__}",
        "Accept": "application/json",
        "Authorization": f"Bearer {credential}",
        "X-Request-Id": FIXED_REQUEST_ID,
    }


def check_case(name: str, check: Callable[[Any, Any], None], sdk: Any, raw: Any) -> None:
    """Run a case's check on one SDK result and one raw result, naming the case on failure."""
    try:
        check(sdk, raw)
    except (BenchmarkError, AttributeError, KeyError, TypeError) as error:
        raise BenchmarkError(f"case {name!r} does not compare like with like: {error}") from error


@contextlib.contextmanager
def sync_cases(target: Target) -> Iterator[list[SyncCase]]:
    """Build the SDK clients and their raw twins for `target`, and close them afterwards."""
    state, data = checkpoint_state(), log_data()
    run_path = f"/sdk/v1/runs/{target.run_id}"
    with (
        RunContext(run_id=target.run_id, token=target.token, base_url=target.base_url) as ctx,
        Strait(base_url=target.base_url, api_key=target.api_key) as client,
    ):
        timeout = client.get_httpx_client().timeout
        with (
            httpx.Client(
                base_url=target.base_url, headers=raw_headers(target.token), timeout=timeout
            ) as run_plane,
            httpx.Client(
                base_url=target.base_url, headers=raw_headers(target.api_key), timeout=timeout
            ) as api,
        ):
            yield [
                SyncCase(
                    "heartbeat",
                    ctx.heartbeat,
                    lambda: run_plane.post(f"{run_path}/heartbeat").json(),
                    _check_heartbeat,
                ),
                SyncCase(
                    "log 1 KB",
                    lambda: ctx.log(LOG_MESSAGE, data=data),
                    lambda: run_plane.post(
                        f"{run_path}/log",
                        json={"message": LOG_MESSAGE, "level": "info", "data": data},
                    ).json(),
                    _check_log,
                ),
                SyncCase(
                    "checkpoint 64 KB",
                    lambda: ctx.checkpoint(state),
                    lambda: run_plane.post(f"{run_path}/checkpoint", json={"state": state}).json(),
                    _check_checkpoint,
                ),
                SyncCase(
                    "get run",
                    lambda: client.runs.get(target.finished_run_id),
                    lambda: api.get(f"/v1/runs/{target.finished_run_id}").json(),
                    _check_run,
                ),
                SyncCase(
                    "list 100 runs",
                    lambda: client.runs.list(limit=PAGE_SIZE),
                    lambda: api.get("/v1/runs", params={"limit": PAGE_SIZE}).json(),
                    _check_page,
                ),
            ]


async def _json(response: Awaitable[httpx.Response]) -> Any:
    return (await response).json()


@contextlib.asynccontextmanager
async def async_cases(target: Target) -> AsyncIterator[list[AsyncCase]]:
    """The async clients and their raw twins, with the cases of `sync_cases`."""
    state, data = checkpoint_state(), log_data()
    run_path = f"/sdk/v1/runs/{target.run_id}"
    async with (
        AsyncRunContext(run_id=target.run_id, token=target.token, base_url=target.base_url) as ctx,
        AsyncStrait(base_url=target.base_url, api_key=target.api_key) as client,
    ):
        timeout = client.get_async_httpx_client().timeout
        async with (
            httpx.AsyncClient(
                base_url=target.base_url, headers=raw_headers(target.token), timeout=timeout
            ) as run_plane,
            httpx.AsyncClient(
                base_url=target.base_url, headers=raw_headers(target.api_key), timeout=timeout
            ) as api,
        ):
            yield [
                AsyncCase(
                    "heartbeat",
                    ctx.heartbeat,
                    lambda: _json(run_plane.post(f"{run_path}/heartbeat")),
                    _check_heartbeat,
                ),
                AsyncCase(
                    "log 1 KB",
                    lambda: ctx.log(LOG_MESSAGE, data=data),
                    lambda: _json(
                        run_plane.post(
                            f"{run_path}/log",
                            json={"message": LOG_MESSAGE, "level": "info", "data": data},
                        )
                    ),
                    _check_log,
                ),
                AsyncCase(
                    "checkpoint 64 KB",
                    lambda: ctx.checkpoint(state),
                    lambda: _json(run_plane.post(f"{run_path}/checkpoint", json={"state": state})),
                    _check_checkpoint,
                ),
                AsyncCase(
                    "get run",
                    lambda: client.runs.get(target.finished_run_id),
                    lambda: _json(api.get(f"/v1/runs/{target.finished_run_id}")),
                    _check_run,
                ),
                AsyncCase(
                    "list 100 runs",
                    lambda: client.runs.list(limit=PAGE_SIZE),
                    lambda: _json(api.get("/v1/runs", params={"limit": PAGE_SIZE})),
                    _check_page,
                ),
            ]
