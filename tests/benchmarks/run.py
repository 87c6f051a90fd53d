"""Command line of the benchmark: measure every section, print the table, write the JSON.

    python -m tests.benchmarks                 # full mode, 6-10 minutes on 2 cores
    python -m tests.benchmarks --quick         # few repeats, for CI
    python -m tests.benchmarks --json bench.json --profile

The exit status is 0 when every section measured, MISS rows included, and 1 when a section
could not measure (a setup step failed or the SDK and raw sides returned different results).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import attrs
import httpx
from attrs import frozen

from strait_sdk import StraitError

from .bodies import full_page_body, responder_routes
from .errors import BenchmarkError
from .fanout import fan_out_rows
from .generation import generation_row
from .imports import import_row
from .job_endpoint import HoldingEndpoint
from .local_target import LocalStraitProcess, prepare_runs, record_responses
from .parsing import parsing_row
from .per_call import Settings, per_call_rows
from .responder import Responder
from .results import Row, format_table, machine_description, write_json

SECTIONS = ("per-call", "parsing", "imports", "fan-out", "generation")
FAN_OUT_CONCURRENCY = 1_000
# Proxy variables would send the clients' loopback traffic elsewhere.
_PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@frozen
class Mode:
    """Repeats and batch lengths of one mode."""

    repeats: int
    batch_seconds: float
    warmup_calls: int
    import_children: int
    fan_out_repeats: int
    fan_out_concurrency: int
    generation_runs: int


MODES = {
    "quick": Mode(
        repeats=5,
        batch_seconds=0.02,
        warmup_calls=5,
        import_children=2,
        # A narrower fan-out, so that the section keeps working in CI without its full minute.
        fan_out_repeats=3,
        fan_out_concurrency=200,
        # Generation alone takes about 15 s, and `nox -s check_generated` runs it in CI anyway.
        generation_runs=0,
    ),
    "full": Mode(
        repeats=21,
        batch_seconds=0.05,
        warmup_calls=30,
        import_children=9,
        fan_out_repeats=5,
        fan_out_concurrency=FAN_OUT_CONCURRENCY,
        generation_runs=3,
    ),
}


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Measure the SDK's cost against raw httpx calls, side by side, on 127.0.0.1.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="few repeats, a narrow fan-out and no generation section, about a minute (for CI)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    parser.add_argument(
        "--skip",
        action="append",
        choices=SECTIONS,
        default=[],
        help="leave out a section; repeat the option to leave out several",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print a cProfile summary of the SDK side of every MISS of a per-call or parsing case",
    )
    return parser.parse_args(argv)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class _Sections:
    """Runs the sections in turn and keeps their rows, or their error when one cannot measure."""

    def __init__(self, skipped: list[str]) -> None:
        self.rows: list[Row] = []
        self.errors: list[str] = []
        self._skipped = set(skipped)

    def measure(self, section: str, title: str, produce: Callable[[], list[Row]]) -> None:
        if section in self._skipped:
            return
        _log(f"measuring {title} ...")
        started = time.perf_counter()
        try:
            self.rows.extend(produce())
        except (BenchmarkError, StraitError, httpx.HTTPError, OSError) as error:
            self.errors.append(f"{title}: {error}")
            _log(f"ERROR in {title}: {error}")
            return
        _log(f"  done in {time.perf_counter() - started:.1f} s")


def _measure_all(sections: _Sections, mode: Mode, settings: Settings) -> None:
    with HoldingEndpoint() as endpoint, LocalStraitProcess() as server:
        _log("starting the local Strait server and creating runs ...")
        target = prepare_runs(server, endpoint)
        recorded = record_responses(target)
        routes = responder_routes(recorded)

        with Responder(routes) as responder:
            canned = attrs.evolve(target, base_url=responder.base_url)
            sections.measure(
                "per-call",
                "per-call overhead against the responder",
                lambda: per_call_rows(canned, "responder", settings),
            )
            if mode.fan_out_repeats > 0:
                sections.measure(
                    "fan-out",
                    f"fan-out of {mode.fan_out_concurrency} heartbeats",
                    lambda: fan_out_rows(canned, mode.fan_out_concurrency, mode.fan_out_repeats),
                )
            sections.measure(
                "imports",
                "import time and first call",
                lambda: [import_row(canned, mode.import_children)],
            )

        sections.measure(
            "per-call",
            "per-call overhead against the local Strait server",
            lambda: per_call_rows(target, "local server", settings),
        )
        sections.measure(
            "parsing",
            "typed parsing of a page of 100 runs",
            lambda: [
                parsing_row(
                    "parse 100 runs, every field set",
                    full_page_body(recorded["list_runs"]),
                    settings,
                ),
                parsing_row(
                    "parse 100 runs, local server page", recorded["list_runs"].body, settings
                ),
            ],
        )
    if mode.generation_runs > 0:
        sections.measure(
            "generation",
            "generation time",
            lambda: [generation_row(mode.generation_runs)],
        )


def _print_report(sections: _Sections, mode_name: str) -> None:
    machine = machine_description()
    print(
        f"\nstrait-sdk benchmark, {mode_name} mode, {machine['date']}: Python "
        f"{machine['python']}, {machine['cpus']} CPUs ({machine['cpu_model']})\n"
    )
    print(format_table(sections.rows))
    print("\nNotes:")
    for row in sections.rows:
        if row.note:
            print(f"- {row.case}: {row.note}")
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"- peak RSS of the benchmark process: {peak_rss_mib:.0f} MiB")

    for row in sections.rows:
        if row.profile:
            print(f"\nProfile of {row.case!r} ({row.verdict}):\n{row.profile}")

    misses = [row.case for row in sections.rows if row.verdict == "MISS"]
    print(f"\n{len(sections.rows)} rows: {len(misses)} MISS, {len(sections.errors)} errors")
    for case in misses:
        print(f"MISS: {case}")
    for message in sections.errors:
        print(f"ERROR: {message}")


def main(argv: list[str] | None = None) -> int:
    arguments = _parse_arguments(argv)
    for name in _PROXY_VARIABLES:
        os.environ.pop(name, None)

    mode_name = "quick" if arguments.quick else "full"
    mode = MODES[mode_name]
    settings = Settings(
        repeats=mode.repeats,
        batch_seconds=mode.batch_seconds,
        warmup_calls=mode.warmup_calls,
        profile_misses=arguments.profile,
    )
    sections = _Sections(arguments.skip)
    started = time.perf_counter()
    try:
        _measure_all(sections, mode, settings)
    except BenchmarkError as error:
        sections.errors.append(f"setup: {error}")

    _print_report(sections, mode_name)
    print(f"total time: {time.perf_counter() - started:.0f} s")
    if arguments.json is not None:
        write_json(
            arguments.json,
            sections.rows,
            {"mode": mode_name, **attrs.asdict(mode), "skipped": arguments.skip},
        )
        print(f"results written to {arguments.json}")
    return 1 if sections.errors else 0
