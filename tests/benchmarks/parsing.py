"""Typed parsing of a page of 100 runs: `json.loads` and `RunList.from_dict` against `json.loads`.

Both sides decode the same bytes, so the ratio is the cost of building the typed models.
"""

from __future__ import annotations

import json

import attrs

from strait_sdk.models import RunList

from .errors import BenchmarkError
from .local_target import PAGE_SIZE
from .measure import compare_sync, spread_of
from .per_call import MICROSECONDS, Settings, describe_batches
from .profiling import profile_sync
from .results import Row

MAX_RATIO = 1.5


def parse_page(body: bytes) -> RunList:
    return RunList.from_dict(json.loads(body))


def parsing_row(name: str, body: bytes, settings: Settings) -> Row:
    """Compare typed parsing of `body`, a page of runs, with decoding it alone."""
    page = parse_page(body)
    if len(page.data) != PAGE_SIZE:
        raise BenchmarkError(f"{name}: the page has {len(page.data)} runs, expected {PAGE_SIZE}")

    timings = compare_sync(
        lambda: parse_page(body),
        lambda: json.loads(body),
        repeats=settings.repeats,
        batch_seconds=settings.batch_seconds,
        warmup_calls=settings.warmup_calls,
    )
    row = Row(
        case=name,
        unit="us/page",
        sdk=spread_of([seconds * MICROSECONDS for seconds in timings.sdk]),
        raw=spread_of([seconds * MICROSECONDS for seconds in timings.raw]),
        value=timings.ratio,
        target=MAX_RATIO,
        note=f"{len(body)} bytes; {describe_batches(timings)}",
    )
    if settings.profile_misses and row.verdict == "MISS":
        row = attrs.evolve(row, profile=profile_sync(lambda: parse_page(body)))
    return row
