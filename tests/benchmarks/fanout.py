"""Async fan-out: many concurrent heartbeats through one AsyncRunContext and through raw httpx.

The raw `httpx.AsyncClient` gets the connection pool limits read from the SDK's own transport,
so that both sides queue the same number of requests per connection.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from strait_sdk import AsyncRunContext

from .cases import raw_headers
from .errors import BenchmarkError
from .local_target import Target
from .measure import spread_of
from .results import Row

MIN_THROUGHPUT_RATIO = 0.95
KIB = 1_024


def sdk_pool_limits(ctx: AsyncRunContext) -> httpx.Limits:
    """Read the pool limits of the SDK's inner transport (httpx 0.28 with httpcore 1.0)."""
    transport: Any = ctx.client._inner_transport
    try:
        pool = transport._pool
        return httpx.Limits(
            max_connections=pool._max_connections,
            max_keepalive_connections=pool._max_keepalive_connections,
            keepalive_expiry=pool._keepalive_expiry,
        )
    except AttributeError as error:
        raise BenchmarkError(
            f"cannot read the SDK's pool limits from {type(transport).__name__}: {error}; "
            "update sdk_pool_limits for this httpx version"
        ) from error


async def _timed(fan_out: Callable[[], Awaitable[None]]) -> float:
    gc.collect()
    start = time.perf_counter()
    await fan_out()
    return time.perf_counter() - start


async def _traced_peak(fan_out: Callable[[], Awaitable[None]]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        await fan_out()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def _fan_out_rows(target: Target, concurrency: int, repeats: int) -> list[Row]:
    path = f"/sdk/v1/runs/{target.run_id}/heartbeat"
    async with AsyncRunContext(
        run_id=target.run_id, token=target.token, base_url=target.base_url
    ) as ctx:
        limits = sdk_pool_limits(ctx)
        timeout = ctx.client.get_async_httpx_client().timeout
        async with httpx.AsyncClient(
            base_url=target.base_url,
            headers=raw_headers(target.token),
            timeout=timeout,
            limits=limits,
        ) as raw_client:

            async def sdk(width: int = concurrency) -> None:
                results = await asyncio.gather(*(ctx.heartbeat() for _ in range(width)))
                if any(result.status != "ok" for result in results):
                    raise BenchmarkError("a fan-out heartbeat through the SDK was not ok")

            async def raw_one() -> Any:
                return (await raw_client.post(path)).json()

            async def raw(width: int = concurrency) -> None:
                results = await asyncio.gather(*(raw_one() for _ in range(width)))
                if any(result["status"] != "ok" for result in results):
                    raise BenchmarkError("a fan-out heartbeat through raw httpx was not ok")

            # Untimed rounds come first: two as wide as the pool to open its connections,
            # then one full-width round per side. With httpx 0.28.1 and httpcore 1.0.9, the
            # first full-width round on a pool took 24-27 s on either side on the machine in
            # docs/benchmarks.md, and later rounds 2-15 s. A full-width round on an empty pool
            # took 78 s, longer than the SDK's 30 s default timeout.
            for _ in range(2):
                await sdk(limits.max_connections or concurrency)
                await raw(limits.max_connections or concurrency)
            await sdk()
            await raw()

            sdk_rates: list[float] = []
            raw_rates: list[float] = []
            for repeat in range(repeats):
                order = [(sdk, sdk_rates), (raw, raw_rates)]
                for fan_out, rates in order if repeat % 2 == 0 else reversed(order):
                    rates.append(concurrency / await _timed(fan_out))

            sdk_peak = await _traced_peak(sdk)
            raw_peak = await _traced_peak(raw)

    pool = (
        f"pool {limits.max_connections} connections, {limits.max_keepalive_connections} kept alive"
    )
    return [
        Row(
            case=f"fan-out {concurrency} heartbeats, async, responder",
            unit="calls/s",
            sdk=spread_of(sdk_rates),
            raw=spread_of(raw_rates),
            value=statistics.median(sdk_rates) / statistics.median(raw_rates),
            target=MIN_THROUGHPUT_RATIO,
            higher_is_better=True,
            note=pool,
        ),
        Row(
            case=f"fan-out {concurrency} heartbeats, peak traced memory",
            unit="KiB",
            sdk=spread_of([sdk_peak / KIB]),
            raw=spread_of([raw_peak / KIB]),
            value=sdk_peak / raw_peak,
            note="tracemalloc peak of one untimed round; no target",
        ),
    ]


def fan_out_rows(target: Target, concurrency: int, repeats: int) -> list[Row]:
    return asyncio.run(_fan_out_rows(target, concurrency, repeats))
