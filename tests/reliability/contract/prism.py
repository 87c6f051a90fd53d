"""Prism as a validating proxy between the SDK and a Strait server on loopback.

Prism (npm package @stoplight/prism-cli, pinned to 5.14.2 in package.json and
package-lock.json next to this file) checks every request and every response against the
bundled API document. It runs with `--errors`, so a violation of severity error fails the
request: a request that breaks the document gets Prism's own 422 and never reaches the
server, and a response that breaks it is replaced by a 500. Both are
`application/problem+json` bodies whose type starts with `https://stoplight.io/prism/errors#`.

Violations are collected from two places:

- `PrismProxy.violations()` parses Prism's log. The log names the method and path of every
  request that Prism failed, and prints in full each violation that did not fail a request.
  Those are warnings, such as an error status that the operation does not list. For a
  failed request the log holds only the problem title, because Prism 5.14.2 sends the
  error response without logging the details.
- `ResponseRecorder` reads the details from the responses themselves: the `validation` list
  of a problem body, and the `sl-violations` header that Prism sets on a forwarded response
  with violations.

Version 5.14.2 is pinned because it runs on Node.js 20: its package metadata requires
Node.js 18.20.1 or newer, while 5.15.11 and 5.16.0 require Node.js 24
(`npm view @stoplight/prism-cli@<version> engines`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from urllib.parse import urlsplit

import httpx

from generator.bundle import bundle
from strait_sdk import Strait

CONTRACT_DIR = Path(__file__).resolve().parent
REPOSITORY_ROOT = CONTRACT_DIR.parents[2]
OPENAPI_DIR = REPOSITORY_ROOT / "openapi"

PRISM_VERSION = "5.14.2"
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_BIN = CONTRACT_DIR / "node_modules" / ".bin" / "prism"
PRISM_PACKAGE_JSON = CONTRACT_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
PROBLEM_TYPE_PREFIX = "https://stoplight.io/prism/errors#"
VIOLATIONS_HEADER = "sl-violations"

# Measured: `npm ci` of Prism's 185 packages from registry.npmjs.org took 20 to 25 s.
INSTALL_TIMEOUT_S = 300.0
# Prism reads the whole document (283 operations) before it listens, 4 to 9 s in test runs.
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 5.0
FLUSH_TIMEOUT_S = 10.0
START_ATTEMPTS = 3
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

# Requests under this path are not in the document. Prism returns a 404 problem for them
# and logs them like any failed request, which marks a point in the log (see flush_log).
MARKER_PATH = "/__contract-check/flush"

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
# Prism's log lines read "[<time>] <arrow> [<logger>] <method> <path> <icon> <level> <message>",
# where only request-scoped lines carry the method and path. For example, without the glyphs:
#   [HTTP SERVER] post /v1/jobs   info      Request received
#   [VALIDATOR]   warning   Violation: response.header ...
REQUEST_RECEIVED = re.compile(
    r"\[HTTP SERVER\] (?P<method>[a-z]+) (?P<path>\S+) .*Request received"
)
REQUEST_TERMINATED = re.compile(
    r"\[HTTP SERVER\] (?P<method>[a-z]+) (?P<path>\S+) .*?"
    r"(?P<severity>error|warning)\s+Request terminated with error: (?P<message>.+)$"
)
VIOLATION_LINE = re.compile(
    r"\[VALIDATOR\] .*?(?P<severity>error|warning|info)\s+Violation: (?P<message>.+)$"
)
LISTENING = "Prism is listening on"


class PrismError(RuntimeError):
    """Prism could not be installed, started or reached. The message names the cause."""


@dataclass(frozen=True)
class Violation:
    """One contract violation that Prism reported for one request."""

    method: str
    path: str
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} [{self.severity}] {self.message}"


def installed_version() -> str | None:
    """Return the version of Prism in node_modules, or None when it is missing or broken."""
    try:
        metadata = json.loads(PRISM_PACKAGE_JSON.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = metadata.get("version") if isinstance(metadata, dict) else None
    return version if isinstance(version, str) and PRISM_BIN.exists() else None


def install_prism() -> Path:
    """Install the pinned Prism into node_modules next to this file unless it is there already.

    `npm ci` installs exactly what package-lock.json lists and never rewrites package.json or
    the lock file. Returns the path of the `prism` executable.
    """
    if installed_version() == PRISM_VERSION:
        return PRISM_BIN

    npm = shutil.which("npm")
    if npm is None:
        raise PrismError("npm was not found on PATH: install Node.js 20 or newer with npm")

    # NOTE: two test processes installing at the same moment would race, because npm ci
    # deletes node_modules first. The suite runs in one process, so there is no lock.
    command = [npm, "ci", "--no-audit", "--no-fund"]
    returncode, output = _run_in_process_group(command, cwd=CONTRACT_DIR, timeout=INSTALL_TIMEOUT_S)
    if returncode != 0:
        raise PrismError(
            f"`{' '.join(command)}` in {CONTRACT_DIR} failed with exit {returncode}:\n{output}"
        )

    version = installed_version()
    if version != PRISM_VERSION:
        raise PrismError(
            f"npm installed {PRISM_PACKAGE} {version}, expected {PRISM_VERSION}: "
            "check package.json and package-lock.json"
        )
    return PRISM_BIN


def _run_in_process_group(command: list[str], *, cwd: Path, timeout: float) -> tuple[int, str]:
    """Run `command` in its own process group and kill the whole group if it overruns."""
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as error:
        raise PrismError(f"`{' '.join(command)}` did not finish within {timeout:.0f} s") from error
    finally:
        _kill_group(process)
    return process.returncode, output


def _kill_group(process: subprocess.Popen[Any]) -> None:
    """Stop `process` and every process in its group: SIGTERM, then SIGKILL after a wait."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_S)
    # The group may outlive its leader when a child ignored SIGTERM.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def write_document(folder: Path, document: dict[str, Any] | None = None) -> Path:
    """Write `document`, by default the bundled API document, as JSON into `folder`."""
    path = folder / "strait.bundled.json"
    content = bundle(OPENAPI_DIR) if document is None else document
    path.write_text(json.dumps(content, indent=1), encoding="utf-8")
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _require_loopback(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"upstream must be a server on loopback, got {url!r}")


class PrismLog:
    """The lines Prism printed, read by a background thread, with ANSI colours removed."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._changed = threading.Condition()

    def follow(self, stream: IO[str]) -> None:
        for raw in stream:
            line = ANSI_ESCAPE.sub("", raw.rstrip("\n"))
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()

    def lines(self, since: int = 0) -> list[str]:
        with self._changed:
            return self._lines[since:]

    def __len__(self) -> int:
        with self._changed:
            return len(self._lines)

    def wait_for(self, text: str, timeout: float, *, give_up: threading.Event) -> bool:
        """Wait until a line contains `text`. Returns False on timeout or once `give_up` is set."""
        deadline = time.monotonic() + timeout
        checked = 0
        with self._changed:
            while True:
                if any(text in line for line in self._lines[checked:]):
                    return True
                checked = len(self._lines)
                remaining = deadline - time.monotonic()
                if remaining <= 0 or give_up.is_set():
                    return False
                self._changed.wait(min(remaining, 0.1))


def parse_violations(lines: list[str]) -> list[Violation]:
    """Return the violations and failed requests in Prism log lines, in log order.

    A `Violation:` line names no request, so it is attributed to the request received last.
    NOTE: that attribution is only right while requests through Prism do not overlap, which
    holds for the sequential calls of the contract tests.
    """
    found: list[Violation] = []
    method, path = "?", "?"
    for line in lines:
        if match := REQUEST_RECEIVED.search(line):
            method, path = match["method"].upper(), match["path"]
        elif match := REQUEST_TERMINATED.search(line):
            if not match["path"].startswith(MARKER_PATH):
                found.append(
                    Violation(
                        match["method"].upper(), match["path"], match["severity"], match["message"]
                    )
                )
        elif match := VIOLATION_LINE.search(line):
            found.append(Violation(method, path, match["severity"], match["message"]))
    return found


class PrismProxy:
    """Run Prism as a validating proxy in front of `upstream_url`, for the span of a `with`.

    `with PrismProxy(server.base_url) as base_url:` installs Prism if needed, writes the
    bundled document (or `document`, when given) to a temporary folder, starts
    `prism proxy <document> <upstream_url> -h 127.0.0.1 -p <free port> --errors`
    and returns the proxy's base URL once it listens. Leaving the block stops Prism's
    process group and deletes the document.
    """

    def __init__(
        self,
        upstream_url: str,
        *,
        document: dict[str, Any] | None = None,
        start_timeout: float = START_TIMEOUT_S,
    ) -> None:
        _require_loopback(upstream_url)
        self.upstream_url = upstream_url.rstrip("/")
        self.document = document
        self.start_timeout = start_timeout
        self.log = PrismLog()
        self.command: list[str] = []
        self._base_url: str | None = None
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._marker = uuid.uuid4().hex[:12]
        self._flushes = 0

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise PrismError("Prism is not running: use PrismProxy inside a `with` block")
        return self._base_url

    def __enter__(self) -> str:
        prism = install_prism()
        self._scratch = tempfile.TemporaryDirectory(prefix="strait-contract-")
        try:
            document = write_document(Path(self._scratch.name), self.document)
            self._start(prism, document)
        except BaseException:
            self._stop()
            raise
        return self.base_url

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _start(self, prism: Path, document: Path) -> None:
        # Another process can take the free port before Prism binds it. Prism then exits
        # with EADDRINUSE, and only that failure is worth another port.
        for _ in range(START_ATTEMPTS):
            port = _free_port()
            self.command = [
                str(prism),
                "proxy",
                str(document),
                self.upstream_url,
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "--errors",
            ]
            first_line = len(self.log)
            if self._launch(port):
                self._base_url = f"http://127.0.0.1:{port}"
                return
            self._stop_process()
            output = self.log.lines(first_line)
            if not any("EADDRINUSE" in line for line in output):
                raise PrismError(
                    "Prism exited before it listened. Its last output:\n" + "\n".join(output[-40:])
                )
        raise PrismError(
            f"Prism found its port taken {START_ATTEMPTS} times in a row. Its last output:\n"
            + "\n".join(self.log.lines()[-40:])
        )

    def _launch(self, port: int) -> bool:
        """Start Prism on `port` and return True once it listens, or False when it exited first."""
        environment = {**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"}
        self._process = subprocess.Popen(
            self.command,
            cwd=CONTRACT_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment,
            start_new_session=True,
        )
        assert self._process.stdout is not None
        exited = threading.Event()
        process = self._process
        stdout = self._process.stdout

        def read_until_exit() -> None:
            self.log.follow(stdout)
            process.wait()
            exited.set()

        self._reader = threading.Thread(target=read_until_exit, name="prism-log", daemon=True)
        self._reader.start()

        if not self.log.wait_for(LISTENING, self.start_timeout, give_up=exited):
            if exited.is_set():
                return False
            raise PrismError(
                f"Prism did not listen within {self.start_timeout:.0f} s. Its output:\n"
                + "\n".join(self.log.lines()[-40:])
            )
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        return True

    def _stop_process(self) -> None:
        if self._process is not None:
            _kill_group(self._process)
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
        if self._reader is not None:
            self._reader.join(timeout=STOP_TIMEOUT_S)
            self._reader = None

    def _stop(self) -> None:
        self._stop_process()
        self._base_url = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def flush_log(self) -> int:
        """Wait until Prism has logged all requests it responded to, then return the log length.

        Prism logs a failed request after it has sent the response, so a client can see the
        response before the log line exists. A request to a path outside the document is
        logged after everything before it, so its line marks where the log is complete.
        """
        self._flushes += 1
        marker = f"{MARKER_PATH}/{self._marker}-{self._flushes}"
        response = httpx.get(self.base_url + marker, timeout=FLUSH_TIMEOUT_S)
        if response.status_code != 404:
            raise PrismError(f"Prism returned {response.status_code} for {marker}, expected 404")

        never = threading.Event()
        if not self.log.wait_for(marker, FLUSH_TIMEOUT_S, give_up=never):
            raise PrismError(f"Prism did not log {marker} within {FLUSH_TIMEOUT_S:.0f} s")
        return len(self.log)

    def violations(self, since: int = 0) -> list[Violation]:
        """Return the violations Prism logged from log line `since` on (see `flush_log`)."""
        return parse_violations(self.log.lines(since))


class ResponseRecorder:
    """Collect the violation details that Prism puts into its responses to SDK clients.

    `attach` adds an httpx response hook to a client's connection pool. The hook reads the
    `sl-violations` header of any response, and the `validation` list of Prism's own
    problem bodies. Both name the field (`location`) and the rule that failed.
    """

    def __init__(self) -> None:
        self._found: list[Violation] = []
        self._lock = threading.Lock()

    def attach(self, client: Strait) -> None:
        http = client.get_httpx_client()
        hooks = dict(http.event_hooks)
        hooks["response"] = [*hooks.get("response", []), self._record]
        http.event_hooks = hooks

    def __len__(self) -> int:
        with self._lock:
            return len(self._found)

    def violations(self, since: int = 0) -> list[Violation]:
        with self._lock:
            return self._found[since:]

    def _record(self, response: httpx.Response) -> None:
        method = response.request.method
        path = response.request.url.path
        found = [
            Violation(method, path, severity, message)
            for severity, message in _details_of(response)
        ]
        with self._lock:
            self._found.extend(found)


def _details_of(response: httpx.Response) -> list[tuple[str, str]]:
    header = response.headers.get(VIOLATIONS_HEADER)
    if header:
        # On a 500 the header lists the request's violations too, the body only the response's.
        return _validation_entries(_loads(header))

    if not response.headers.get("content-type", "").startswith("application/problem+json"):
        return []
    response.read()
    problem = _loads(response.text)
    if not isinstance(problem, dict):
        return []
    problem_type = str(problem.get("type", ""))
    if not problem_type.startswith(PROBLEM_TYPE_PREFIX):
        return []
    entries = _validation_entries(problem.get("validation"))
    if entries:
        return entries
    summary = f"{problem_type.removeprefix(PROBLEM_TYPE_PREFIX)}: {problem.get('title')}"
    return [("error", f"{summary}. {problem.get('detail', '')}".strip())]


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _validation_entries(validation: object) -> list[tuple[str, str]]:
    if not isinstance(validation, list):
        return []
    entries = []
    for entry in validation:
        if not isinstance(entry, dict):
            continue
        location = ".".join(str(part) for part in entry.get("location") or [])
        severity = str(entry.get("severity", "error")).lower()
        message = f"{location}: {entry.get('message')}"
        if entry.get("code") is not None:
            message += f" ({entry['code']})"
        entries.append((severity, message))
    return entries
