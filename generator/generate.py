"""Regenerate strait_sdk/_generated from the openapi/ document, or check that it is up to date.

    python -m generator.generate            # validate, generate, format, import-check, install
    python -m generator.generate --check    # generate into a temporary folder and diff

The generator and ruff versions are pinned in pyproject.toml because both shape the output:
a different version of either rewrites the generated code and fails the drift check.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import importlib
import pkgutil
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator.forward_compat import loosen
from generator.parity import render_parity
from generator.spec_checks import SpecError, check_spec, load_spec
from generator.tables import operations_module, tables_template

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "templates"
TARGET = ROOT / "strait_sdk" / "_generated"
PARITY_PAGE = ROOT / "docs" / "parity.md"

# Formatting flags are spelled out instead of read from pyproject.toml so that the output
# depends only on the pinned ruff version, not on lint settings of the hand-written code.
RUFF_FIX = ["check", "--isolated", "--fix", "--select", "F401,I,UP", "--target-version", "py311"]
RUFF_FORMAT = ["format", "--isolated", "--line-length", "100", "--target-version", "py311"]
# Enough of a drift report to see what changed without flooding the CI log.
MAX_DIFF_LINES = 400

RUFF_VERIFY = ["check", "--isolated", "--select", "F", "--target-version", "py311"]


class GenerationError(Exception):
    """A step of generation failed. The message names the step and the cause."""


def run(command: list[str], *, cwd: Path | None = None) -> str:
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        raise GenerationError(
            f"`{' '.join(command)}` failed with exit {completed.returncode}:\n{output}"
        )
    return output


def generate_into(destination: Path, document: dict[str, Any]) -> None:
    """Run openapi-python-client and ruff, leaving a formatted package at `destination`."""
    bundled = destination.parent / "strait.bundled.yaml"
    bundled.write_text(
        yaml.safe_dump(loosen(document), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )

    # The generator's templates cannot read operation-level extensions, so the tables built
    # from them reach the templates as one more template file in a scratch copy.
    templates = destination.parent / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "strait_tables.jinja").write_text(tables_template(document), encoding="utf-8")

    output = run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(bundled),
            "--meta",
            "none",
            "--output-path",
            str(destination),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(templates),
            "--fail-on-warning",
        ]
    )

    # --fail-on-warning covers the generator's own warnings; anything else it prints
    # (a skipped endpoint, an unparsed response) is treated the same way.
    noise = [
        line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")
    ]
    if noise:
        raise GenerationError("openapi-python-client printed warnings:\n" + "\n".join(noise))

    (destination / "operations.py").write_text(operations_module(document), encoding="utf-8")

    ruff = [sys.executable, "-m", "ruff"]
    run([*ruff, *RUFF_FIX, str(destination)])
    run([*ruff, *RUFF_FORMAT, str(destination)])
    run([*ruff, *RUFF_VERIFY, str(destination)])


def import_every_module() -> int:
    """Import each generated module so that code which compiles but cannot load fails here."""
    for name in [n for n in list(sys.modules) if n.startswith("strait_sdk")]:
        del sys.modules[name]
    sys.path.insert(0, str(ROOT))
    package = importlib.import_module("strait_sdk._generated")

    count = 0
    for module in pkgutil.walk_packages(package.__path__, prefix="strait_sdk._generated."):
        importlib.import_module(module.name)
        count += 1
    return count


def differences(expected: Path, actual: Path) -> list[str]:
    """List unified diffs between two trees of generated files, ignoring caches."""
    report: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    stack = [(comparison, Path())]
    while stack:
        current, relative = stack.pop()
        for name in current.left_only:
            report.append(f"only in a fresh generation: {relative / name}")
        for name in current.right_only:
            report.append(f"only in the committed code: {relative / name}")
        for name in current.diff_files:
            fresh = (Path(current.left) / name).read_text().splitlines(keepends=True)
            committed = (Path(current.right) / name).read_text().splitlines(keepends=True)
            diff = difflib.unified_diff(
                committed, fresh, f"committed/{relative / name}", f"fresh/{relative / name}"
            )
            report.append("".join(diff))
        for name, sub in current.subdirs.items():
            stack.append((sub, relative / name))
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed code differs")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="validate and generate into a temporary folder only, leaving strait_sdk untouched",
    )
    arguments = parser.parse_args()

    try:
        document = load_spec(OPENAPI)
        summary = check_spec(document)
        print(f"openapi/: valid, {summary}")

        with tempfile.TemporaryDirectory(prefix="strait-generate-") as scratch:
            fresh = Path(scratch) / "_generated"
            generate_into(fresh, document)

            if arguments.dry_run:
                print("generation succeeded; nothing was written (dry run)")
                return 0

            parity = render_parity(document, OPENAPI)

            if arguments.check:
                current = PARITY_PAGE.read_text(encoding="utf-8") if PARITY_PAGE.exists() else ""
                if current != parity:
                    print("docs/parity.md is out of date: run `nox -s generate` and commit it.")
                    return 1
                if not TARGET.exists():
                    raise GenerationError("strait_sdk/_generated is missing: run `nox -s generate`")
                report = differences(fresh, TARGET)
                if report:
                    lines = "\n".join(report).splitlines()
                    print("\n".join(lines[:MAX_DIFF_LINES]))
                    if len(lines) > MAX_DIFF_LINES:
                        print(f"... {len(lines) - MAX_DIFF_LINES} more lines of differences")
                    print("The generated code is out of date: run `nox -s generate` and commit it.")
                    return 1
                print("strait_sdk/_generated matches a fresh generation")
                return 0

            if TARGET.exists():
                shutil.rmtree(TARGET)
            shutil.copytree(fresh, TARGET)
            PARITY_PAGE.write_text(parity, encoding="utf-8")

        count = import_every_module()
        print(f"strait_sdk/_generated: written, {count} modules import")
        return 0
    except (SpecError, GenerationError) as error:
        print(f"generation failed: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
