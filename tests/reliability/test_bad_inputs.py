"""A matrix of bad inputs, one table of cases per group, each expecting a clear typed SDK error.

Every rejected case checks three things. The SDK raises a StraitError subclass, never a bare
ValueError, KeyError, TypeError, json or httpx error. The message names where the value came
from and what to change. Nothing is lost: a recording server on 127.0.0.1, or the local
server's state, shows that a rejected request was never sent.

The groups: strait.json, environment variables, base URLs, run tokens, path parameters,
bodies over 1 MiB and the X-Last-Checkpoint header. Cases that show a gap in the SDK are
marked xfail(strict=True) with the reason, so that each fails, and its mark must go, once the
SDK is fixed. The module prints how many bad inputs it tried and how many passed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import pickle
import re
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from strait_sdk import (
    AsyncRunContext,
    AsyncStrait,
    ClientConfig,
    ConfigError,
    InvalidArgumentError,
    NotFoundError,
    RequestBodyTooLargeError,
    RunContext,
    RunTokenError,
    Strait,
    StraitError,
    StraitWarning,
)
from strait_sdk._constants import MAX_REQUEST_BODY_BYTES
from strait_sdk.local_server import LocalStrait
from strait_sdk.models import Job, RunStatus, TriggeredRun, TriggerRequest
from tests.support.echo_server import EchoServer
from tests.support.job_endpoint import Dispatch, JobEndpoint
from tests.support.tokens import b64url, make_claims, make_token

API_KEY = "strait_" + "ab" * 32
KEY_ENV = {"STRAIT_API_KEY": API_KEY}
RUN_ID = "0190f3c2-7a1b-7c3d-9e4f-0a1b2c3d4e5f"
OTHER_RUN_ID = "0190f3c2-7a1b-7c3d-9e4f-ffffffffffff"
# A body that parses as RunState, JobMemory, JobRun and RunCheckpoint alike, so that the
# recording server can respond to every call these tests make.
RECORDING_BODY: dict[str, Any] = {
    "id": RUN_ID,
    "run_id": RUN_ID,
    "job_id": "job-1",
    "project_id": "project-1",
    "state_key": "key",
    "memory_key": "key",
    "value": 1,
    "size_bytes": 1,
    "created_at": "2026-12-04T00:00:00Z",
    "updated_at": "2026-12-04T00:00:00Z",
    "status": "executing",
    "attempt": 1,
    "triggered_by": "manual",
    "priority": 0,
    "job_version": 1,
    "debug_mode": False,
    "lineage_depth": 0,
    "sequence": 1,
    "source": "sdk",
    "state": None,
}
TOO_LARGE = {"blob": "x" * MAX_REQUEST_BODY_BYTES}
TOO_LARGE_TEXT = "x" * MAX_REQUEST_BODY_BYTES
# 700,000 characters, but 1.4 MB as UTF-8: the limit is on bytes.
TOO_LARGE_MULTIBYTE = {"blob": "é" * 700_000}
# Reading a 20 MB strait.json took 0.12 s on a 2-core machine, so 10 s means the read hung.
LARGE_FILE_BYTES = 20_000_000
LARGE_FILE_READ_LIMIT_S = 10.0
# Advice that a run-token error should give: which token to use, or where to look.
TOKEN_ADVICE = r"X-Run-Token header's value unchanged|Use the token|check that the request"
# Advice for a JWT that lacks a claim that Strait sets in every run token.
MADE_ELSEWHERE = r"this token was made elsewhere\. Pass the X-Run-Token header's value unchanged"


# Counting.


@dataclass
class Tally:
    """How many bad inputs the module tried, and how many got the expected outcome."""

    tried: int = 0
    passed: int = 0

    @contextlib.contextmanager
    def case(self) -> Iterator[None]:
        self.tried += 1
        yield
        self.passed += 1


@pytest.fixture(scope="module")
def tally() -> Iterator[Tally]:
    counts = Tally()
    yield counts
    print(
        f"\nbad inputs: {counts.tried} tried, {counts.passed} passed, "
        f"{counts.tried - counts.passed} did not (see the xfail reasons and failures)"
    )


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory, with no STRAIT_* variables set."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)


# Assertions shared by the groups.


def assert_clear(error: BaseException, kind: type[StraitError], *fragments: str) -> None:
    """Check the error's exact class and that each regular expression occurs in its message."""
    assert isinstance(error, StraitError)
    assert type(error) is kind
    message = str(error)
    for fragment in fragments:
        assert re.search(fragment, message), f"{fragment!r} not in {message!r}"


def assert_config_error(
    error: BaseException, *, source: str, field: str, problem: str, fix: str
) -> None:
    assert_clear(error, ConfigError, re.escape(source), re.escape(field), problem, fix)
    assert isinstance(error, ConfigError)
    assert source in error.source
    assert error.field == field
    assert error.fix in str(error)


def live_token(**changes: Any) -> str:
    """Sign a run token for RUN_ID that expires in ten minutes, with ``changes`` applied."""
    now = int(time.time())
    claims: dict[str, Any] = {"sub": RUN_ID, "exp": now + 600, "iat": now}
    claims.update(changes)
    return make_token(make_claims(**claims))


def dispatch_headers(**changes: str | None) -> dict[str, str]:
    """Build the headers of a first attempt of RUN_ID. A change to None removes the header."""
    headers: dict[str, str | None] = {
        "X-Run-Token": live_token(),
        "X-Run-ID": RUN_ID,
        "X-Job-ID": "job-1",
        "X-Attempt": "1",
    }
    headers.update(changes)
    return {name: value for name, value in headers.items() if value is not None}


@pytest.fixture
def recorder() -> Iterator[EchoServer]:
    """A recording HTTP server on 127.0.0.1 that responds to every request with RECORDING_BODY."""
    with EchoServer(body=RECORDING_BODY) as server:
        yield server


# strait.json.


@dataclass(frozen=True)
class FileCase:
    """A strait.json that must be rejected. ``problem`` and ``fix`` are regular expressions."""

    content: bytes
    field: str
    problem: str
    fix: str


def file_json(data: Any) -> bytes:
    return json.dumps(data).encode()


def sdk_file(**sdk: Any) -> bytes:
    return file_json({"sdk": {"base_url": "https://api.strait.test", **sdk}})


WHOLE_FILE = "(whole file)"
JSON_FIX = "Fix the JSON syntax at that position"
EMPTY_FILE_FIX = r'Put the settings in it as a JSON object, such as \{"sdk": \{"base_url"'

FILE_CASES = {
    "line comment": FileCase(b'{// the API\n"sdk": {}}', WHOLE_FILE, "not valid JSON", JSON_FIX),
    "block comment": FileCase(b'{/* the API */ "sdk": {}}', WHOLE_FILE, "not valid JSON", JSON_FIX),
    "trailing comment": FileCase(
        b'{"sdk": {"base_url": "https://api.strait.test"}} // prod',
        WHOLE_FILE,
        "not valid JSON",
        JSON_FIX,
    ),
    "empty file": FileCase(b"", WHOLE_FILE, "the file is empty", EMPTY_FILE_FIX),
    "whitespace only": FileCase(
        b"  \n\t", WHOLE_FILE, "the file contains only whitespace", EMPTY_FILE_FIX
    ),
    "byte order mark only": FileCase(
        b"\xef\xbb\xbf", WHOLE_FILE, "the file is empty", EMPTY_FILE_FIX
    ),
    "trailing comma": FileCase(b'{"sdk": {},}', WHOLE_FILE, "not valid JSON", JSON_FIX),
    "nested too deeply": FileCase(
        b"[" * 100_000, WHOLE_FILE, "nested too deeply", "Simplify the file's structure"
    ),
    "UTF-16": FileCase(
        '{"sdk": {}}'.encode("utf-16"), WHOLE_FILE, "not valid UTF-8", "Save the file as UTF-8"
    ),
    "invalid UTF-8": FileCase(
        b'{"sdk": {"base_url": "\xff"}}', WHOLE_FILE, "not valid UTF-8", "Save the file as UTF-8"
    ),
    "top level array": FileCase(
        b"[]", WHOLE_FILE, "top level is an array", "Make the file a JSON object"
    ),
    "top level string": FileCase(
        b'"sdk"', WHOLE_FILE, "top level is a string", "Make the file a JSON object"
    ),
    "top level number": FileCase(
        b"42", WHOLE_FILE, "top level is a number", "Make the file a JSON object"
    ),
    "top level null": FileCase(
        b"null", WHOLE_FILE, "top level is null", "Make the file a JSON object"
    ),
    "sdk is an array": FileCase(
        file_json({"sdk": []}),
        "sdk",
        "must be an object, got an array",
        'Write "sdk" as a JSON object',
    ),
    "sdk is a string": FileCase(
        file_json({"sdk": "x"}),
        "sdk",
        "must be an object, got a string",
        'Write "sdk" as a JSON object',
    ),
    "project is a number": FileCase(
        file_json({"project": 5}),
        "project",
        "must be an object, got a number",
        'Write "project" as a JSON object',
    ),
    "base_url number": FileCase(
        file_json({"sdk": {"base_url": 42}}),
        "sdk.base_url",
        "must be a string, got a number",
        "Change sdk.base_url to a string",
    ),
    "base_url null": FileCase(
        file_json({"sdk": {"base_url": None}}),
        "sdk.base_url",
        "must be a string, got null",
        "Change sdk.base_url to a string",
    ),
    "base_url array": FileCase(
        file_json({"sdk": {"base_url": ["https://api.strait.test"]}}),
        "sdk.base_url",
        "got an array",
        "Change sdk.base_url to a string",
    ),
    "base_url empty": FileCase(
        sdk_file(base_url=""), "sdk.base_url", "is empty", "Set it to the server's URL"
    ),
    "base_url without scheme": FileCase(
        sdk_file(base_url="api.strait.test"),
        "sdk.base_url",
        "has no scheme",
        "Start the URL with https://",
    ),
    "auth_type number": FileCase(
        sdk_file(auth_type=1),
        "sdk.auth_type",
        "must be a string, got a number",
        "Change sdk.auth_type to a string",
    ),
    "auth_type unknown": FileCase(
        sdk_file(auth_type="oauth"),
        "sdk.auth_type",
        "'oauth' is not a known auth type",
        "Use one of: apiKey, bearer, runToken",
    ),
    "timeout_ms string": FileCase(
        sdk_file(timeout_ms="30000"),
        "sdk.timeout_ms",
        "must be an integer, got a string",
        "Change sdk.timeout_ms to an integer",
    ),
    "timeout_ms boolean": FileCase(
        sdk_file(timeout_ms=True),
        "sdk.timeout_ms",
        "must be an integer, got a boolean",
        "Change sdk.timeout_ms to an integer",
    ),
    "timeout_ms fraction": FileCase(
        sdk_file(timeout_ms=1.5),
        "sdk.timeout_ms",
        "must be an integer, got a number",
        "Change sdk.timeout_ms to an integer",
    ),
    "timeout_ms exponent": FileCase(
        b'{"sdk": {"base_url": "https://api.strait.test", "timeout_ms": 1e3}}',
        "sdk.timeout_ms",
        "must be an integer, got a number",
        "Change sdk.timeout_ms to an integer",
    ),
    "timeout_ms zero": FileCase(
        sdk_file(timeout_ms=0),
        "sdk.timeout_ms",
        "must be greater than 0, got 0",
        "whole number of milliseconds greater than 0",
    ),
    "timeout_ms negative": FileCase(
        sdk_file(timeout_ms=-3),
        "sdk.timeout_ms",
        "must be greater than 0, got -3",
        "whole number of milliseconds greater than 0",
    ),
    "project id number": FileCase(
        file_json({"sdk": {"base_url": "https://api.strait.test"}, "project": {"id": 7}}),
        "project.id",
        "must be a string, got a number",
        "Change project.id to a string",
    ),
    "project id empty": FileCase(
        file_json({"sdk": {"base_url": "https://api.strait.test"}, "project": {"id": ""}}),
        "project.id",
        "must be a non-empty string",
        "Set it to the project's id",
    ),
    "camelCase field": FileCase(
        file_json({"sdk": {"baseUrl": "https://api.strait.test"}}),
        "sdk.baseUrl",
        "not a recognised field",
        "Rename it to sdk.base_url",
    ),
    "API key in file": FileCase(
        sdk_file(api_key="strait_" + "cd" * 32),
        "sdk.api_key",
        "contains an API key",
        "set STRAIT_API_KEY instead",
    ),
}


@pytest.mark.parametrize("case", FILE_CASES.values(), ids=FILE_CASES.keys())
def test_config_file_rejected(case: FileCase, tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    path.write_bytes(case.content)

    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_file(path, env=KEY_ENV)
        assert_config_error(
            caught.value, source=str(path), field=case.field, problem=case.problem, fix=case.fix
        )
        assert "cd" * 32 not in str(caught.value)


def test_config_file_byte_order_mark(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    path.write_bytes(b"\xef\xbb\xbf" + sdk_file(timeout_ms=1_500))

    with tally.case(), Strait.from_file(path, env=KEY_ENV) as client:
        assert client.config.base_url == "https://api.strait.test"
        assert client.config.timeout_ms == 1_500


def test_config_file_large_and_valid(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    padding = "y" * LARGE_FILE_BYTES
    path.write_bytes(file_json({"sdk": {"base_url": "https://api.strait.test"}, "notes": padding}))

    with tally.case():
        started = time.monotonic()
        with Strait.from_file(path, env=KEY_ENV) as client:
            assert client.config.base_url == "https://api.strait.test"
        assert time.monotonic() - started < LARGE_FILE_READ_LIMIT_S


def test_config_file_large_and_invalid(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    path.write_bytes(b"{" + b" " * LARGE_FILE_BYTES + b"oops")

    with tally.case():
        started = time.monotonic()
        with pytest.raises(StraitError) as caught:
            Strait.from_file(path, env=KEY_ENV)
        assert time.monotonic() - started < LARGE_FILE_READ_LIMIT_S
        assert_config_error(
            caught.value, source=str(path), field=WHOLE_FILE, problem="not valid JSON", fix=JSON_FIX
        )
        # The message quotes a position, never the file's content.
        assert len(str(caught.value)) < 1_000


def test_config_file_is_directory(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    path.mkdir()

    with tally.case():
        with pytest.raises(StraitError) as explicit:
            Strait.from_file(path, env=KEY_ENV)
        assert_config_error(
            explicit.value,
            source=str(path),
            field=WHOLE_FILE,
            problem="is a directory, not a file",
            fix="Pass the path of the strait.json file itself",
        )

        # Without a path the SDK looks for ./strait.json, which is the directory here.
        with pytest.raises(StraitError) as implicit:
            Strait.from_file(env=KEY_ENV)
        assert_config_error(
            implicit.value,
            source=str(path),
            field=WHOLE_FILE,
            problem="is a directory, not a file",
            fix="Pass the path of the strait.json file itself",
        )


@pytest.mark.parametrize(
    ("errno", "reason"),
    [(13, "Permission denied"), (5, "Input/output error")],
    ids=["EACCES", "EIO"],
)
def test_config_file_unreadable(
    errno: int, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tally: Tally
) -> None:
    # chmod does not stop root from reading, so the read itself fails here.
    path = tmp_path / "strait.json"
    path.write_bytes(sdk_file())

    def fail_to_read(self: Path) -> bytes:
        raise OSError(errno, reason, str(self))

    monkeypatch.setattr(Path, "read_bytes", fail_to_read)

    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_file(path, env=KEY_ENV)
        assert_config_error(
            caught.value,
            source=str(path),
            field=WHOLE_FILE,
            problem=f"could not be read \\({reason}\\)",
            fix="Check the file's permissions",
        )


def test_config_file_missing(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "nowhere" / "strait.json"

    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_file(path, env=KEY_ENV)
        assert_config_error(
            caught.value,
            source=str(path),
            field=WHOLE_FILE,
            problem="the file does not exist",
            fix="Check the path",
        )


@pytest.mark.parametrize("explicit", [False, True], ids=["./strait.json", "path argument"])
def test_config_file_dangling_link(explicit: bool, tmp_path: Path, tally: Tally) -> None:
    link = tmp_path / "strait.json"
    target = tmp_path / "moved" / "strait.json"
    link.symlink_to(target)

    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_file(link if explicit else None, env=KEY_ENV)
        assert_config_error(
            caught.value,
            source=str(link),
            field=WHOLE_FILE,
            problem=f"symbolic link to {re.escape(repr(str(target)))}, which does not exist",
            fix="Point the link at an existing strait.json, or remove the link",
        )
        assert "no strait.json" not in str(caught.value)


@pytest.mark.parametrize("directory", [".", "./"], ids=["dot", "dot slash"])
def test_config_path_names_directory(directory: str, tmp_path: Path, tally: Tally) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_file(directory, env=KEY_ENV)
        assert_config_error(
            caught.value,
            source=f"path {tmp_path}",
            field=WHOLE_FILE,
            problem="is a directory, not a file",
            fix=re.escape(f"Pass the path of the strait.json file itself, such as {tmp_path}"),
        )
        assert not str(caught.value).startswith("Configuration error in  at")


# Environment variables.


@dataclass(frozen=True)
class EnvCase:
    environment: dict[str, str]
    variable: str
    field: str
    problem: str
    fix: str


def env_with(**values: str) -> dict[str, str]:
    return {"STRAIT_BASE_URL": "https://api.strait.test", **KEY_ENV, **values}


TIMEOUT_FIX = "Set it to a whole number greater than 0"
ENV_CASES = {
    **{
        f"timeout {value!r}": EnvCase(
            env_with(STRAIT_TIMEOUT_MS=value),
            "STRAIT_TIMEOUT_MS",
            "timeout_ms",
            f"{re.escape(repr(value.strip()))} is not a positive whole number of milliseconds",
            TIMEOUT_FIX,
        )
        for value in ("abc", "1.5", "0", "-3", "+5", "1e3", "0x10", "30000ms", "\uff15", "5 0")
    },
    **{
        f"auth type {value!r}": EnvCase(
            env_with(STRAIT_AUTH_TYPE=value),
            "STRAIT_AUTH_TYPE",
            "auth_type",
            f"{re.escape(repr(value))} is not a known auth type",
            "Use one of: apiKey, bearer, runToken",
        )
        for value in ("oauth", "api_key", "run-token", "Basic")
    },
    "base URL empty": EnvCase(
        env_with(STRAIT_BASE_URL=""),
        "arguments and environment",
        "base_url",
        "no base URL is set",
        "Set STRAIT_BASE_URL",
    ),
    "base URL blank": EnvCase(
        env_with(STRAIT_BASE_URL="   "),
        "arguments and environment",
        "base_url",
        "no base URL is set",
        "Set STRAIT_BASE_URL",
    ),
    "API key empty": EnvCase(
        env_with(STRAIT_API_KEY=""),
        "STRAIT_API_KEY",
        "api_key",
        "no credential is set",
        "Set STRAIT_API_KEY to your API key",
    ),
    "API key blank": EnvCase(
        env_with(STRAIT_API_KEY=" \t"),
        "STRAIT_API_KEY",
        "api_key",
        "no credential is set",
        "Set STRAIT_API_KEY to your API key",
    ),
    "API key of another service": EnvCase(
        env_with(STRAIT_API_KEY="sk_live_0123456789abcdef"),
        "STRAIT_API_KEY",
        "api_key",
        "does not start with 'strait_'",
        "Use an API key created in Strait",
    ),
    "base URL ends in v1": EnvCase(
        env_with(STRAIT_BASE_URL="https://api.strait.test/v1"),
        "STRAIT_BASE_URL",
        "base_url",
        "ends in an API version",
        "Use the server's root URL",
    ),
}


@pytest.mark.parametrize("case", ENV_CASES.values(), ids=ENV_CASES.keys())
def test_environment_rejected(case: EnvCase, tally: Tally) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait.from_env(env=case.environment)
        assert_config_error(
            caught.value, source=case.variable, field=case.field, problem=case.problem, fix=case.fix
        )
        assert "sk_live_0123456789abcdef" not in str(caught.value)


ACCEPTED_ENV_CASES: dict[str, tuple[dict[str, str], dict[str, Any]]] = {
    # Whitespace around a value is stripped, as for every STRAIT_* variable.
    "timeout ' 5 '": (env_with(STRAIT_TIMEOUT_MS=" 5 "), {"timeout_ms": 5}),
    # Empty values count as unset, so the defaults apply.
    "timeout empty": (env_with(STRAIT_TIMEOUT_MS=""), {"timeout_ms": 30_000}),
    "auth type empty": (env_with(STRAIT_AUTH_TYPE=""), {"auth_type": "apiKey"}),
    "auth type other case": (env_with(STRAIT_AUTH_TYPE="APIKEY "), {"auth_type": "apiKey"}),
    "project empty": (env_with(STRAIT_PROJECT=""), {"project": None}),
}


@pytest.mark.parametrize(
    ("environment", "expected"), ACCEPTED_ENV_CASES.values(), ids=ACCEPTED_ENV_CASES.keys()
)
def test_environment_accepted(
    environment: dict[str, str], expected: dict[str, Any], tally: Tally
) -> None:
    with tally.case(), Strait.from_env(env=environment) as client:
        for name, value in expected.items():
            assert getattr(client.config, name) == value


def test_empty_variable_keeps_file_value(tmp_path: Path, tally: Tally) -> None:
    path = tmp_path / "strait.json"
    path.write_bytes(sdk_file(timeout_ms=2_000))

    with (
        tally.case(),
        Strait.from_file(path, env=env_with(STRAIT_BASE_URL="", STRAIT_TIMEOUT_MS="")) as client,
    ):
        assert client.config.base_url == "https://api.strait.test"
        assert client.config.timeout_ms == 2_000


# Base URLs. No request goes to any host but 127.0.0.1: the warning cases only build clients.


BASE_URL_CASES = {
    "no scheme": ("api.strait.test", "has no scheme", "Start the URL with https://"),
    "host and port": ("localhost:8080", "has no scheme", "Start the URL with https://"),
    "address and port": ("127.0.0.1:8080", "has no scheme", "Start the URL with https://"),
    "scheme-relative": ("//api.strait.test", "has no scheme", "Start the URL with https://"),
    "other scheme": ("ftp://api.strait.test", "scheme 'ftp'", "Start the URL with https://"),
    "no host": ("https://", "has no host", "Include the host"),
    "ends in v1": (
        "https://api.strait.test/v1",
        "ends in an API version",
        "Use the server's root URL",
    ),
    "ends in v1 slash": (
        "https://api.strait.test/v1/",
        "ends in an API version",
        "Use the server's root URL",
    ),
    "ends in sdk v1": (
        "https://api.strait.test/sdk/v1",
        "ends in an API version",
        "Use the server's root URL",
    ),
    "prefix and v1": (
        "https://proxy.test/strait/v1",
        "ends in an API version",
        "Use the server's root URL",
    ),
    "user info": (
        "https://user:hunter22@api.strait.test",
        "user name or password",
        "Remove the credentials",
    ),
    "query": (
        "https://api.strait.test?region=eu",
        "query string or fragment",
        "Remove everything from the first",
    ),
    "fragment": (
        "https://api.strait.test#top",
        "query string or fragment",
        "Remove everything from the first",
    ),
    "inner space": ("https://api.strait .test", "whitespace or control", "Remove the spaces"),
    "empty": ("", "is empty", "Set it to the server's URL"),
    "bad port": ("https://api.strait.test:99999", "is not a valid URL", "Write the full URL"),
}


@pytest.mark.parametrize(
    ("base_url", "problem", "fix"), BASE_URL_CASES.values(), ids=BASE_URL_CASES.keys()
)
def test_base_url_rejected(base_url: str, problem: str, fix: str, tally: Tally) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            Strait(base_url=base_url, api_key=API_KEY)
        assert_config_error(
            caught.value, source="argument base_url", field="base_url", problem=problem, fix=fix
        )
        assert "hunter22" not in str(caught.value)


@pytest.mark.parametrize("suffix", ["/", "///"], ids=["one slash", "three slashes"])
def test_base_url_trailing_slash(suffix: str, recorder: EchoServer, tally: Tally) -> None:
    with tally.case(), Strait(base_url=recorder.url + suffix, api_key=API_KEY) as client:
        assert client.base_url == recorder.url
        client.runs.get("run-1")
        assert [request.path for request in recorder.requests] == ["/v1/runs/run-1"]


@pytest.mark.parametrize(
    "prefix", ["/strait", "/strait/", "/a/b/"], ids=["bare", "slash", "two levels"]
)
def test_base_url_path_prefix(prefix: str, recorder: EchoServer, tally: Tally) -> None:
    expected_prefix = prefix.rstrip("/")

    with tally.case():
        with Strait(base_url=recorder.url + prefix, api_key=API_KEY) as client:
            client.runs.get("run-1")
        with RunContext(run_id=RUN_ID, token=live_token(), base_url=recorder.url + prefix) as ctx:
            ctx.heartbeat()
        with Strait.from_env(env=env_with(STRAIT_BASE_URL=recorder.url + prefix)) as client:
            client.runs.get("run-2")

        assert [request.path for request in recorder.requests] == [
            f"{expected_prefix}/v1/runs/run-1",
            f"{expected_prefix}/sdk/v1/runs/{RUN_ID}/heartbeat",
            f"{expected_prefix}/v1/runs/run-2",
        ]


PLAIN_HTTP_REMOTE = [
    "http://api.strait.test",
    "http://10.0.0.5:8080",
    "http://[2001:db8::1]:8080",
    "http://127.0.0.1.example.test",
]
PLAIN_HTTP_LOCAL = [
    "http://localhost:8080",
    "http://127.0.0.2:8080",
    "http://[::1]:8080",
    "http://app.localhost",
]


@pytest.mark.parametrize("base_url", PLAIN_HTTP_REMOTE)
def test_plain_http_remote_warns(base_url: str, tally: Tally) -> None:
    with tally.case():
        with pytest.warns(StraitWarning) as caught:
            Strait(base_url=base_url, api_key=API_KEY).close()
        assert len(caught) == 1
        message = str(caught[0].message)
        assert base_url in message
        assert "plain http://" in message
        assert "Use https://" in message


@pytest.mark.parametrize("base_url", PLAIN_HTTP_LOCAL)
def test_plain_http_loopback_quiet(base_url: str, tally: Tally) -> None:
    with tally.case(), warnings.catch_warnings():
        warnings.simplefilter("error", StraitWarning)
        Strait(base_url=base_url, api_key=API_KEY).close()


PLAIN_HTTP_URL = "http://api.strait.test"


def build_async_client() -> None:
    client = AsyncStrait(base_url=PLAIN_HTTP_URL, api_key=API_KEY)
    asyncio.run(client.close())


def build_from_file() -> None:
    Path("strait.json").write_bytes(file_json({"sdk": {"base_url": PLAIN_HTTP_URL}}))
    Strait.from_file(env=KEY_ENV).close()


WARNING_BUILDERS: dict[str, Callable[[], object]] = {
    "ClientConfig": lambda: ClientConfig(base_url=PLAIN_HTTP_URL, api_key=API_KEY),
    "Strait": lambda: Strait(base_url=PLAIN_HTTP_URL, api_key=API_KEY).close(),
    "Strait.from_env": lambda: Strait.from_env(
        env=env_with(STRAIT_BASE_URL=PLAIN_HTTP_URL)
    ).close(),
    "Strait.from_file": build_from_file,
    "AsyncStrait": build_async_client,
    "RunContext": lambda: RunContext(
        run_id=RUN_ID, token=live_token(), base_url=PLAIN_HTTP_URL
    ).close(),
    "with_overrides": lambda: ClientConfig(
        base_url="https://api.strait.test", api_key=API_KEY
    ).with_overrides(base_url=PLAIN_HTTP_URL),
}


@pytest.mark.parametrize("build", WARNING_BUILDERS.values(), ids=WARNING_BUILDERS.keys())
def test_plain_http_warning_points_at_caller(build: Callable[[], object], tally: Tally) -> None:
    with tally.case():
        with pytest.warns(StraitWarning) as caught:
            build()
        assert len(caught) == 1
        assert caught[0].filename == __file__


# Run tokens. Building the context fails, so the recording server must see no request.


def token_with_header(header: Any) -> str:
    """Build a token with ``header`` and a placeholder signature, which the SDK never checks."""
    body = make_claims(sub=RUN_ID, exp=int(time.time()) + 600)
    return ".".join(
        [b64url(json.dumps(header).encode()), b64url(json.dumps(body).encode()), "c2ln"]
    )


def token_with_raw_claims(raw_claims: bytes) -> str:
    return ".".join([b64url(b'{"alg": "HS256", "typ": "JWT"}'), b64url(raw_claims), "c2ln"])


@dataclass(frozen=True)
class TokenCase:
    headers: Callable[[], dict[str, str]]
    problem: str
    fix: str


TOKEN_CASES = [
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": None}),
            "has no X-Run-Token header",
            TOKEN_ADVICE,
        ),
        id="missing",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "   "}),
            "has no X-Run-Token header",
            TOKEN_ADVICE,
        ),
        id="blank",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "not-a-token"}),
            "X-Run-Token header is not a JWT",
            TOKEN_ADVICE,
        ),
        id="one part",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "a.b"}),
            "X-Run-Token header is not a JWT",
            TOKEN_ADVICE,
        ),
        id="two parts",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "a.b.c.d"}),
            "X-Run-Token header is not a JWT",
            TOKEN_ADVICE,
        ),
        id="four parts",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "a..c"}),
            "X-Run-Token header is not a JWT",
            TOKEN_ADVICE,
        ),
        id="empty part",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": "Bearer " + live_token()}),
            "X-Run-Token header is not a JWT: its header part is not base64url",
            "without a prefix such as 'Bearer '",
        ),
        id="Bearer prefix",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": token_with_raw_claims(b"{not json")}),
            "X-Run-Token header is not a JWT: its claims part is not JSON",
            TOKEN_ADVICE,
        ),
        id="claims not JSON",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": token_with_raw_claims(b"[1, 2]")}),
            "X-Run-Token header is not a JWT: its claims part is not a JSON object",
            TOKEN_ADVICE,
        ),
        id="claims an array",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": token_with_header({"alg": "none"})}),
            "X-Run-Token header uses the signing algorithm 'none'",
            "run tokens use one of HS256, HS384, HS512.*value unchanged",
        ),
        id="alg none",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": token_with_header({"alg": "RS256"})}),
            "X-Run-Token header uses the signing algorithm 'RS256'",
            "run tokens use one of HS256, HS384, HS512",
        ),
        id="alg RS256",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(iss="strait:sse-token")}),
            "X-Run-Token header has the iss claim 'strait:sse-token', so it is not a run token",
            "Use the X-Run-Token header's value from the dispatch of this attempt",
        ),
        id="wrong issuer",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(
                **{
                    "X-Run-Token": make_token(
                        {"sub": RUN_ID, "exp": int(time.time()) + 600, "attempt": 1}
                    )
                }
            ),
            "X-Run-Token header has no iss claim, so it is not a run token",
            "Use the X-Run-Token header's value from the dispatch of this attempt",
        ),
        id="no issuer",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(exp=int(time.time()) - 3_600)}),
            f"The run token for attempt 1 of run {RUN_ID} expired at",
            "answer this dispatch with an error status and let the next attempt run",
        ),
        id="expired",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-ID": OTHER_RUN_ID}),
            f"The run token names another run: it is for run '{RUN_ID}', but run '{OTHER_RUN_ID}'",
            "Use the token that came with this run's dispatch",
        ),
        id="another run",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Attempt": "2"}),
            "The run token is for attempt 1 .* but the dispatch is attempt 2",
            "Use the token that came with this attempt",
        ),
        id="another attempt",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Attempt": "first"}),
            "the X-Attempt header is 'first', not a positive whole number",
            "not sent by Strait or was altered on the way",
        ),
        id="attempt header text",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(attempt=None)}),
            "X-Run-Token header has no attempt claim",
            MADE_ELSEWHERE,
        ),
        id="no attempt claim",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(attempt="1")}),
            "X-Run-Token header has an invalid attempt claim: .* got a string",
            MADE_ELSEWHERE,
        ),
        id="attempt claim a string",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(sub=None)}),
            "X-Run-Token header has no run id",
            MADE_ELSEWHERE,
        ),
        id="no subject",
    ),
    pytest.param(
        TokenCase(
            lambda: dispatch_headers(**{"X-Run-Token": live_token(exp=None)}),
            "X-Run-Token header has no exp claim",
            MADE_ELSEWHERE,
        ),
        id="no expiry",
    ),
]


@pytest.mark.parametrize("case", TOKEN_CASES)
def test_run_token_rejected(case: TokenCase, recorder: EchoServer, tally: Tally) -> None:
    headers = case.headers()

    with tally.case():
        with pytest.raises(StraitError) as caught:
            RunContext.from_headers(headers, base_url=recorder.url)
        assert_clear(caught.value, RunTokenError, case.problem, case.fix)
        assert recorder.requests == []
        token = headers.get("X-Run-Token", "").strip()
        if token:
            assert token not in str(caught.value)


async def test_async_context_rejects_other_run(recorder: EchoServer, tally: Tally) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            AsyncRunContext(run_id=OTHER_RUN_ID, token=live_token(), base_url=recorder.url)
        assert_clear(
            caught.value, RunTokenError, "names another run", "Use the token that came with"
        )
        assert recorder.requests == []


def test_token_within_clock_leeway_accepted(recorder: EchoServer, tally: Tally) -> None:
    # The SDK tolerates 30 s of clock difference with the server.
    headers = dispatch_headers(**{"X-Run-Token": live_token(exp=int(time.time()) - 10)})

    with tally.case(), RunContext.from_headers(headers, base_url=recorder.url) as ctx:
        assert ctx.run_id == RUN_ID


# Path parameters. Each key must stay one percent-encoded path segment.


DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}
PATH_KEYS = [
    "a/b",
    "a?b",
    "a#b",
    "a%b",
    "a%2Fb",
    "../jobs",
    "a/../b",
    "a b",
    "ü/ß",
    "...",
    # A whole segment of "." or ".." would move the request to another route, so the SDK
    # rejects it before sending.
    ".",
    "..",
]


def expected_segment(key: str) -> str:
    return DOT_SEGMENTS.get(key, quote(key, safe=""))


@dataclass(frozen=True)
class PathDriver:
    """One SDK call whose path contains ``key``, and the path the server should see."""

    call: Callable[[str, str], object]
    path: Callable[[str], str]
    # The status the recording server responds with, because the SDK rejects undocumented ones.
    status: int = 200


def get_run(base_url: str, key: str) -> object:
    with Strait(base_url=base_url, api_key=API_KEY) as client:
        return client.runs.get(key)


def get_state(base_url: str, key: str) -> object:
    with RunContext(run_id=RUN_ID, token=live_token(), base_url=base_url) as ctx:
        return ctx.get_state(key)


def set_memory(base_url: str, key: str) -> object:
    with RunContext(run_id=RUN_ID, token=live_token(), base_url=base_url) as ctx:
        return ctx.set_memory(key, {"n": 1})


def heartbeat_of_run(base_url: str, key: str) -> object:
    # The run id comes from the token's subject, which a forged token could set to anything.
    with RunContext(run_id=key, token=live_token(sub=key), base_url=base_url) as ctx:
        return ctx.heartbeat()


PATH_DRIVERS = {
    "runs.get": PathDriver(get_run, lambda key: f"/v1/runs/{expected_segment(key)}"),
    "get_state": PathDriver(
        get_state, lambda key: f"/sdk/v1/runs/{RUN_ID}/state/{expected_segment(key)}"
    ),
    "set_memory": PathDriver(
        set_memory, lambda key: f"/sdk/v1/runs/{RUN_ID}/memory/{expected_segment(key)}", 201
    ),
    "heartbeat run id": PathDriver(
        heartbeat_of_run, lambda key: f"/sdk/v1/runs/{expected_segment(key)}/heartbeat"
    ),
}


@pytest.mark.parametrize("key", PATH_KEYS)
@pytest.mark.parametrize("driver", PATH_DRIVERS.values(), ids=PATH_DRIVERS.keys())
def test_path_parameter_encoded(
    driver: PathDriver, key: str, recorder: EchoServer, tally: Tally
) -> None:
    recorder.status = driver.status

    with tally.case():
        try:
            driver.call(recorder.url, key)
        except InvalidArgumentError as error:
            # Rejecting a dot segment before sending is as good as encoding it.
            assert key in DOT_SEGMENTS, f"{key!r} was rejected: {error}"
            assert recorder.requests == []
        else:
            assert [request.path for request in recorder.requests] == [driver.path(key)]


def test_empty_run_id_rejected(recorder: EchoServer, tally: Tally) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            get_run(recorder.url, "")
        assert_clear(caught.value, InvalidArgumentError, "run_id")
        assert recorder.requests == []


@pytest.mark.parametrize("call", [get_state, set_memory], ids=["get_state", "set_memory"])
@pytest.mark.parametrize("key", ["", "   "], ids=["empty", "blank"])
def test_empty_key_rejected(
    call: Callable[[str, str], object], key: str, recorder: EchoServer, tally: Tally
) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            call(recorder.url, key)
        assert_clear(caught.value, InvalidArgumentError, "key must be a non-empty string")
        assert recorder.requests == []


def start_run(client: Strait, job: Job, endpoint: JobEndpoint) -> tuple[str, Dispatch]:
    triggered = client.jobs.trigger(job.id, body=TriggerRequest(payload={"n": 1}))
    assert isinstance(triggered, TriggeredRun)
    dispatch = endpoint.next_dispatch()
    assert dispatch.headers["X-Run-ID"] == triggered.id
    return triggered.id, dispatch


@pytest.fixture
def running(
    client: Strait, job: Job, job_endpoint: JobEndpoint, strait_server: LocalStrait
) -> Iterator[tuple[str, RunContext]]:
    """A run of the local server, executing while its dispatch is held open."""
    run_id, dispatch = start_run(client, job, job_endpoint)
    ctx = RunContext.from_headers(dispatch.headers, base_url=strait_server.base_url)
    try:
        yield run_id, ctx
    finally:
        ctx.close()
        dispatch.answer(200, {"done": True})


ROUND_TRIP_KEYS = [
    "a/b",
    "a?b",
    "a#b",
    "a%b",
    "a%2Fb",
    "../state",
    "a/../b",
    "ü/ß",
]


@pytest.mark.parametrize("key", ROUND_TRIP_KEYS)
def test_state_key_round_trip(key: str, running: tuple[str, RunContext], tally: Tally) -> None:
    _, ctx = running

    with tally.case():
        assert ctx.set_state(key, {"key": key}).state_key == key
        assert ctx.get_state(key).value == {"key": key}
        assert [entry.state_key for entry in ctx.list_state()] == [key]
        ctx.delete_state(key)
        with pytest.raises(NotFoundError):
            ctx.get_state(key)


@pytest.mark.parametrize("key", ROUND_TRIP_KEYS)
def test_memory_key_round_trip(key: str, running: tuple[str, RunContext], tally: Tally) -> None:
    _, ctx = running

    with tally.case():
        assert ctx.set_memory(key, {"key": key}).memory_key == key
        assert ctx.get_memory(key).value == {"key": key}
        assert key in [entry.memory_key for entry in ctx.list_memory()]
        ctx.delete_memory(key)
        with pytest.raises(NotFoundError):
            ctx.get_memory(key)


# Bodies over the server's 1 MiB limit, rejected before sending.


BODY_SIZE_FIX = "Send less data per request"


@dataclass(frozen=True)
class BodyCase:
    call: Callable[[RunContext], object]
    kind: type[StraitError]
    problem: str
    fix: str


def too_large(call: Callable[[RunContext], object]) -> BodyCase:
    return BodyCase(
        call,
        RequestBodyTooLargeError,
        "The request body( of .*)? is [0-9]+ bytes, over the server's limit of 1048576 bytes",
        BODY_SIZE_FIX,
    )


BODY_CASES = {
    "checkpoint": too_large(lambda ctx: ctx.checkpoint(TOO_LARGE)),
    "checkpoint multibyte": too_large(lambda ctx: ctx.checkpoint(TOO_LARGE_MULTIBYTE)),
    "complete": too_large(lambda ctx: ctx.complete(TOO_LARGE)),
    "log data": too_large(lambda ctx: ctx.log("large", data=TOO_LARGE)),
    "log message": too_large(lambda ctx: ctx.log(TOO_LARGE_TEXT)),
    "output": too_large(lambda ctx: ctx.output("summary", TOO_LARGE)),
    "fail": too_large(lambda ctx: ctx.fail(TOO_LARGE_TEXT)),
    "continue_run": too_large(lambda ctx: ctx.continue_run(TOO_LARGE)),
    "progress message": too_large(lambda ctx: ctx.progress(50, TOO_LARGE_TEXT)),
    "stream chunk": too_large(lambda ctx: ctx.stream_chunk(TOO_LARGE_TEXT)),
    "set_memory": BodyCase(
        lambda ctx: ctx.set_memory("large", TOO_LARGE),
        InvalidArgumentError,
        "the memory value is [0-9]+ bytes as JSON",
        "the server keeps at most 1048576 per key",
    ),
    "set_state": BodyCase(
        lambda ctx: ctx.set_state("large", TOO_LARGE),
        InvalidArgumentError,
        "the state value is [0-9]+ bytes as JSON",
        "Use set_memory or an output for larger data",
    ),
}


@pytest.mark.parametrize("case", BODY_CASES.values(), ids=BODY_CASES.keys())
def test_large_body_never_sent(case: BodyCase, recorder: EchoServer, tally: Tally) -> None:
    with (
        tally.case(),
        RunContext(run_id=RUN_ID, token=live_token(), base_url=recorder.url) as ctx,
    ):
        with pytest.raises(StraitError) as caught:
            case.call(ctx)
        assert_clear(caught.value, case.kind, case.problem, case.fix)
        assert recorder.requests == []


def test_large_trigger_never_sent(recorder: EchoServer, tally: Tally) -> None:
    with tally.case(), Strait(base_url=recorder.url, api_key=API_KEY) as client:
        with pytest.raises(StraitError) as caught:
            client.jobs.trigger("job-1", body=TriggerRequest(payload=TOO_LARGE))
        assert_clear(
            caught.value, RequestBodyTooLargeError, "over the server's limit", BODY_SIZE_FIX
        )
        assert recorder.requests == []


def test_body_too_large_error_names_call(tally: Tally) -> None:
    path = f"/sdk/v1/runs/{RUN_ID}/checkpoints"

    with tally.case():
        error = RequestBodyTooLargeError(
            2_000_000, MAX_REQUEST_BODY_BYTES, operation="sdk_checkpoint", method="POST", path=path
        )
        assert_clear(
            error,
            RequestBodyTooLargeError,
            re.escape(f"The request body of sdk_checkpoint (POST {path}) is 2000000 bytes"),
            BODY_SIZE_FIX,
        )
        restored = pickle.loads(pickle.dumps(error))
        assert (restored.operation, restored.method, restored.path) == (
            "sdk_checkpoint",
            "POST",
            path,
        )
        assert str(restored) == str(error)


def test_large_body_error_names_operation(recorder: EchoServer, tally: Tally) -> None:
    with tally.case(), RunContext(run_id=RUN_ID, token=live_token(), base_url=recorder.url) as ctx:
        with pytest.raises(StraitError) as caught:
            ctx.checkpoint(TOO_LARGE)
        assert_clear(
            caught.value,
            RequestBodyTooLargeError,
            re.escape(
                f"The request body of sdk_checkpoint (POST /sdk/v1/runs/{RUN_ID}/checkpoint)"
            ),
            BODY_SIZE_FIX,
        )
        assert recorder.requests == []


def checkpoint_body_size(recorder: EchoServer, state: str) -> int:
    """Return the size of the body that ctx.checkpoint(state) sends."""
    recorder.status = 201
    with RunContext(run_id=RUN_ID, token=live_token(), base_url=recorder.url) as ctx:
        ctx.checkpoint(state)
    return len(recorder.requests.pop().body)


def test_body_at_limit_sent_whole(recorder: EchoServer, tally: Tally) -> None:
    overhead = checkpoint_body_size(recorder, "")
    at_limit = "x" * (MAX_REQUEST_BODY_BYTES - overhead)

    with tally.case(), RunContext(run_id=RUN_ID, token=live_token(), base_url=recorder.url) as ctx:
        ctx.checkpoint(at_limit)
        assert len(recorder.requests) == 1
        assert len(recorder.requests[0].body) == MAX_REQUEST_BODY_BYTES
        assert json.loads(recorder.requests[0].body)["state"] == at_limit

        with pytest.raises(StraitError) as caught:
            ctx.checkpoint(at_limit + "x")
        assert_clear(caught.value, RequestBodyTooLargeError, "1048577 bytes", BODY_SIZE_FIX)
        assert len(recorder.requests) == 1


LOCAL_BODY_CASES = {
    name: BODY_CASES[name]
    for name in ("checkpoint", "complete", "log data", "output", "set_memory")
}


@pytest.mark.parametrize("case", LOCAL_BODY_CASES.values(), ids=LOCAL_BODY_CASES.keys())
def test_large_body_leaves_run_unchanged(
    case: BodyCase, running: tuple[str, RunContext], client: Strait, tally: Tally
) -> None:
    run_id, ctx = running

    with tally.case():
        with pytest.raises(StraitError) as caught:
            case.call(ctx)
        assert_clear(caught.value, case.kind, case.problem, case.fix)

        assert client.runs.get(run_id).status == RunStatus.EXECUTING
        assert client.runs.list_checkpoints(run_id).data == []
        assert client.runs.list_outputs(run_id).data == []
        assert [event.message for event in client.runs.list_events(run_id, type_="log").data] == []
        assert [entry.memory_key for entry in ctx.list_memory()] == []
        # The next checkpoint is the first, so the rejected call stored nothing.
        assert ctx.checkpoint({"after": "rejection"}).sequence == 1


def test_body_at_limit_stored_whole(
    running: tuple[str, RunContext], client: Strait, recorder: EchoServer, tally: Tally
) -> None:
    run_id, ctx = running
    at_limit = "x" * (MAX_REQUEST_BODY_BYTES - checkpoint_body_size(recorder, ""))

    with tally.case():
        assert ctx.checkpoint(at_limit).sequence == 1
        stored = client.runs.list_checkpoints(run_id).data
        assert [checkpoint.state for checkpoint in stored] == [at_limit]


def test_large_trigger_creates_no_run(
    client: Strait, job: Job, job_endpoint: JobEndpoint, tally: Tally
) -> None:
    with tally.case():
        with pytest.raises(StraitError) as caught:
            client.jobs.trigger(job.id, body=TriggerRequest(payload=TOO_LARGE))
        assert_clear(
            caught.value, RequestBodyTooLargeError, "over the server's limit", BODY_SIZE_FIX
        )
        assert [run.id for run in client.runs.list(limit=100).data if run.job_id == job.id] == []
        assert job_endpoint.dispatches.empty()


# The X-Last-Checkpoint header.


CHECKPOINT_HEADER_VALUES = {
    "unquoted key": "{not json",
    "single quotes": "{'offset': 1}",
    "cut short": '[1, {"offset": ',
    "JavaScript undefined": "undefined",
    "trailing text": '{"offset": 1} and more',
    "Python None": "None",
}


@pytest.mark.parametrize(
    "value", CHECKPOINT_HEADER_VALUES.values(), ids=CHECKPOINT_HEADER_VALUES.keys()
)
def test_last_checkpoint_header_not_json(value: str, recorder: EchoServer, tally: Tally) -> None:
    headers = dispatch_headers(**{"X-Last-Checkpoint": value})

    with tally.case():
        with pytest.raises(StraitError) as caught:
            RunContext.from_headers(headers, base_url=recorder.url)
        assert_clear(
            caught.value,
            RunTokenError,
            "the X-Last-Checkpoint header is not valid JSON",
            f"can still be read with GET /v1/runs/{RUN_ID}/checkpoints",
        )
        assert "{runID}" not in str(caught.value)
        assert recorder.requests == []


ACCEPTED_CHECKPOINT_HEADERS: dict[str, tuple[str, bool, Any]] = {
    "object": ('{"offset": 120}', True, {"offset": 120}),
    "null": ("null", True, None),
    "blank": ("   ", False, None),
    "unicode": ('{"city": "Zürich"}', True, {"city": "Zürich"}),
}


@pytest.mark.parametrize(
    ("value", "present", "checkpoint"),
    ACCEPTED_CHECKPOINT_HEADERS.values(),
    ids=ACCEPTED_CHECKPOINT_HEADERS.keys(),
)
def test_last_checkpoint_header_accepted(
    value: str, present: bool, checkpoint: Any, recorder: EchoServer, tally: Tally
) -> None:
    headers = dispatch_headers(**{"X-Last-Checkpoint": value})

    with tally.case(), RunContext.from_headers(headers, base_url=recorder.url) as ctx:
        assert ctx.has_last_checkpoint is present
        assert ctx.last_checkpoint == checkpoint


@pytest.mark.parametrize("key", [".", ".."])
def test_dot_state_key_rejected(key: str, running: tuple[str, RunContext], tally: Tally) -> None:
    _, ctx = running

    with tally.case(), pytest.raises(InvalidArgumentError, match="another route"):
        ctx.get_state(key)
