"""Per-call overhead rows: every case of `cases.py`, sync and async, against one server."""

from __future__ import annotations

import asyncio

import attrs
from attrs import frozen

from .cases import AsyncCase, SyncCase, async_cases, check_case, sync_cases
from .local_target import Target
from .measure import Timings, compare_async, compare_sync, spread_of
from .profiling import profile_async, profile_sync
from .results import Row

MAX_RATIO = 1.10
MICROSECONDS = 1e6


@frozen
class Settings:
    """How long to measure each case, and whether to profile the SDK side of a MISS."""

    repeats: int
    batch_seconds: float
    warmup_calls: int
    profile_misses: bool = False


def _row(name: str, timings: Timings) -> Row:
    return Row(
        case=name,
        unit="us/call",
        sdk=spread_of([seconds * MICROSECONDS for seconds in timings.sdk]),
        raw=spread_of([seconds * MICROSECONDS for seconds in timings.raw]),
        value=timings.ratio,
        target=MAX_RATIO,
        note=describe_batches(timings),
    )


def describe_batches(timings: Timings) -> str:
    paired = timings.paired_ratios
    return (
        f"{timings.batch} calls per batch; per-repeat ratio median {paired.median:.2f}x, "
        f"quartiles {paired.q1:.2f}-{paired.q3:.2f}x"
    )


def _run_sync(case: SyncCase, settings: Settings) -> Timings:
    check_case(case.name, case.check, case.sdk(), case.raw())
    return compare_sync(
        case.sdk,
        case.raw,
        repeats=settings.repeats,
        batch_seconds=settings.batch_seconds,
        warmup_calls=settings.warmup_calls,
    )


async def _run_async(case: AsyncCase, settings: Settings) -> Timings:
    check_case(case.name, case.check, await case.sdk(), await case.raw())
    return await compare_async(
        case.sdk,
        case.raw,
        repeats=settings.repeats,
        batch_seconds=settings.batch_seconds,
        warmup_calls=settings.warmup_calls,
    )


async def _async_rows(target: Target, server: str, settings: Settings) -> list[Row]:
    rows = []
    async with async_cases(target) as cases:
        for case in cases:
            row = _row(f"{case.name}, async, {server}", await _run_async(case, settings))
            if settings.profile_misses and row.verdict == "MISS":
                row = attrs.evolve(row, profile=await profile_async(case.sdk))
            rows.append(row)
    return rows


def per_call_rows(target: Target, server: str, settings: Settings) -> list[Row]:
    """Measure each case sync and async against `target`; `server` names it in the table."""
    rows = []
    with sync_cases(target) as cases:
        for case in cases:
            row = _row(f"{case.name}, sync, {server}", _run_sync(case, settings))
            if settings.profile_misses and row.verdict == "MISS":
                row = attrs.evolve(row, profile=profile_sync(case.sdk))
            rows.append(row)
    rows.extend(asyncio.run(_async_rows(target, server, settings)))
    return rows
