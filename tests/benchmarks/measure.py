"""Timing two competing callables in alternating batches, and the statistics of the samples.

Each repeat times one batch of SDK calls and one batch of raw httpx calls, in alternating
order, after a garbage collection. Load from other processes then falls on both sides alike,
and the medians over the repeats are compared.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence

from attrs import frozen

# Bounds on the calls per batch, so that a very fast or very slow call still gives a usable batch.
MIN_BATCH = 3
MAX_BATCH = 5_000
PROBES = 3


@frozen
class Spread:
    """The median and quartiles of one side's samples, in the samples' unit."""

    median: float
    q1: float
    q3: float
    count: int

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1


def spread_of(samples: Sequence[float]) -> Spread:
    if not samples:
        raise ValueError("no samples to summarise")
    if len(samples) == 1:
        return Spread(samples[0], samples[0], samples[0], 1)

    q1, median, q3 = statistics.quantiles(samples, n=4, method="inclusive")
    return Spread(median, q1, q3, len(samples))


@frozen
class Timings:
    """Seconds per call of the SDK side and the raw side, one sample per batch."""

    sdk: list[float]
    raw: list[float]
    batch: int

    @property
    def ratio(self) -> float:
        """The SDK's median time over the raw median time."""
        return statistics.median(self.sdk) / statistics.median(self.raw)

    @property
    def paired_ratios(self) -> Spread:
        """The spread of SDK over raw per repeat, from batches timed next to each other."""
        return spread_of([sdk / raw for sdk, raw in zip(self.sdk, self.raw, strict=True)])


def _batch_size(seconds_per_call: float, batch_seconds: float) -> int:
    calls = round(batch_seconds / max(seconds_per_call, 1e-9))
    return max(MIN_BATCH, min(MAX_BATCH, calls))


def _time_sync_batch(call: Callable[[], object], batch: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(batch):
        call()
    return (time.perf_counter() - start) / batch


def compare_sync(
    sdk: Callable[[], object],
    raw: Callable[[], object],
    *,
    repeats: int,
    batch_seconds: float,
    warmup_calls: int,
) -> Timings:
    """Time `sdk` and `raw` in `repeats` alternating batches of about `batch_seconds` each."""
    for _ in range(warmup_calls):
        sdk()
        raw()

    # The same batch size on both sides, from the slower side's time per call. The fastest of
    # a few probes is taken, because a probe that another process interrupts only runs long.
    probe = min(
        max(_time_sync_batch(sdk, MIN_BATCH), _time_sync_batch(raw, MIN_BATCH))
        for _ in range(PROBES)
    )
    batch = _batch_size(probe, batch_seconds)

    sdk_samples: list[float] = []
    raw_samples: list[float] = []
    for repeat in range(repeats):
        if repeat % 2 == 0:
            sdk_samples.append(_time_sync_batch(sdk, batch))
            raw_samples.append(_time_sync_batch(raw, batch))
        else:
            raw_samples.append(_time_sync_batch(raw, batch))
            sdk_samples.append(_time_sync_batch(sdk, batch))
    return Timings(sdk_samples, raw_samples, batch)


async def _time_async_batch(call: Callable[[], Awaitable[object]], batch: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(batch):
        await call()
    return (time.perf_counter() - start) / batch


async def compare_async(
    sdk: Callable[[], Awaitable[object]],
    raw: Callable[[], Awaitable[object]],
    *,
    repeats: int,
    batch_seconds: float,
    warmup_calls: int,
) -> Timings:
    """Time awaited calls of `sdk` and `raw` one after another, as `compare_sync` does."""
    for _ in range(warmup_calls):
        await sdk()
        await raw()

    probes = [
        max(await _time_async_batch(sdk, MIN_BATCH), await _time_async_batch(raw, MIN_BATCH))
        for _ in range(PROBES)
    ]
    probe = min(probes)
    batch = _batch_size(probe, batch_seconds)

    sdk_samples: list[float] = []
    raw_samples: list[float] = []
    for repeat in range(repeats):
        if repeat % 2 == 0:
            sdk_samples.append(await _time_async_batch(sdk, batch))
            raw_samples.append(await _time_async_batch(raw, batch))
        else:
            raw_samples.append(await _time_async_batch(raw, batch))
            sdk_samples.append(await _time_async_batch(sdk, batch))
    return Timings(sdk_samples, raw_samples, batch)
