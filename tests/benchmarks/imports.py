"""Import time plus the first call, in fresh interpreters: the SDK against httpx alone.

Each child measures from before its first import to after the first response is decoded, so
interpreter start-up, which both sides pay alike, is left out. The best of several children
per side is compared, because noise from other processes only ever adds time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from attrs import frozen

from .errors import BenchmarkError
from .local_target import Target
from .measure import spread_of
from .results import Row

MAX_DIFFERENCE_MS = 100.0
CHILD_TIMEOUT_S = 120
TOP_MODULES = 10
ROOT = Path(__file__).resolve().parents[2]

# Both children read the server and the credential from the environment, never from argv.
_SDK_SCRIPT = """
import os, time
start = time.perf_counter()
from strait_sdk import Strait
client = Strait(base_url=os.environ["BENCH_BASE_URL"], api_key=os.environ["BENCH_API_KEY"])
run = client.runs.get(os.environ["BENCH_RUN_ID"])
elapsed = time.perf_counter() - start
assert run.id == os.environ["BENCH_RUN_ID"]
print(elapsed)
"""

_RAW_SCRIPT = """
import os, time
start = time.perf_counter()
import httpx
client = httpx.Client(
    base_url=os.environ["BENCH_BASE_URL"],
    headers={"Authorization": "Bearer " + os.environ["BENCH_API_KEY"]},
)
run = client.get("/v1/runs/" + os.environ["BENCH_RUN_ID"]).json()
elapsed = time.perf_counter() - start
assert run["id"] == os.environ["BENCH_RUN_ID"]
print(elapsed)
"""


def _child_environment(target: Target) -> dict[str, str]:
    return {
        **os.environ,
        "BENCH_BASE_URL": target.base_url,
        "BENCH_API_KEY": target.api_key,
        "BENCH_RUN_ID": target.finished_run_id,
    }


def _child_seconds(script: str, target: Target) -> float:
    finished = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=_child_environment(target),
        capture_output=True,
        text=True,
        check=False,
        timeout=CHILD_TIMEOUT_S,
    )
    if finished.returncode != 0:
        last_line = (finished.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchmarkError(
            f"the import-time child exited with {finished.returncode}: {last_line}"
        )
    return float(finished.stdout.strip())


def import_row(target: Target, children: int) -> Row:
    """Compare the best of `children` interpreters per side, started in alternation."""
    sdk_ms: list[float] = []
    raw_ms: list[float] = []
    for child in range(children):
        sides = [(_SDK_SCRIPT, sdk_ms), (_RAW_SCRIPT, raw_ms)]
        for script, samples in sides if child % 2 == 0 else reversed(sides):
            samples.append(_child_seconds(script, target) * 1_000)

    return Row(
        case="import + first get run",
        unit="ms",
        sdk=spread_of(sdk_ms),
        raw=spread_of(raw_ms),
        value=min(sdk_ms) - min(raw_ms),
        value_unit="ms",
        target=MAX_DIFFERENCE_MS,
        note=f"best of {children} fresh interpreters per side; the ratio column is the difference",
        profile=format_breakdown(import_breakdown(target)),
    )


@frozen
class ImportedModule:
    name: str
    self_us: int
    cumulative_us: int


def import_breakdown(target: Target) -> list[ImportedModule]:
    """Return the modules with the largest cumulative import time in the SDK child.

    The child runs under `python -X importtime`, so modules that the SDK imports lazily on
    the first call are counted too.
    """
    finished = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", _SDK_SCRIPT],
        cwd=ROOT,
        env=_child_environment(target),
        capture_output=True,
        text=True,
        check=False,
        timeout=CHILD_TIMEOUT_S,
    )
    if finished.returncode != 0:
        raise BenchmarkError(
            f"the import-time child under -X importtime exited with {finished.returncode}"
        )

    modules = []
    for line in finished.stderr.splitlines():
        # Lines read "import time: <self us> | <cumulative us> | <indented module name>".
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        modules.append(ImportedModule(name.strip(), int(self_us), int(cumulative_us)))
    modules.sort(key=lambda entry: entry.cumulative_us, reverse=True)
    return modules[:TOP_MODULES]


def format_breakdown(modules: list[ImportedModule]) -> str:
    lines = [
        f"`python -X importtime` of the SDK child, top {TOP_MODULES} modules by cumulative time:",
        "| module | self (ms) | cumulative (ms) |",
        "|---|---|---|",
    ]
    for module in modules:
        self_ms, cumulative_ms = module.self_us / 1_000, module.cumulative_us / 1_000
        lines.append(f"| {module.name} | {self_ms:.1f} | {cumulative_ms:.1f} |")
    return "\n".join(lines)
