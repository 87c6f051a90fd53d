"""cProfile summaries of the SDK side of a case, printed for every MISS when asked."""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Awaitable, Callable
from typing import Any

PROFILE_CALLS = 200
TOP_ENTRIES = 15
SDK_PACKAGE = "strait_sdk"


def _sdk_share(stats: pstats.Stats) -> str:
    # Each entry's key is (file, line, function) and its value starts with the call counts
    # and then the own time in seconds.
    entries: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = sum(value[2] for value in entries.values())
    in_sdk = sum(value[2] for key, value in entries.items() if f"{SDK_PACKAGE}/" in key[0])
    share = in_sdk / total if total else 0.0
    return (
        f"own time in {SDK_PACKAGE} code: {in_sdk * 1_000:.1f} ms of {total * 1_000:.1f} ms "
        f"({share:.0%}; cProfile inflates code with many small calls)"
    )


def _summary(profiler: cProfile.Profile, calls: int) -> str:
    output = io.StringIO()
    stats = pstats.Stats(profiler, stream=output)
    share = _sdk_share(stats)
    stats.strip_dirs().sort_stats(pstats.SortKey.TIME).print_stats(TOP_ENTRIES)
    return f"{calls} calls; {share}. Sorted by own time:\n" + output.getvalue().strip()


def profile_sync(call: Callable[[], Any], calls: int = PROFILE_CALLS) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    return _summary(profiler, calls)


async def profile_async(call: Callable[[], Awaitable[Any]], calls: int = PROFILE_CALLS) -> str:
    # The profiler records the whole thread, the event loop included, while the calls run.
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        await call()
    profiler.disable()
    return _summary(profiler, calls)
