"""Specification of strait_sdk._config: ClientConfig validation and load_config's sources."""

from __future__ import annotations

import json
import os
import pickle
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from strait_sdk._config import AuthType, ClientConfig, load_config
from strait_sdk._constants import DEFAULT_TIMEOUT_MS
from strait_sdk._errors import ConfigError, StraitWarning

FAKE_API_KEY = "strait_" + "c0ffee" * 10 + "abcd"
NON_STRAIT_KEY = "sk_live_DO_NOT_ECHO_1234567890"
BASE_ENV = {"STRAIT_BASE_URL": "https://api.strait.test", "STRAIT_API_KEY": FAKE_API_KEY}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run every test in an empty directory with no STRAIT_* variables set."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)
    with warnings.catch_warnings():
        warnings.simplefilter("error", StraitWarning)
        yield


def write_json(directory: Path, data: Any, name: str = "strait.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def config_error(**kwargs: Any) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        load_config(**kwargs)
    return caught.value


# ClientConfig.


def test_config_defaults() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY)

    assert config.auth_type is AuthType.API_KEY
    assert config.timeout_ms == DEFAULT_TIMEOUT_MS
    assert config.project is None


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("https://api.strait.test/", "https://api.strait.test"),
        ("https://api.strait.test///", "https://api.strait.test"),
        ("HTTPS://api.strait.test", "https://api.strait.test"),
        ("https://proxy.test/strait/", "https://proxy.test/strait"),
        ("  https://api.strait.test  ", "https://api.strait.test"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
    ],
)
def test_base_url_normalized(raw: str, normalized: str) -> None:
    assert ClientConfig(base_url=raw, api_key=FAKE_API_KEY).base_url == normalized


def test_api_key_hidden_from_repr() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY)

    assert FAKE_API_KEY not in repr(config)
    assert FAKE_API_KEY not in str(config)
    assert "api.strait.test" in repr(config)


def test_config_is_frozen() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY)

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        config.timeout_ms = 1  # type: ignore[misc]


def test_config_pickles() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY, project="p1")

    assert pickle.loads(pickle.dumps(config)) == config


def test_auth_type_accepts_strings() -> None:
    config = ClientConfig(base_url="https://x.test", api_key="tok", auth_type="BEARER")

    assert config.auth_type is AuthType.BEARER


def test_run_token_auth_needs_no_key() -> None:
    config = ClientConfig(base_url="https://x.test", auth_type=AuthType.RUN_TOKEN)

    assert config.api_key is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"base_url": ""}, "base_url"),
        ({"base_url": 42}, "base_url"),
        ({"timeout_ms": 0}, "timeout_ms"),
        ({"timeout_ms": -3}, "timeout_ms"),
        ({"timeout_ms": True}, "timeout_ms"),
        ({"timeout_ms": 1.5}, "timeout_ms"),
        ({"timeout_ms": "100"}, "timeout_ms"),
        ({"project": ""}, "project"),
        ({"project": 5}, "project"),
        ({"auth_type": "basic"}, "auth_type"),
        ({"api_key": None}, "api_key"),
        ({"api_key": ""}, "api_key"),
        ({"api_key": NON_STRAIT_KEY}, "api_key"),
    ],
)
def test_config_rejects_argument(kwargs: dict[str, Any], field: str) -> None:
    arguments: dict[str, Any] = {"base_url": "https://api.strait.test", "api_key": FAKE_API_KEY}
    arguments.update(kwargs)

    with pytest.raises(ConfigError) as caught:
        ClientConfig(**arguments)

    assert caught.value.field == field
    assert caught.value.source == f"argument {field}"


def test_with_overrides_validates() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY)

    changed = config.with_overrides(timeout_ms=5_000, base_url="https://other.test/")

    assert changed.timeout_ms == 5_000
    assert changed.base_url == "https://other.test"
    assert changed.api_key == FAKE_API_KEY
    with pytest.raises(ConfigError):
        config.with_overrides(timeout_ms=0)


def test_with_overrides_unknown_field() -> None:
    config = ClientConfig(base_url="https://api.strait.test", api_key=FAKE_API_KEY)

    with pytest.raises(ConfigError) as caught:
        config.with_overrides(timeout=5)

    assert caught.value.field == "timeout"
    assert "timeout_ms" in caught.value.fix


# Plain http warning.


@pytest.mark.parametrize(
    "url",
    [
        "http://api.strait.test",
        "http://10.0.0.5:8080",
        "http://128.0.0.1",
        "http://localhost.evil.com",
    ],
)
def test_plain_http_remote_warns(url: str) -> None:
    with pytest.warns(StraitWarning, match="plain http://"):
        ClientConfig(base_url=url, api_key=FAKE_API_KEY)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.5.6.7",
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://api.localhost",
        "http://[::1]:8080",
        "https://api.strait.test",
    ],
)
def test_loopback_or_https_does_not_warn(url: str) -> None:
    ClientConfig(base_url=url, api_key=FAKE_API_KEY)


def test_load_config_warns_for_plain_http() -> None:
    env = {**BASE_ENV, "STRAIT_BASE_URL": "http://api.strait.test"}

    with pytest.warns(StraitWarning) as caught:
        load_config(env=env)

    assert len(caught) == 1
    assert FAKE_API_KEY not in str(caught[0].message)


# Base URL validation.


@pytest.mark.parametrize(
    ("url", "problem", "fix"),
    [
        ("api.strait.test", "has no scheme", "https://"),
        ("localhost:8080", "has no scheme", "https://"),
        ("/v1", "has no scheme", "https://"),
        ("ftp://api.strait.test", "scheme 'ftp'", "https://"),
        ("ws://api.strait.test", "scheme 'ws'", "https://"),
        ("file:///etc/passwd", "scheme 'file'", "https://"),
        ("https://", "has no host", "Include the host"),
        ("https:///path", "has no host", "Include the host"),
        ("https://api.strait.test/?x=1", "query string or fragment", "first ? or #"),
        ("https://api.strait.test/#top", "query string or fragment", "first ? or #"),
        ("https://api.strait.test:99999", "not a valid URL", "https://"),
        ("https://api.strait.test:port", "not a valid URL", "https://"),
        ("https://api strait.test", "whitespace", "spaces"),
    ],
)
def test_bad_base_url(url: str, problem: str, fix: str) -> None:
    error = config_error(env={**BASE_ENV, "STRAIT_BASE_URL": url})

    assert error.source == "environment variable STRAIT_BASE_URL"
    assert error.field == "base_url"
    assert problem in error.message
    assert fix in error.fix


def test_base_url_with_credentials_not_echoed() -> None:
    error = config_error(base_url="https://admin:s3cret-pass@api.strait.test", env=BASE_ENV)

    assert "user name or password" in error.message
    assert "s3cret-pass" not in str(error)
    assert error.source == "argument base_url"


def test_no_base_url_anywhere() -> None:
    error = config_error(env={"STRAIT_API_KEY": FAKE_API_KEY})

    assert error.field == "base_url"
    assert "no base URL is set" in error.message
    assert "STRAIT_BASE_URL" in error.fix
    assert "sdk.base_url in strait.json" in error.fix


# Precedence.


def test_env_only() -> None:
    env = {
        **BASE_ENV,
        "STRAIT_AUTH_TYPE": "bearer",
        "STRAIT_API_KEY": "oidc-token",
        "STRAIT_TIMEOUT_MS": "1500",
        "STRAIT_PROJECT": "proj_env",
    }

    config = load_config(env=env)

    assert config.base_url == "https://api.strait.test"
    assert config.auth_type is AuthType.BEARER
    assert config.api_key == "oidc-token"
    assert config.timeout_ms == 1_500
    assert config.project == "proj_env"


def test_env_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "https://from-os.test")
    monkeypatch.setenv("STRAIT_API_KEY", FAKE_API_KEY)

    config = load_config()

    assert config.base_url == "https://from-os.test"
    assert config.api_key == FAKE_API_KEY


def test_file_only(tmp_path: Path) -> None:
    write_json(
        tmp_path,
        {
            "sdk": {"base_url": "https://file.test/", "auth_type": "bearer", "timeout_ms": 7_000},
            "project": {"id": "proj_file"},
            "jobs": [{"slug": "ignored"}],
        },
    )

    config = load_config(env={"STRAIT_API_KEY": "oidc-token"})

    assert config.base_url == "https://file.test"
    assert config.auth_type is AuthType.BEARER
    assert config.timeout_ms == 7_000
    assert config.project == "proj_file"


def test_env_wins_over_file(tmp_path: Path) -> None:
    write_json(
        tmp_path,
        {
            "sdk": {"base_url": "https://file.test", "auth_type": "bearer", "timeout_ms": 7_000},
            "project": {"id": "proj_file"},
        },
    )
    env = {
        **BASE_ENV,
        "STRAIT_AUTH_TYPE": "apiKey",
        "STRAIT_TIMEOUT_MS": "9000",
        "STRAIT_PROJECT": "proj_env",
    }

    config = load_config(env=env)

    assert config.base_url == "https://api.strait.test"
    assert config.auth_type is AuthType.API_KEY
    assert config.timeout_ms == 9_000
    assert config.project == "proj_env"


def test_arguments_win_over_env(tmp_path: Path) -> None:
    write_json(tmp_path, {"sdk": {"base_url": "https://file.test", "timeout_ms": 7_000}})
    env = {**BASE_ENV, "STRAIT_TIMEOUT_MS": "9000", "STRAIT_PROJECT": "proj_env"}
    other_key = "strait_" + "1" * 64

    config = load_config(
        env=env,
        base_url="https://arg.test",
        api_key=other_key,
        auth_type=AuthType.API_KEY,
        timeout_ms=3_000,
        project="proj_arg",
    )

    assert config.base_url == "https://arg.test"
    assert config.api_key == other_key
    assert config.timeout_ms == 3_000
    assert config.project == "proj_arg"


def test_empty_env_values_count_as_unset(tmp_path: Path) -> None:
    write_json(tmp_path, {"sdk": {"base_url": "https://file.test", "timeout_ms": 7_000}})
    env = {
        "STRAIT_BASE_URL": "",
        "STRAIT_API_KEY": FAKE_API_KEY,
        "STRAIT_AUTH_TYPE": "",
        "STRAIT_TIMEOUT_MS": "  ",
        "STRAIT_PROJECT": "",
    }

    config = load_config(env=env)

    assert config.base_url == "https://file.test"
    assert config.auth_type is AuthType.API_KEY
    assert config.timeout_ms == 7_000
    assert config.project is None


def test_defaults_when_nothing_set() -> None:
    config = load_config(env=BASE_ENV)

    assert config.auth_type is AuthType.API_KEY
    assert config.timeout_ms == DEFAULT_TIMEOUT_MS
    assert config.project is None


def test_explicit_path(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    path = write_json(other, {"sdk": {"base_url": "https://explicit.test"}}, name="custom.json")
    write_json(tmp_path, {"sdk": {"base_url": "https://cwd.test"}})

    config = load_config(path=path, env={"STRAIT_API_KEY": FAKE_API_KEY})

    assert config.base_url == "https://explicit.test"


def test_explicit_path_as_str(tmp_path: Path) -> None:
    path = write_json(tmp_path, {"sdk": {"base_url": "https://explicit.test"}}, name="c.json")

    config = load_config(path=str(path), env={"STRAIT_API_KEY": FAKE_API_KEY})

    assert config.base_url == "https://explicit.test"


def test_no_upward_search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_json(tmp_path, {"sdk": {"base_url": "https://parent.test"}})
    child = tmp_path / "child"
    child.mkdir()
    monkeypatch.chdir(child)

    error = config_error(env={"STRAIT_API_KEY": FAKE_API_KEY})

    assert error.field == "base_url"
    assert str(child) in error.source


def test_read_file_false_skips_file(tmp_path: Path) -> None:
    write_json(tmp_path, {"sdk": {"base_url": "https://file.test"}, "api_key": "x"})

    error = config_error(env={"STRAIT_API_KEY": FAKE_API_KEY}, read_file=False)

    assert error.field == "base_url"
    assert "not read" in error.source


def test_read_file_false_with_path(tmp_path: Path) -> None:
    path = write_json(tmp_path, {})

    error = config_error(env=BASE_ENV, read_file=False, path=path)

    assert error.field == "path"


def test_auth_type_case_insensitive() -> None:
    config = load_config(env={**BASE_ENV, "STRAIT_AUTH_TYPE": "APIKEY"})

    assert config.auth_type is AuthType.API_KEY


# strait.json problems.


def test_missing_explicit_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "strait.json"

    error = config_error(path=missing, env=BASE_ENV)

    assert error.source == f"strait.json at {missing}"
    assert "does not exist" in error.message


def test_path_is_directory(tmp_path: Path) -> None:
    error = config_error(path=tmp_path, env=BASE_ENV)

    assert "is a directory" in error.message
    assert str(tmp_path) in error.source


def test_cwd_strait_json_is_directory(tmp_path: Path) -> None:
    (tmp_path / "strait.json").mkdir()

    error = config_error(env=BASE_ENV)

    assert "is a directory" in error.message


def test_path_of_wrong_type() -> None:
    error = config_error(path=42, env=BASE_ENV)

    assert error.source == "argument path"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_json(tmp_path, {})

    # chmod does not stop root from reading, so the read itself is made to fail.
    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)

    error = config_error(path=path, env=BASE_ENV)

    assert error.message == "could not be read (Permission denied)"
    assert "permissions" in error.fix


def test_invalid_json_gives_position(tmp_path: Path) -> None:
    path = tmp_path / "strait.json"
    path.write_text('{\n  "sdk": {\n    "base_url": "https://x.test",\n  }\n}\n', encoding="utf-8")

    error = config_error(env=BASE_ENV)

    assert error.source == f"strait.json at {path}"
    assert "not valid JSON" in error.message
    assert "line 4, column 3" in error.message


def test_invalid_utf8(tmp_path: Path) -> None:
    (tmp_path / "strait.json").write_bytes(b'{"sdk": {"base_url": "\xff"}}')

    error = config_error(env=BASE_ENV)

    assert "not valid UTF-8" in error.message


def test_byte_order_mark_accepted(tmp_path: Path) -> None:
    content = json.dumps({"sdk": {"base_url": "https://bom.test"}})
    (tmp_path / "strait.json").write_bytes(b"\xef\xbb\xbf" + content.encode())

    config = load_config(env={"STRAIT_API_KEY": FAKE_API_KEY})

    assert config.base_url == "https://bom.test"


@pytest.mark.parametrize(
    ("content", "kind"),
    [("[]", "an array"), ('"text"', "a string"), ("3", "a number"), ("null", "null")],
)
def test_top_level_not_object(tmp_path: Path, content: str, kind: str) -> None:
    (tmp_path / "strait.json").write_text(content, encoding="utf-8")

    error = config_error(env=BASE_ENV)

    assert f"the top level is {kind}" in error.message


@pytest.mark.parametrize("section", ["sdk", "project"])
@pytest.mark.parametrize("value", [[], "x", 1, None])
def test_section_not_object(tmp_path: Path, section: str, value: Any) -> None:
    write_json(tmp_path, {section: value})

    error = config_error(env=BASE_ENV)

    assert error.field == section
    assert "must be an object" in error.message


@pytest.mark.parametrize(
    ("data", "field", "expected"),
    [
        ({"sdk": {"timeout_ms": "5000"}}, "sdk.timeout_ms", "an integer"),
        ({"sdk": {"timeout_ms": 1.5}}, "sdk.timeout_ms", "an integer"),
        ({"sdk": {"timeout_ms": 5000.0}}, "sdk.timeout_ms", "an integer"),
        ({"sdk": {"timeout_ms": True}}, "sdk.timeout_ms", "an integer"),
        ({"sdk": {"timeout_ms": None}}, "sdk.timeout_ms", "an integer"),
        ({"sdk": {"base_url": 8080}}, "sdk.base_url", "a string"),
        ({"sdk": {"base_url": ["https://x"]}}, "sdk.base_url", "a string"),
        ({"sdk": {"auth_type": 1}}, "sdk.auth_type", "a string"),
        ({"sdk": {"auth_type": False}}, "sdk.auth_type", "a string"),
        ({"project": {"id": 12}}, "project.id", "a string"),
    ],
)
def test_file_wrong_types(tmp_path: Path, data: dict[str, Any], field: str, expected: str) -> None:
    path = write_json(tmp_path, data)

    error = config_error(env=BASE_ENV)

    assert error.field == field
    assert error.source == f"strait.json at {path}"
    assert f"must be {expected}" in error.message


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"sdk": {"timeout_ms": 0}}, "sdk.timeout_ms"),
        ({"sdk": {"timeout_ms": -10}}, "sdk.timeout_ms"),
        ({"sdk": {"auth_type": "basic"}}, "sdk.auth_type"),
        ({"sdk": {"base_url": "ftp://x.test"}}, "sdk.base_url"),
        ({"project": {"id": ""}}, "project.id"),
    ],
)
def test_file_invalid_values(tmp_path: Path, data: dict[str, Any], field: str) -> None:
    write_json(tmp_path, data)
    # The environment would override sdk.base_url, so that case leaves STRAIT_BASE_URL unset.
    env = {"STRAIT_API_KEY": FAKE_API_KEY} if field == "sdk.base_url" else BASE_ENV

    error = config_error(env=env)

    assert error.field == field
    assert error.source.startswith("strait.json at ")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"api_key": FAKE_API_KEY}, "api_key"),
        ({"apiKey": FAKE_API_KEY}, "apiKey"),
        ({"sdk": {"api_key": FAKE_API_KEY}}, "sdk.api_key"),
        ({"sdk": {"apiKey": FAKE_API_KEY}}, "sdk.apiKey"),
    ],
)
def test_api_key_in_file_rejected(tmp_path: Path, data: dict[str, Any], field: str) -> None:
    write_json(tmp_path, data)

    error = config_error(env=BASE_ENV)

    assert error.field == field
    assert "STRAIT_API_KEY" in error.fix
    assert FAKE_API_KEY not in str(error)


@pytest.mark.parametrize(
    ("spelling", "name"),
    [("baseUrl", "base_url"), ("authType", "auth_type"), ("timeoutMs", "timeout_ms")],
)
def test_camel_case_fields_rejected(tmp_path: Path, spelling: str, name: str) -> None:
    write_json(tmp_path, {"sdk": {spelling: "x"}})

    error = config_error(env=BASE_ENV)

    assert error.field == f"sdk.{spelling}"
    assert f"sdk.{name}" in error.fix


# Environment problems.


def test_unknown_auth_type_lists_valid() -> None:
    error = config_error(env={**BASE_ENV, "STRAIT_AUTH_TYPE": "basic"})

    assert error.source == "environment variable STRAIT_AUTH_TYPE"
    assert error.field == "auth_type"
    assert "'basic'" in error.message
    assert "apiKey, bearer, runToken" in error.fix


@pytest.mark.parametrize("value", ["abc", "1.5", "0", "-3", "1e3", "1_000", "+5", "30s"])
def test_bad_timeout_env(value: str) -> None:
    error = config_error(env={**BASE_ENV, "STRAIT_TIMEOUT_MS": value})

    assert error.source == "environment variable STRAIT_TIMEOUT_MS"
    assert error.field == "timeout_ms"
    assert "positive whole number" in error.message
    assert repr(value) in error.message


def test_timeout_env_with_spaces() -> None:
    config = load_config(env={**BASE_ENV, "STRAIT_TIMEOUT_MS": " 2500 "})

    assert config.timeout_ms == 2_500


@pytest.mark.parametrize("value", [0, -1, True, 2.5, "100"])
def test_bad_timeout_argument(value: Any) -> None:
    error = config_error(env=BASE_ENV, timeout_ms=value)

    assert error.source == "argument timeout_ms"


# API key rules.


def test_non_strait_key_rejected_without_echo() -> None:
    error = config_error(env={**BASE_ENV, "STRAIT_API_KEY": NON_STRAIT_KEY})

    assert error.source == "environment variable STRAIT_API_KEY"
    assert error.field == "api_key"
    assert "'strait_'" in error.message
    assert NON_STRAIT_KEY not in str(error)
    assert NON_STRAIT_KEY not in repr(vars(error))


def test_non_strait_key_allowed_for_bearer() -> None:
    env = {**BASE_ENV, "STRAIT_API_KEY": NON_STRAIT_KEY, "STRAIT_AUTH_TYPE": "bearer"}

    assert load_config(env=env).api_key == NON_STRAIT_KEY


@pytest.mark.parametrize("auth_type", ["apiKey", "bearer"])
def test_missing_key_names_env_var(auth_type: str) -> None:
    env = {"STRAIT_BASE_URL": "https://api.strait.test", "STRAIT_AUTH_TYPE": auth_type}

    error = config_error(env=env)

    assert error.field == "api_key"
    assert "STRAIT_API_KEY" in error.fix


def test_run_token_auth_without_key() -> None:
    env = {"STRAIT_BASE_URL": "https://api.strait.test", "STRAIT_AUTH_TYPE": "runToken"}

    config = load_config(env=env)

    assert config.auth_type is AuthType.RUN_TOKEN
    assert config.api_key is None


@pytest.mark.parametrize("key", [f"Bearer {FAKE_API_KEY}", f"{FAKE_API_KEY}\n", "strait_é"])
def test_key_with_bad_characters(key: str) -> None:
    error = config_error(env=BASE_ENV, api_key=key)

    assert error.source == "argument api_key"
    assert FAKE_API_KEY not in str(error)


def test_empty_key_argument() -> None:
    error = config_error(env=BASE_ENV, api_key="")

    assert error.message == "is empty"


def test_secret_absent_from_every_error(tmp_path: Path) -> None:
    write_json(tmp_path, {"sdk": {"timeout_ms": "slow"}})

    error = config_error(env=BASE_ENV)

    assert FAKE_API_KEY not in str(error)
    assert FAKE_API_KEY not in repr(error)
