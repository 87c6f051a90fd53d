"""Developer tasks. `nox -l` lists them; `nox -s tests` runs the test suite."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = [
    "check_generated",
    "lint",
    "typecheck",
    "tests",
    "reliability",
    "bench_quick",
]

# The interpreter that runs nox (3.11 or newer), so no session is skipped for want of another.
PYTHON = None
HAND_WRITTEN = ["strait_sdk", "tests", "examples", "generator", "noxfile.py"]


def install_dev(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate strait_sdk/_generated from openapi/strait.yaml."""
    install_dev(session)
    session.run("python", "-m", "generator.generate")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail when strait_sdk/_generated differs from a fresh generation."""
    install_dev(session)
    session.run("python", "-m", "generator.generate", "--check")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Run ruff on the hand-written code and the name checks on the generated code."""
    install_dev(session)
    session.run("ruff", "check", *HAND_WRITTEN)
    session.run("ruff", "format", "--check", *HAND_WRITTEN)
    session.run("ruff", "check", "--isolated", "--select", "F", "strait_sdk/_generated")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """Run mypy --strict on the package (generated code included), tests, examples and generator."""
    install_dev(session)
    session.run("mypy", "--strict", "strait_sdk", "tests", "examples", "generator")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite: unit tests and end-to-end tests over loopback HTTP."""
    install_dev(session)
    session.run("pytest", "--ignore=tests/reliability", *session.posargs)


@nox.session(python=PYTHON)
def reliability(session: nox.Session) -> None:
    """Run the fault matrix, the bad-input matrix, the contract check and the load test.

    The run ends with a "reliability summary" block of the counts and load figures.
    """
    install_dev(session)
    # -s shows each part's own lines as it finishes; --durations names the slowest tests.
    session.run("pytest", "tests/reliability", "-s", "--durations=5", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Measure the SDK against raw httpx calls on 127.0.0.1 and print the table (6-10 min).

    Options go through: `nox -s bench -- --json bench.json --profile`. A MISS does not fail the
    session; only a benchmark that cannot measure does.
    """
    install_dev(session)
    session.run("python", "-m", "tests.benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def bench_quick(session: nox.Session) -> None:
    """Run the benchmark with few repeats, a narrow fan-out and no generation section, for CI."""
    install_dev(session)
    session.run("python", "-m", "tests.benchmarks", "--quick", *session.posargs)


@nox.session(python=PYTHON)
def quickstart(session: nox.Session) -> None:
    """Run the quickstart example against a local Strait server."""
    session.install("-e", ".")
    session.run("python", "examples/quickstart.py")
