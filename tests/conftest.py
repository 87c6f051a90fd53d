"""Fixtures shared by the test suite: a local Strait server and a job endpoint, both on loopback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from strait_sdk import Strait
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import CreateJobRequest, Job
from tests.support.job_endpoint import JobEndpoint


@pytest.fixture(scope="session")
def strait_server() -> Iterator[LocalStrait]:
    with LocalStrait(retry_delay_secs=0.05) as server:
        yield server


@pytest.fixture
def job_endpoint() -> Iterator[JobEndpoint]:
    with JobEndpoint() as endpoint:
        yield endpoint


@pytest.fixture
def client(strait_server: LocalStrait) -> Iterator[Strait]:
    with Strait(base_url=strait_server.base_url, api_key=strait_server.api_key) as strait:
        yield strait


@pytest.fixture
def job(client: Strait, strait_server: LocalStrait, job_endpoint: JobEndpoint) -> Job:
    """A fresh job whose runs are dispatched to `job_endpoint`."""
    slug = f"test-{uuid.uuid4().hex[:12]}"
    return client.jobs.create(
        body=CreateJobRequest(
            project_id=strait_server.project_id,
            name=f"Test job {slug}",
            slug=slug,
            endpoint_url=job_endpoint.url,
            max_attempts=2,
            timeout_secs=60,
        )
    )
