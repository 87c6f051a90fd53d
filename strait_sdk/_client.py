"""The Strait clients: configuration, auth and transport around one httpx client each.

Generated operations take a client and send through `get_httpx_client()` (or
`get_async_httpx_client()`), so base URL, auth, timeout, retries and logging apply to every
call without the operations knowing about them.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from types import TracebackType
from typing import Any, Self

import attrs
import httpx

from ._config import AuthType, ClientConfig, load_config
from ._constants import DEFAULT_CONNECT_TIMEOUT_S
from ._errors import ConfigError, InvalidArgumentError
from ._generated.api import AsyncResources, Resources
from ._logging import configure_logging
from ._retry import RetryPolicy
from ._transport import AsyncInFlightLimit, AsyncRetryTransport, RetryTransport
from ._version import __version__

USER_AGENT = f"strait-sdk-python/{__version__}"

# Connection pool of a client's default transport. httpx 0.28's default keeps at most 20 idle
# connections of 100, so beyond 20 calls in flight the extra calls open and close a TCP
# connection each. Keeping every pooled connection alive lets many concurrent calls (a run
# fanning out heartbeats, a worker pool) reuse them instead. The idle expiry is httpx's.
# The pool is smaller than httpx's 100 because httpcore 1.0.9 scans it in time that grows
# with the square of the connection count. With 1,000 concurrent heartbeats to 127.0.0.1 on
# 2 cores, 32 connections gave about 580 calls/s and 100 gave about 490. An async client
# queues calls beyond the pool itself, so more calls than connections only wait their turn;
# pass limits= for a wider pool.
DEFAULT_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=32)


def _check_limits(limits: httpx.Limits | None, transport: object | None) -> httpx.Limits:
    if limits is not None and transport is not None:
        raise InvalidArgumentError(
            "limits= applies only to the client's own transport, but a transport was given too. "
            "Set the limits on that transport instead, or leave transport= out."
        )
    return limits if limits is not None else DEFAULT_LIMITS


class BearerAuth(httpx.Auth):
    """Sends the credential as `Authorization: Bearer ...` and keeps it out of reprs.

    An auth flow instead of a default header, so that `client.headers` never contains the secret.
    """

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(token=[redacted])"


def _timeout(timeout_ms: int) -> httpx.Timeout:
    seconds = timeout_ms / 1000
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_CONNECT_TIMEOUT_S))


def _default_headers(config: ClientConfig, extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}

    # With an OIDC bearer the server cannot tell the project from the token, so it reads
    # X-Project-Id. API keys and run tokens carry their project themselves.
    if config.auth_type is AuthType.BEARER and config.project:
        headers["X-Project-Id"] = config.project

    if extra:
        headers.update(extra)
    return headers


def _inline_config(**arguments: Any) -> ClientConfig:
    # Arguments alone, no environment and no file: from_env() and from_file() read those.
    given = {name: value for name, value in arguments.items() if value is not None}
    try:
        return load_config(env={}, read_file=False, **given)
    except ConfigError as error:
        raise ConfigError(
            error.message,
            source=error.source,
            field=error.field,
            fix=(
                f"{error.fix} The constructor reads only its arguments; build the client with "
                "from_env() or from_file() to read STRAIT_* variables and strait.json."
            ),
        ) from None


def _policy(retry_policy: RetryPolicy | None, max_retries: int | None) -> RetryPolicy:
    policy = retry_policy if retry_policy is not None else RetryPolicy()
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    return policy


class _ClientBase:
    """Settings, auth and repr shared by the sync and async clients."""

    _config: ClientConfig
    _retry_policy: RetryPolicy
    _extra_headers: dict[str, str]

    def _setup(
        self,
        config: ClientConfig,
        retry_policy: RetryPolicy,
        headers: Mapping[str, str] | None,
    ) -> None:
        configure_logging()
        self._config = config
        self._retry_policy = retry_policy
        self._extra_headers = dict(headers or {})

    @property
    def config(self) -> ClientConfig:
        """The validated settings of this client."""
        return self._config

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry_policy

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def _auth(self) -> BearerAuth | None:
        return BearerAuth(self._config.api_key) if self._config.api_key else None

    def _client_arguments(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "timeout": _timeout(self._config.timeout_ms),
            "headers": _default_headers(self._config, self._extra_headers),
            "auth": self._auth(),
            "follow_redirects": False,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"auth_type={self._config.auth_type.value!r}, timeout_ms={self._config.timeout_ms}, "
            f"max_retries={self._retry_policy.max_retries})"
        )


class Strait(_ClientBase, Resources):
    """Synchronous client for the Strait API.

    Examples::

        client = Strait(base_url="https://api.strait.dev", api_key="strait_...")
        client = Strait.from_env()                  # STRAIT_* environment variables
        client = Strait.from_file("strait.json")    # the file, then the environment on top
        quick = client.with_options(timeout_ms=2_000, max_retries=0)
        pool = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        wide = Strait.from_env(limits=pool)         # a larger connection pool
        run = client.runs.get("0190a1b2-...")
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        auth_type: AuthType | str | None = None,
        timeout_ms: int | None = None,
        project: str | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        if config is None:
            config = _inline_config(
                base_url=base_url,
                api_key=api_key,
                auth_type=auth_type,
                timeout_ms=timeout_ms,
                project=project,
            )
        self._setup(config, _policy(retry_policy, max_retries), headers)

        pool_limits = _check_limits(limits, transport)
        owns_inner = transport is None
        inner = transport if transport is not None else httpx.HTTPTransport(limits=pool_limits)
        self._inner_transport = inner
        self._http = httpx.Client(
            transport=RetryTransport(inner, self._retry_policy, owns_inner=owns_inner),
            **self._client_arguments(),
        )
        Resources.__init__(self, self)

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build a client from the STRAIT_* environment variables; `options` override them."""
        config = load_config(env=env, read_file=False, **_config_options(options))
        return cls(config=config, **options)

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Self:
        """Build a client from strait.json (`path`, else ./strait.json) and the environment.

        Environment variables win over the file and `options` win over both. The API key
        always comes from STRAIT_API_KEY or `api_key=`, never from the file.
        """
        config = load_config(path=path, env=env, read_file=True, **_config_options(options))
        return cls(config=config, **options)

    def with_options(
        self,
        *,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Strait:
        """Return a client with other timeout or retry settings that shares this connection pool.

        Closing the copy leaves the pool open; closing this client closes it.
        """
        config = (
            self._config.with_overrides(timeout_ms=timeout_ms)
            if timeout_ms is not None
            else self._config
        )
        copy = Strait.__new__(Strait)
        copy._setup(
            config, _policy(retry_policy or self._retry_policy, max_retries), self._extra_headers
        )
        copy._inner_transport = self._inner_transport
        copy._http = httpx.Client(
            transport=RetryTransport(self._inner_transport, copy._retry_policy, owns_inner=False),
            **copy._client_arguments(),
        )
        Resources.__init__(copy, copy)
        return copy

    def get_httpx_client(self) -> httpx.Client:
        """Return the configured httpx client that generated operations send through."""
        return self._http

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStrait(_ClientBase, AsyncResources):
    """Asynchronous client for the Strait API, with the same options as `Strait`.

    Examples::

        async with AsyncStrait.from_env() as client:
            run = await client.runs.get(run_id)
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        auth_type: AuthType | str | None = None,
        timeout_ms: int | None = None,
        project: str | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        if config is None:
            config = _inline_config(
                base_url=base_url,
                api_key=api_key,
                auth_type=auth_type,
                timeout_ms=timeout_ms,
                project=project,
            )
        self._setup(config, _policy(retry_policy, max_retries), headers)

        pool_limits = _check_limits(limits, transport)
        owns_inner = transport is None
        inner = transport if transport is not None else httpx.AsyncHTTPTransport(limits=pool_limits)
        self._inner_transport = inner
        # Only the pool this client builds has a known size to cap the requests in flight at.
        self._in_flight = (
            AsyncInFlightLimit(pool_limits.max_connections)
            if owns_inner and pool_limits.max_connections is not None
            else None
        )
        self._http = httpx.AsyncClient(
            transport=AsyncRetryTransport(
                inner, self._retry_policy, owns_inner=owns_inner, in_flight=self._in_flight
            ),
            **self._client_arguments(),
        )
        AsyncResources.__init__(self, self)

    @classmethod
    def from_env(cls, *, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build a client from the STRAIT_* environment variables; `options` override them."""
        config = load_config(env=env, read_file=False, **_config_options(options))
        return cls(config=config, **options)

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Self:
        """Build a client from strait.json and the environment, as `Strait.from_file` does."""
        config = load_config(path=path, env=env, read_file=True, **_config_options(options))
        return cls(config=config, **options)

    def with_options(
        self,
        *,
        timeout_ms: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncStrait:
        """Return a client with other timeout or retry settings that shares this connection pool."""
        config = (
            self._config.with_overrides(timeout_ms=timeout_ms)
            if timeout_ms is not None
            else self._config
        )
        copy = AsyncStrait.__new__(AsyncStrait)
        copy._setup(
            config, _policy(retry_policy or self._retry_policy, max_retries), self._extra_headers
        )
        copy._inner_transport = self._inner_transport
        copy._in_flight = self._in_flight
        copy._http = httpx.AsyncClient(
            transport=AsyncRetryTransport(
                self._inner_transport,
                copy._retry_policy,
                owns_inner=False,
                in_flight=self._in_flight,
            ),
            **copy._client_arguments(),
        )
        AsyncResources.__init__(copy, copy)
        return copy

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the configured httpx client that generated operations send through."""
        return self._http

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


_CONFIG_FIELDS = ("base_url", "api_key", "auth_type", "timeout_ms", "project")


def _config_options(options: dict[str, Any]) -> dict[str, Any]:
    """Move the configuration fields out of `options`, leaving the client-only ones."""
    return {name: options.pop(name) for name in _CONFIG_FIELDS if options.get(name) is not None}
