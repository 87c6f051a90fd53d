"""Records the outcome of each reliability test, for the summary line the fault matrix prints."""

from __future__ import annotations

from collections.abc import Generator

import pytest

OUTCOME = pytest.StashKey[str]()


def outcome_of(report: pytest.TestReport) -> str:
    """Return passed, failed, skipped, xfailed or xpassed, as pytest's own summary counts them."""
    if hasattr(report, "wasxfail"):
        return "xfailed" if report.skipped else "xpassed"
    return report.outcome


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    # A test whose setup failed or was skipped has no call phase, so setup decides its outcome.
    if report.when == "call" or (report.when == "setup" and not report.passed):
        item.stash[OUTCOME] = outcome_of(report)
    return report
