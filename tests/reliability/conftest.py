"""Records the outcome of each reliability test and prints one summary block at the end.

The fault matrix reads OUTCOME to print its own line. The contract check and the load test
add their figures with ``record_summary``, and the summary counts the fault matrix and the
bad-input matrix from the outcomes of their tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable

import pytest

OUTCOME = pytest.StashKey[str]()
# Lines for the summary block, by the part of the suite they describe.
SUMMARY = pytest.StashKey[dict[str, str]]()

SUMMARY_PARTS = ("fault matrix", "bad inputs", "contract", "load")
FAULT_MATRIX_MODULE = "test_fault_matrix"
BAD_INPUTS_MODULE = "test_bad_inputs"


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


def record_summary(config: pytest.Config, part: str, line: str) -> None:
    """Set the summary line of ``part``, one of SUMMARY_PARTS."""
    config.stash.setdefault(SUMMARY, {})[part] = line


def pytest_sessionfinish(session: pytest.Session) -> None:
    matrix = [item for item in session.items if _module_name(item) == FAULT_MATRIX_MODULE]
    if any(OUTCOME in item.stash for item in matrix):
        record_summary(session.config, "fault matrix", _fault_matrix_line(matrix))

    bad_inputs = [item for item in session.items if _module_name(item) == BAD_INPUTS_MODULE]
    if any(OUTCOME in item.stash for item in bad_inputs):
        record_summary(session.config, "bad inputs", _tried_and_passed(bad_inputs, "inputs"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = terminalreporter.config.stash.get(SUMMARY, {})
    if not lines:
        return

    terminalreporter.write_sep("=", "reliability summary")
    for part in SUMMARY_PARTS:
        terminalreporter.write_line(f"{part}: {lines.get(part, 'not run')}")


def _module_name(item: pytest.Item) -> str:
    module = getattr(item, "module", None)
    return getattr(module, "__name__", "").rpartition(".")[2]


def _fault_matrix_line(items: list[pytest.Item]) -> str:
    faults: set[str] = set()
    classes: set[str] = set()
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "case" in params:
            faults.add(str(params["case"]))
        # Operation.op_class is an enum whose value names the operation class.
        op_class = getattr(params.get("operation"), "op_class", None)
        if op_class is not None:
            classes.add(str(getattr(op_class, "value", op_class)))

    classes_line = f"{len(faults)} faults x {len(classes)} operation classes"
    return f"{classes_line}, {_tried_and_passed(items, 'cases')}"


def _tried_and_passed(items: Iterable[pytest.Item], noun: str) -> str:
    outcomes = Counter(item.stash.get(OUTCOME, "not run") for item in items)
    tried = sum(count for outcome, count in outcomes.items() if outcome != "not run")
    others = ", ".join(
        f"{count} {outcome}" for outcome, count in sorted(outcomes.items()) if outcome != "passed"
    )
    line = f"{tried} {noun} tried, {outcomes['passed']} passed"
    return line + (f" ({others})" if others else "")
