"""``python -m strait_sdk.local_server``: startup output, key handling and Ctrl-C."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
VALID_KEY = "strait_" + "0123456789abcdef" * 4


class CliProcess:
    """The server CLI in a subprocess, with its stdout lines readable under a timeout."""

    def __init__(self, api_key: str | None) -> None:
        env = {key: value for key, value in os.environ.items() if key != "STRAIT_API_KEY"}
        env["PYTHONPATH"] = str(REPOSITORY_ROOT)
        if api_key is not None:
            env["STRAIT_API_KEY"] = api_key
        self.process = subprocess.Popen(
            [sys.executable, "-m", "strait_sdk.local_server", "--port", "0"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read_stdout, daemon=True)
        self._reader.start()

    def read_until(self, marker: str, timeout: float = 10.0) -> list[str]:
        lines: list[str] = []
        while True:
            line = self._lines.get(timeout=timeout)
            lines.append(line)
            if marker in line:
                return lines

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self._reader.join(5)

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))


@pytest.fixture
def started_cli(request: pytest.FixtureRequest) -> Iterator[CliProcess]:
    cli = CliProcess(request.param)
    try:
        yield cli
    finally:
        cli.stop()


@pytest.mark.parametrize("started_cli", [None], indirect=True)
def test_cli_generates_key_and_stops_on_ctrl_c(started_cli: CliProcess) -> None:
    lines = started_cli.read_until("Ctrl-C")

    url = re.search(r"http://127\.0\.0\.1:\d+", lines[0])
    export = [line for line in lines if "export STRAIT_API_KEY=" in line]
    assert url is not None
    assert len(export) == 1
    api_key = export[0].split("export STRAIT_API_KEY=")[1]
    assert re.fullmatch(r"strait_[0-9a-f]{64}", api_key)
    headers = {"Authorization": f"Bearer {api_key}"}
    assert httpx.get(url.group(0) + "/v1/jobs", headers=headers, trust_env=False).status_code == 200

    started_cli.process.send_signal(signal.SIGINT)

    assert started_cli.process.wait(10) == 0
    assert api_key not in started_cli.process.stderr.read()  # type: ignore[union-attr]


@pytest.mark.parametrize("started_cli", [VALID_KEY], indirect=True)
def test_cli_uses_key_from_environment(started_cli: CliProcess) -> None:
    lines = started_cli.read_until("Ctrl-C")

    assert not any("export" in line for line in lines)
    url = re.search(r"http://127\.0\.0\.1:\d+", lines[0])
    assert url is not None
    headers = {"Authorization": f"Bearer {VALID_KEY}"}
    assert httpx.get(url.group(0) + "/v1/jobs", headers=headers, trust_env=False).status_code == 200


@pytest.mark.parametrize("started_cli", ["not-a-key"], indirect=True)
def test_cli_rejects_malformed_environment_key(started_cli: CliProcess) -> None:
    assert started_cli.process.wait(10) == 2
    assert "STRAIT_API_KEY" in started_cli.process.stderr.read()  # type: ignore[union-attr]
