"""Client configuration: validation of each setting, and loading from several places.

Precedence, highest first: explicit arguments, environment variables, strait.json, defaults.
Every invalid value raises ConfigError, which names where the value came from and how to fix it.
The API key is only read from arguments and the environment, never from strait.json, because
that file is usually committed to version control.
"""

from __future__ import annotations

import enum
import ipaddress
import json
import os
import re
import sys
import urllib.parse
import warnings
from collections.abc import Mapping
from pathlib import Path
from types import FrameType
from typing import Any

import attrs

from strait_sdk._constants import (
    API_KEY_PREFIX,
    CONFIG_FILE_NAME,
    DEFAULT_TIMEOUT_MS,
    STRAIT_API_KEY,
    STRAIT_AUTH_TYPE,
    STRAIT_BASE_URL,
    STRAIT_PROJECT,
    STRAIT_TIMEOUT_MS,
)
from strait_sdk._errors import ConfigError, StraitWarning

__all__ = ["AuthType", "ClientConfig", "load_config"]

_WHOLE_NUMBER = re.compile(r"[0-9]+")
_WHITESPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_USER_INFO = re.compile(r"//[^/?#]*@")
# Spellings of an API key field that must not appear in strait.json.
_API_KEY_FILE_FIELDS = ("api_key", "apiKey", "apikey", "api-key")
# camelCase spellings that a user of another SDK might write, mapped to the real field.
_CAMEL_CASE_SDK_FIELDS = {"baseUrl": "base_url", "authType": "auth_type", "timeoutMs": "timeout_ms"}
# The strait_sdk directory, with a trailing separator, for telling SDK frames from the caller's.
_PACKAGE_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "")


class AuthType(enum.StrEnum):
    """Authentication scheme of a client. Every scheme sends its credential as a Bearer token."""

    API_KEY = "apiKey"
    BEARER = "bearer"
    RUN_TOKEN = "runToken"


def _argument(field: str) -> str:
    return f"argument {field}"


def _environment(name: str) -> str:
    return f"environment variable {name}"


def _json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _quote_value(value: str, limit: int = 80) -> str:
    """Quote a non-secret value for an error message, cut to ``limit`` characters."""
    shown = value if len(value) <= limit else value[: limit - 3] + "..."
    return repr(shown)


# Validation of single values. Each takes the value's source and field name for its errors.


def normalize_base_url(value: object, *, source: str, field: str) -> str:
    """Validate a base URL and return it with a lower-case scheme and no trailing "/".

    The scheme must be http or https and a host is required. A path prefix such as
    "/strait" is kept, while user info, query strings and fragments are rejected.
    """
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, got {_json_type_name(value)}",
            source=source,
            field=field,
            fix="Set it to a URL such as https://api.strait.dev.",
        )

    text = value.strip()
    _check_url_characters(text, source=source, field=field)
    parts = _split_url(text, source=source, field=field)
    _check_url_parts(text, parts, source=source, field=field)

    path = parts.path.rstrip("/")
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


def _check_url_characters(text: str, *, source: str, field: str) -> None:
    if not text:
        raise ConfigError(
            "is empty",
            source=source,
            field=field,
            fix="Set it to the server's URL, such as https://api.strait.dev.",
        )
    if _WHITESPACE_OR_CONTROL.search(text):
        raise ConfigError(
            "contains whitespace or control characters",
            source=source,
            field=field,
            fix="Remove the spaces or line breaks from the URL.",
        )
    if _USER_INFO.search(text):
        # The user info may be a password, so the URL is not repeated here.
        raise ConfigError(
            "contains a user name or password before the host",
            source=source,
            field=field,
            fix="Remove the credentials from the URL and pass the API key in STRAIT_API_KEY.",
        )


def _split_url(text: str, *, source: str, field: str) -> urllib.parse.SplitResult:
    try:
        parts = urllib.parse.urlsplit(text)
        parts.port  # noqa: B018 - reading the port validates it
    except ValueError as error:
        raise ConfigError(
            f"{_quote_value(text)} is not a valid URL ({error})",
            source=source,
            field=field,
            fix="Write the full URL, such as https://api.strait.dev or http://127.0.0.1:8080.",
        ) from None
    return parts


def _check_url_parts(
    text: str, parts: urllib.parse.SplitResult, *, source: str, field: str
) -> None:
    if "://" not in text or not parts.scheme:
        raise ConfigError(
            f"{_quote_value(text)} has no scheme",
            source=source,
            field=field,
            fix="Start the URL with https:// (or http:// for a local server).",
        )
    if parts.scheme.lower() not in ("http", "https"):
        raise ConfigError(
            f"{_quote_value(text)} uses the scheme {parts.scheme!r}, "
            "but only http and https are supported",
            source=source,
            field=field,
            fix="Start the URL with https:// (or http:// for a local server).",
        )
    if not parts.hostname:
        raise ConfigError(
            f"{_quote_value(text)} has no host",
            source=source,
            field=field,
            fix="Include the host, such as https://api.strait.dev.",
        )
    if parts.path.rstrip("/").endswith(("/v1", "/sdk/v1")):
        raise ConfigError(
            f"{_quote_value(text)} ends in an API version",
            source=source,
            field=field,
            fix=(
                "Use the server's root URL, such as https://api.strait.dev: the SDK adds /v1 "
                "and /sdk/v1 to each request itself."
            ),
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise ConfigError(
            f"{_quote_value(text)} contains a query string or fragment",
            source=source,
            field=field,
            fix=(
                "Remove everything from the first ? or #, because request paths are "
                "appended to the URL."
            ),
        )


def parse_auth_type(value: object, *, source: str, field: str) -> AuthType:
    """Return the AuthType named by ``value``, matching its values without regard to case."""
    if isinstance(value, AuthType):
        return value

    valid = ", ".join(member.value for member in AuthType)
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, got {_json_type_name(value)}",
            source=source,
            field=field,
            fix=f"Use one of: {valid}.",
        )

    for member in AuthType:
        if value.strip().lower() == member.value.lower():
            return member
    raise ConfigError(
        f"{_quote_value(value)} is not a known auth type",
        source=source,
        field=field,
        fix=f"Use one of: {valid}.",
    )


def check_timeout_ms(value: object, *, source: str, field: str) -> int:
    """Return ``value`` if it is a positive int. Bools and floats are rejected."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(
            f"must be an integer number of milliseconds, got {_json_type_name(value)}",
            source=source,
            field=field,
            fix=f"Use a whole number greater than 0, such as {DEFAULT_TIMEOUT_MS}.",
        )
    if value <= 0:
        raise ConfigError(
            f"must be greater than 0, got {value}",
            source=source,
            field=field,
            fix=f"Use a whole number of milliseconds greater than 0, such as {DEFAULT_TIMEOUT_MS}.",
        )
    return value


def parse_timeout_ms_text(text: str, *, source: str, field: str) -> int:
    """Parse a timeout written as text, as in an environment variable."""
    stripped = text.strip()
    if not _WHOLE_NUMBER.fullmatch(stripped) or int(stripped) <= 0:
        raise ConfigError(
            f"{_quote_value(stripped)} is not a positive whole number of milliseconds",
            source=source,
            field=field,
            fix=f"Set it to a whole number greater than 0, such as {DEFAULT_TIMEOUT_MS}.",
        )
    return int(stripped)


def check_api_key(value: object, auth_type: AuthType, *, source: str, field: str) -> str:
    """Return the key if its form suits ``auth_type``. Messages never repeat the key."""
    if not isinstance(value, str):
        raise ConfigError(
            f"must be a string, got {_json_type_name(value)}",
            source=source,
            field=field,
            fix=f"Pass the key as a string, or set {STRAIT_API_KEY}.",
        )
    if not value:
        raise ConfigError(
            "is empty",
            source=source,
            field=field,
            fix=f"Set {STRAIT_API_KEY} to your API key, or pass api_key=...",
        )
    if _WHITESPACE_OR_CONTROL.search(value) or not value.isascii():
        raise ConfigError(
            "contains whitespace, control or non-ASCII characters",
            source=source,
            field=field,
            fix="Copy the key again without spaces, line breaks or a 'Bearer ' prefix.",
        )
    if auth_type is AuthType.API_KEY and not value.startswith(API_KEY_PREFIX):
        raise ConfigError(
            f"does not start with {API_KEY_PREFIX!r}, so it is not a Strait API key",
            source=source,
            field=field,
            fix=(
                f"Use an API key created in Strait, which starts with {API_KEY_PREFIX}. For an "
                f'OIDC token set {STRAIT_AUTH_TYPE}=bearer or pass auth_type="bearer".'
            ),
        )
    return value


def check_project(value: object, *, source: str, field: str) -> str:
    """Return the project id if it is a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        got = "an empty string" if isinstance(value, str) else _json_type_name(value)
        raise ConfigError(
            f"must be a non-empty string, got {got}",
            source=source,
            field=field,
            fix="Set it to the project's id, or leave it out.",
        )
    return value.strip()


def is_loopback_host(host: str) -> bool:
    """Return whether ``host`` always means this machine: 127.0.0.0/8, ::1 or localhost."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The configuration object.


def _base_url_argument(value: str) -> str:
    return normalize_base_url(value, source=_argument("base_url"), field="base_url")


def _auth_type_argument(value: AuthType | str) -> AuthType:
    return parse_auth_type(value, source=_argument("auth_type"), field="auth_type")


def _validate_timeout_argument(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    check_timeout_ms(value, source=_argument(attribute.name), field=attribute.name)


def _validate_project_argument(
    _instance: Any, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        check_project(value, source=_argument(attribute.name), field=attribute.name)


@attrs.frozen
class ClientConfig:
    """Validated settings for a client.

    ``base_url`` is normalised when the object is built. ``api_key`` contains the API key, OIDC
    token or run token and is left out of repr(). Building a config with plain http:// to a
    host other than this machine emits a StraitWarning.
    """

    base_url: str = attrs.field(converter=_base_url_argument)
    api_key: str | None = attrs.field(default=None, repr=False)
    auth_type: AuthType = attrs.field(default=AuthType.API_KEY, converter=_auth_type_argument)
    timeout_ms: int = attrs.field(default=DEFAULT_TIMEOUT_MS, validator=_validate_timeout_argument)
    project: str | None = attrs.field(default=None, validator=_validate_project_argument)

    def __attrs_post_init__(self) -> None:
        _check_credentials(
            self.api_key,
            self.auth_type,
            source=_argument("api_key"),
            field="api_key",
        )
        _warn_if_plain_http(self.base_url)

    def with_overrides(self, **changes: Any) -> ClientConfig:
        """Return a copy with ``changes`` applied and validated like a new config."""
        known = {attribute.name for attribute in attrs.fields(ClientConfig)}
        for name in changes:
            if name not in known:
                raise ConfigError(
                    "is not a configuration field",
                    source="argument of with_overrides",
                    field=name,
                    fix=f"Use one of: {', '.join(sorted(known))}.",
                )
        return attrs.evolve(self, **changes)


def _check_credentials(api_key: object, auth_type: AuthType, *, source: str, field: str) -> None:
    if api_key is not None:
        check_api_key(api_key, auth_type, source=source, field=field)
        return

    if auth_type in (AuthType.API_KEY, AuthType.BEARER):
        raise ConfigError(
            f"no credential is set, but auth type {auth_type.value} needs one",
            source=source,
            field=field,
            fix=f"Set {STRAIT_API_KEY} to your API key, or pass api_key=...",
        )


def _warn_if_plain_http(base_url: str) -> None:
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme != "http" or is_loopback_host(parts.hostname or ""):
        return

    warnings.warn(
        f"base_url {base_url} uses plain http:// to a host other than this machine, so "
        "credentials and payloads cross the network unencrypted. Use https:// unless the "
        "network is trusted.",
        StraitWarning,
        stacklevel=_caller_stacklevel(),
    )


def _caller_stacklevel() -> int:
    """Return the warnings stacklevel of the first frame outside strait_sdk.

    The config is built through several entry points (ClientConfig, Strait, from_env,
    from_file, RunContext), each with its own depth of SDK frames, so a fixed stacklevel
    would point into the SDK for most of them.
    """
    # Frame 0 is this function and frame 1, at level 1, the function that calls warn.
    level = 2
    frame: FrameType | None = sys._getframe(level)
    while frame is not None and _is_internal_frame(frame):
        level += 1
        frame = frame.f_back
    return level


def _is_internal_frame(frame: FrameType) -> bool:
    """Return whether the frame belongs to strait_sdk or to attrs building an SDK class."""
    filename = frame.f_code.co_filename
    # attrs compiles __init__ under a name such as
    # "<attrs generated methods strait_sdk._config.ClientConfig>".
    if filename.startswith("<attrs generated") and " strait_sdk." in filename:
        return True
    # attrs.evolve, which with_overrides calls, runs between two SDK frames.
    module = frame.f_globals.get("__name__", "")
    if module.partition(".")[0] in ("attr", "attrs"):
        return True
    return filename.startswith(_PACKAGE_DIRECTORY)


# Loading.


@attrs.frozen
class _Setting:
    """A raw value with where it came from, before validation."""

    value: Any
    source: str
    field: str
    # Environment values are text and need parsing, where arguments and JSON carry types.
    is_text: bool = False


@attrs.frozen
class _FileSettings:
    """The settings found in strait.json, and a description of the places consulted."""

    description: str
    base_url: _Setting | None = None
    auth_type: _Setting | None = None
    timeout_ms: _Setting | None = None
    project: _Setting | None = None


def load_config(
    *,
    path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    read_file: bool = True,
    base_url: str | None = None,
    api_key: str | None = None,
    auth_type: AuthType | str | None = None,
    timeout_ms: int | None = None,
    project: str | None = None,
) -> ClientConfig:
    """Build a ClientConfig from arguments, the environment and strait.json.

    ``env`` defaults to os.environ, and empty values in it count as unset. The file is
    ``path`` when given (it must exist), else ./strait.json when present. Parent
    directories are not searched. ``read_file=False`` skips the file.
    """
    environ: Mapping[str, str] = os.environ if env is None else env
    file_settings = _load_file_settings(path, read_file)

    def pick(
        argument: Any, name: str, variable: str, from_file: _Setting | None
    ) -> _Setting | None:
        if argument is not None:
            return _Setting(argument, _argument(name), name)
        value = environ.get(variable, "").strip()
        if value:
            return _Setting(value, _environment(variable), name, is_text=True)
        return from_file

    resolved_base_url = _resolve_base_url(
        pick(base_url, "base_url", STRAIT_BASE_URL, file_settings.base_url),
        file_settings.description,
        read_file,
    )
    resolved_auth_type = _resolve_auth_type(
        pick(auth_type, "auth_type", STRAIT_AUTH_TYPE, file_settings.auth_type)
    )
    resolved_api_key = _resolve_api_key(
        pick(api_key, "api_key", STRAIT_API_KEY, None), resolved_auth_type
    )
    resolved_timeout_ms = _resolve_timeout(
        pick(timeout_ms, "timeout_ms", STRAIT_TIMEOUT_MS, file_settings.timeout_ms)
    )
    resolved_project = _resolve_project(
        pick(project, "project", STRAIT_PROJECT, file_settings.project)
    )

    return ClientConfig(
        base_url=resolved_base_url,
        api_key=resolved_api_key,
        auth_type=resolved_auth_type,
        timeout_ms=resolved_timeout_ms,
        project=resolved_project,
    )


def _resolve_base_url(setting: _Setting | None, consulted: str, read_file: bool) -> str:
    if setting is None:
        in_file = f" or sdk.base_url in {CONFIG_FILE_NAME}" if read_file else ""
        raise ConfigError(
            "no base URL is set",
            source=consulted,
            field="base_url",
            fix=f"Set {STRAIT_BASE_URL}{in_file}, or pass base_url=...",
        )
    return normalize_base_url(setting.value, source=setting.source, field=setting.field)


def _resolve_auth_type(setting: _Setting | None) -> AuthType:
    if setting is None:
        return AuthType.API_KEY
    return parse_auth_type(setting.value, source=setting.source, field=setting.field)


def _resolve_api_key(setting: _Setting | None, auth_type: AuthType) -> str | None:
    if setting is None:
        # The key is never read from strait.json, so the environment is where it belongs.
        _check_credentials(None, auth_type, source=_environment(STRAIT_API_KEY), field="api_key")
        return None
    return check_api_key(setting.value, auth_type, source=setting.source, field=setting.field)


def _resolve_timeout(setting: _Setting | None) -> int:
    if setting is None:
        return DEFAULT_TIMEOUT_MS
    if setting.is_text:
        return parse_timeout_ms_text(setting.value, source=setting.source, field=setting.field)
    return check_timeout_ms(setting.value, source=setting.source, field=setting.field)


def _resolve_project(setting: _Setting | None) -> str | None:
    if setting is None:
        return None
    return check_project(setting.value, source=setting.source, field=setting.field)


# strait.json.


def _load_file_settings(path: str | os.PathLike[str] | None, read_file: bool) -> _FileSettings:
    if not read_file:
        if path is not None:
            raise ConfigError(
                "was given together with read_file=False",
                source=_argument("path"),
                field="path",
                fix="Pass either path or read_file=False, not both.",
            )
        return _FileSettings(description="arguments and environment (strait.json not read)")

    if path is None:
        file_path = Path.cwd() / CONFIG_FILE_NAME
        # A dangling symbolic link is not absent: it is a strait.json that cannot be read.
        if not file_path.exists() and not file_path.is_symlink():
            return _FileSettings(
                description=f"arguments and environment (no {CONFIG_FILE_NAME} in {Path.cwd()})"
            )
    else:
        file_path = _path_argument(path)

    label = _file_label(file_path)
    data = _read_json_object(file_path, label)
    return _settings_from_file(data, label)


def _file_label(file_path: Path) -> str:
    """Name the file for error messages, such as "strait.json at /srv/app/strait.json"."""
    absolute = file_path.absolute()
    # Paths such as "." and "/" have no name, and "strait.json at ." would read oddly.
    if not file_path.name:
        return f"path {absolute}"
    return f"{file_path.name} at {absolute}"


def _path_argument(path: object) -> Path:
    if isinstance(path, str | os.PathLike):
        location = os.fspath(path)
        if isinstance(location, str):
            return Path(location)

    raise ConfigError(
        f"must be a str or os.PathLike of str, got {type(path).__name__}",
        source=_argument("path"),
        field="path",
        fix=f"Pass the path of the {CONFIG_FILE_NAME} file.",
    )


def _read_json_object(file_path: Path, label: str) -> dict[str, Any]:
    def fail(problem: str, fix: str) -> ConfigError:
        return ConfigError(problem, source=label, field="(whole file)", fix=fix)

    if not file_path.exists():
        if file_path.is_symlink():
            raise fail(
                f"the file is a symbolic link to {_link_target(file_path)}, which does not exist",
                f"Point the link at an existing {CONFIG_FILE_NAME}, or remove the link.",
            )
        raise fail(
            "the file does not exist",
            f"Check the path, or leave path out to use ./{CONFIG_FILE_NAME}.",
        )
    if file_path.is_dir():
        raise fail(
            "is a directory, not a file",
            f"Pass the path of the {CONFIG_FILE_NAME} file itself, such as "
            f"{file_path.absolute() / CONFIG_FILE_NAME}.",
        )
    try:
        raw = file_path.read_bytes()
    except OSError as error:
        problem = f"could not be read ({error.strerror or error})"
        raise fail(problem, "Check the file's permissions.") from None

    try:
        # utf-8-sig accepts the byte-order mark that some Windows editors write.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = f"is not valid UTF-8 (invalid byte at offset {error.start})"
        raise fail(problem, "Save the file as UTF-8.") from None

    if not text.strip():
        problem = "the file is empty" if not text else "the file contains only whitespace"
        raise fail(
            problem,
            'Put the settings in it as a JSON object, such as {"sdk": {"base_url": '
            '"https://api.strait.dev"}}, '
            f"or delete it and set {STRAIT_BASE_URL} instead.",
        )

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problem = f"is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        raise fail(problem, "Fix the JSON syntax at that position.") from None
    except RecursionError:
        raise fail("is nested too deeply to parse", "Simplify the file's structure.") from None

    if not isinstance(data, dict):
        raise fail(
            f"the top level is {_json_type_name(data)}, not an object",
            'Make the file a JSON object, such as {"sdk": {"base_url": "https://api.strait.dev"}}.',
        )
    return data


def _link_target(link: Path) -> str:
    try:
        return repr(os.readlink(link))
    except OSError:
        return "a path"


def _settings_from_file(data: dict[str, Any], label: str) -> _FileSettings:
    sdk = _object_member(data, "sdk", label)
    project = _object_member(data, "project", label)
    _reject_api_key_fields(data, sdk, label)
    _reject_camel_case_fields(sdk, label)

    def setting(section: dict[str, Any], prefix: str, name: str, expected: type) -> _Setting | None:
        if name not in section:
            return None
        value = section[name]
        if isinstance(value, bool) or not isinstance(value, expected):
            kind = "an integer" if expected is int else "a string"
            raise ConfigError(
                f"must be {kind}, got {_json_type_name(value)}",
                source=label,
                field=f"{prefix}.{name}",
                fix=f"Change {prefix}.{name} to {kind}, or remove it.",
            )
        return _Setting(value, label, f"{prefix}.{name}")

    return _FileSettings(
        description=f"arguments, environment and {label}",
        base_url=setting(sdk, "sdk", "base_url", str),
        auth_type=setting(sdk, "sdk", "auth_type", str),
        timeout_ms=setting(sdk, "sdk", "timeout_ms", int),
        project=setting(project, "project", "id", str),
    )


def _object_member(data: dict[str, Any], name: str, label: str) -> dict[str, Any]:
    if name not in data:
        return {}
    value = data[name]
    if not isinstance(value, dict):
        raise ConfigError(
            f"must be an object, got {_json_type_name(value)}",
            source=label,
            field=name,
            fix=f'Write "{name}" as a JSON object, or remove it.',
        )
    return value


def _reject_api_key_fields(data: dict[str, Any], sdk: dict[str, Any], label: str) -> None:
    found = [name for name in _API_KEY_FILE_FIELDS if name in data]
    found += [f"sdk.{name}" for name in _API_KEY_FILE_FIELDS if name in sdk]
    if not found:
        return

    # The value is a secret, so only the field's name appears in the message.
    raise ConfigError(
        "contains an API key, but keys are only read from the environment because "
        f"{CONFIG_FILE_NAME} is usually committed to version control",
        source=label,
        field=found[0],
        fix=f"Remove {found[0]} from the file, set {STRAIT_API_KEY} instead, and rotate the key "
        "if the file was ever shared.",
    )


def _reject_camel_case_fields(sdk: dict[str, Any], label: str) -> None:
    for spelling, name in _CAMEL_CASE_SDK_FIELDS.items():
        if spelling in sdk:
            raise ConfigError(
                "is not a recognised field, so its value would be ignored",
                source=label,
                field=f"sdk.{spelling}",
                fix=f"Rename it to sdk.{name}.",
            )
