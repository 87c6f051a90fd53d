"""Cursor pagination of /v1 lists: page walking, cursor format and parameter errors."""

from __future__ import annotations

import re

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import create_job, iter_pages

_RFC3339_NANO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z")


def test_pages_walk_all_jobs_newest_first(api: httpx.Client, local: LocalStrait) -> None:
    created = [
        create_job(api, local, "http://127.0.0.1:9/run", slug=f"job-{i}")["id"] for i in range(5)
    ]

    pages = list(iter_pages(api, "/v1/jobs", limit=2))

    assert [len(page["data"]) for page in pages] == [2, 2, 1]
    assert [page["has_more"] for page in pages] == [True, True, False]
    assert "next_cursor" not in pages[-1]
    for page in pages[:-1]:
        assert _RFC3339_NANO.fullmatch(page["next_cursor"])
        assert page["next_cursor"] == page["data"][-1]["created_at"]
    listed = [job["id"] for page in pages for job in page["data"]]
    assert listed == list(reversed(created))


def test_limit_is_capped_at_100(api: httpx.Client, local: LocalStrait) -> None:
    for i in range(101):
        create_job(api, local, "http://127.0.0.1:9/run", slug=f"many-{i}")

    page = api.get("/v1/jobs", params={"limit": 500}).json()
    default_page = api.get("/v1/jobs").json()

    assert len(page["data"]) == 100
    assert page["has_more"] is True
    assert len(default_page["data"]) == 50


@pytest.mark.parametrize("limit", ["0", "-1", "abc", "1.5"])
def test_bad_limit_is_400(api: httpx.Client, limit: str) -> None:
    response = api.get("/v1/jobs", params={"limit": limit})

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "limit must be a positive integer"


def test_bad_cursor_is_400(api: httpx.Client) -> None:
    jobs = api.get("/v1/jobs", params={"cursor": "job_002"})
    runs = api.get("/v1/runs", params={"cursor": "job_002"})

    assert jobs.status_code == 400
    assert jobs.json()["error"]["message"] == "invalid cursor format"
    assert runs.status_code == 400
    assert runs.json()["error"]["message"] == "cursor must be a valid RFC3339 timestamp"


def test_cursor_accepts_offset_timestamps(api: httpx.Client, local: LocalStrait) -> None:
    create_job(api, local, "http://127.0.0.1:9/run")

    response = api.get("/v1/jobs", params={"cursor": "2999-01-01T01:00:00.5+01:00"})

    assert response.status_code == 200
    assert len(response.json()["data"]) == 1
