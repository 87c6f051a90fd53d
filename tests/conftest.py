"""Fixtures shared by the test suite: a local Strait server and a job endpoint, both on loopback."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from strait_sdk import Strait
from strait_sdk.local_server import LocalStrait, _endpoint_request, _server, _tokens
from strait_sdk.models import CreateJobRequest, Job
from tests.support import secrets
from tests.support.job_endpoint import JobEndpoint

# Loggers whose DEBUG output is searched for secrets over the whole session.
_WATCHED_LOGGERS = ("strait_sdk", "httpx", "httpcore")


@pytest.fixture(scope="session", autouse=True)
def secret_watch() -> Iterator[None]:
    """Register the secrets the local servers create and record every log line of the session."""
    patch = pytest.MonkeyPatch()

    original_start = _server.LocalStrait.start

    def start(self: LocalStrait) -> LocalStrait:
        started = original_start(self)
        secrets.register(self.api_key)
        secrets.register(self.signing_key)
        return started

    original_mint = _tokens.mint_run_token

    def mint(*args: Any, **kwargs: Any) -> str:
        token = original_mint(*args, **kwargs)
        secrets.register(token)
        return token

    patch.setattr(_server.LocalStrait, "start", start)
    patch.setattr(_endpoint_request, "mint_run_token", mint)

    handler = secrets.CapturingHandler(level=logging.DEBUG)
    levels = {}
    for name in _WATCHED_LOGGERS:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)

    yield

    for name in _WATCHED_LOGGERS:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(levels[name])
    patch.undo()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for section, text in report.sections:
        secrets.capture(f"{report.nodeid} {section}", text)
    if report.longrepr is not None:
        secrets.capture(f"{report.nodeid} failure", str(report.longrepr))


def pytest_warning_recorded(warning_message: Any, nodeid: str) -> None:
    secrets.capture(f"{nodeid} warning", str(warning_message.message))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    found = secrets.leaks()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.ensure_newline()
        reporter.write_line(
            f"secret scan: {secrets.secret_count()} secrets searched for in the session's "
            f"output, {len(found)} found"
        )
        for line in found[:20]:
            reporter.write_line(f"  {line}")
    if found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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
