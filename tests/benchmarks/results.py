"""Result rows of the benchmark, the printed table and the JSON report."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from .measure import Spread


@frozen
class Row:
    """One line of the table: a measured SDK value, the raw value and the compared number.

    `value` is what `target` applies to: a ratio for most rows, a difference in ms for the
    import time. Rows without a target are printed for information only.
    """

    case: str
    unit: str
    sdk: Spread | None
    raw: Spread | None
    value: float | None = None
    value_unit: str = "x"
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""
    profile: str = ""

    @property
    def passed(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        if self.higher_is_better:
            return self.value >= self.target
        return self.value <= self.target

    @property
    def verdict(self) -> str:
        passed = self.passed
        if passed is None:
            return "info"
        return "PASS" if passed else "MISS"

    def target_text(self) -> str:
        if self.target is None:
            return "-"
        sign = ">=" if self.higher_is_better else "<="
        return f"{sign} {_number(self.target, self.value_unit)}"


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:+.1f} {unit}" if unit == "ms" else f"{value:.3g} {unit}"


def _median(spread: Spread | None) -> str:
    if spread is None:
        return "-"
    return f"{spread.median:.4g}"


def _iqr(spread: Spread | None) -> str:
    if spread is None or spread.count < 2:
        return "-"
    return f"{spread.iqr:.3g}"


COLUMNS = ("case", "unit", "SDK median", "raw median", "ratio", "target", "result", "IQR SDK/raw")


def format_table(rows: Sequence[Row]) -> str:
    """Render the rows as a Markdown table, so the output pastes into docs/benchmarks.md."""
    lines = [COLUMNS]
    for row in rows:
        value = "-" if row.value is None else _number(row.value, row.value_unit)
        verdict = row.verdict if row.verdict != "MISS" else "**MISS**"
        lines.append(
            (
                row.case,
                row.unit,
                _median(row.sdk),
                _median(row.raw),
                value,
                row.target_text(),
                verdict,
                f"{_iqr(row.sdk)} / {_iqr(row.raw)}",
            )
        )

    widths = [max(len(line[column]) for line in lines) for column in range(len(COLUMNS))]
    rendered = []
    for index, line in enumerate(lines):
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=True)]
        rendered.append("| " + " | ".join(cells) + " |")
        if index == 0:
            rendered.append("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(rendered)


def machine_description() -> dict[str, Any]:
    """Describe the interpreter and CPU that the numbers were measured on."""
    try:
        cpu = subprocess.run(
            ["lscpu"], capture_output=True, text=True, check=False, timeout=10
        ).stdout
        model = next(
            (line.split(":", 1)[1].strip() for line in cpu.splitlines() if "Model name" in line),
            platform.processor(),
        )
    except OSError:
        model = platform.processor()

    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_model": model,
        "cpus": os.cpu_count(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def write_json(path: Path, rows: Sequence[Row], settings: dict[str, Any]) -> None:
    report = {
        "machine": machine_description(),
        "settings": settings,
        "rows": [
            {**attrs.asdict(row), "verdict": row.verdict, "target_text": row.target_text()}
            for row in rows
        ],
    }
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
