"""Wall time of `python -m generator.generate --dry-run`, which writes nothing into the tree."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from .errors import BenchmarkError
from .measure import spread_of
from .results import Row

GENERATION_TIMEOUT_S = 600
ROOT = Path(__file__).resolve().parents[2]


def _generate_once() -> float:
    start = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-m", "generator.generate", "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=GENERATION_TIMEOUT_S,
    )
    elapsed = time.perf_counter() - start
    if finished.returncode != 0:
        tail = (finished.stderr or finished.stdout).strip().splitlines()[-5:]
        raise BenchmarkError(
            f"generator.generate --dry-run exited with {finished.returncode}: " + " / ".join(tail)
        )
    return elapsed


def generation_row(repeats: int) -> Row:
    seconds = [_generate_once() for _ in range(repeats)]
    return Row(
        case="generate --dry-run",
        unit="s",
        sdk=spread_of(seconds),
        raw=None,
        note=f"{repeats} run(s); no target, for tracking",
    )
