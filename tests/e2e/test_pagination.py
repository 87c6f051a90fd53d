"""Iterating paginated lists over real HTTP, across pages whose boundaries fall inside ties.

The local server pages like Strait: the cursor is the last row's timestamp and the next page
holds the rows strictly older than it, so rows sharing a timestamp can fall between pages.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator

import pytest

from strait_sdk import AsyncStrait, Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest

BASE_NS = 1_796_400_000_000_000_000


class TiedClock:
    """Hands out timestamps in groups of three equal values, so many rows share one."""

    def __init__(self) -> None:
        self._ticks = itertools.count()
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            return BASE_NS + (next(self._ticks) // 3) * 1_000


@pytest.fixture(scope="module")
def tied_server() -> Iterator[LocalStrait]:
    with LocalStrait(clock=TiedClock()) as server:
        yield server


@pytest.fixture(scope="module")
def job_ids(tied_server: LocalStrait) -> list[str]:
    created = []
    with Strait(base_url=tied_server.base_url, api_key=tied_server.api_key) as client:
        for index in range(23):
            job = client.jobs.create(
                body=CreateJobRequest(
                    project_id=tied_server.project_id,
                    name=f"paged {index}",
                    slug=f"paged-{index:02d}",
                    endpoint_url="http://127.0.0.1:9/never-called",
                )
            )
            created.append(job.id)
    return created


def test_iterates_every_job_once(tied_server: LocalStrait, job_ids: list[str]) -> None:
    with Strait(base_url=tied_server.base_url, api_key=tied_server.api_key) as client:
        first_page = client.jobs.list(limit=4)
        seen = [job.id for job in client.jobs.iter(page_size=4)]

    # A page of 4 ends inside a group of 3 equal timestamps, so the server's own cursor skips rows.
    assert first_page.has_more
    assert len(seen) == len(job_ids)
    assert sorted(seen) == sorted(job_ids)
    assert len(set(seen)) == len(seen)


def test_bare_cursor_would_lose_rows(tied_server: LocalStrait, job_ids: list[str]) -> None:
    with Strait(base_url=tied_server.base_url, api_key=tied_server.api_key) as client:
        seen: list[str] = []
        cursor: str | None = None
        pages = 0
        while True:
            page = client.jobs.list(limit=4, cursor=cursor) if cursor else client.jobs.list(limit=4)
            pages += 1
            seen.extend(job.id for job in page.data)
            if not page.has_more or not isinstance(page.next_cursor, str):
                break
            cursor = page.next_cursor

    assert pages >= 3
    assert len(seen) < len(job_ids)


def test_max_items_and_page_size(tied_server: LocalStrait, job_ids: list[str]) -> None:
    with Strait(base_url=tied_server.base_url, api_key=tied_server.api_key) as client:
        some = list(client.jobs.iter(page_size=5, max_items=7))

    assert len(some) == 7
    assert len({job.id for job in some}) == 7


async def test_async_iteration(tied_server: LocalStrait, job_ids: list[str]) -> None:
    async with AsyncStrait(base_url=tied_server.base_url, api_key=tied_server.api_key) as client:
        seen = [job.id async for job in client.jobs.iter(page_size=3)]

    assert sorted(seen) == sorted(job_ids)
    assert len(set(seen)) == len(seen)
