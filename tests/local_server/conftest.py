"""Fixtures for the local server tests: a server, an API client and a job endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from strait_sdk.local_server import LocalStrait

from .helpers import JobEndpoint, create_job, loopback_client, trigger


@pytest.fixture
def endpoint() -> Iterator[JobEndpoint]:
    job_endpoint = JobEndpoint()
    try:
        yield job_endpoint
    finally:
        job_endpoint.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "local_server(**options): LocalStrait constructor options for the test's server"
    )


@pytest.fixture
def local(request: pytest.FixtureRequest, endpoint: JobEndpoint) -> Iterator[LocalStrait]:
    """A started server. A ``local_server`` marker passes extra constructor options."""
    marker = request.node.get_closest_marker("local_server")
    options: dict[str, Any] = {"retry_delay_secs": 0.05, **(marker.kwargs if marker else {})}
    server = LocalStrait(**options).start()
    try:
        yield server
    finally:
        # Held endpoint calls are released first so that stop() need not wait for them.
        endpoint.release_all()
        server.stop()


@pytest.fixture
def api(local: LocalStrait) -> Iterator[httpx.Client]:
    with loopback_client(local, local.api_key) as client:
        yield client


@pytest.fixture
def registered_job(api: httpx.Client, local: LocalStrait, endpoint: JobEndpoint) -> dict[str, Any]:
    return create_job(api, local, endpoint.url)


@pytest.fixture
def executing_run(
    api: httpx.Client, registered_job: dict[str, Any], endpoint: JobEndpoint
) -> tuple[str, str]:
    """Trigger a run whose endpoint call is held open, so the run stays executing.

    Returns the run id and the run token sent to the endpoint.
    """
    endpoint.hold_next()
    run_id = trigger(api, registered_job["id"], {"order": 7})["id"]
    dispatch = endpoint.wait_for_dispatches(1)[0]
    return run_id, dispatch.token
