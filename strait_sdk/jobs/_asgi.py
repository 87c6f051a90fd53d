"""The job endpoint as an ASGI 3 application, for uvicorn, Starlette and FastAPI.

It serves every path it is given, so it works as the whole application, as a mounted
sub-application or as the endpoint of a single route. It imports no web framework.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ._endpoint import Endpoint
from ._options import DEFAULT_MAX_BODY_BYTES, Handler, build_options
from ._replies import Reply, body_too_large, method_not_allowed
from ._request import EndpointRequest, header_text
from ._signature import DEFAULT_MAX_CLOCK_SKEW_S

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class JobASGIApp:
    """An ASGI application that runs a job handler for each dispatch Strait sends it."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _serve_lifespan(receive, send)
            return
        if scope["type"] != "http":
            # Job endpoints speak plain HTTP only. Closing a websocket before accepting it
            # makes the server reject the handshake with 403.
            await send({"type": "websocket.close", "code": 1008})
            return

        method = str(scope["method"]).upper()
        if method != "POST":
            await _send_reply(send, method_not_allowed(method))
            return

        headers = [(name.decode("latin-1"), header_text(value)) for name, value in scope["headers"]]
        max_body_bytes = self._endpoint.options.max_body_bytes
        if _declared_length(headers) > max_body_bytes:
            await _send_reply(send, body_too_large(max_body_bytes))
            return

        try:
            body = await _read_body(receive, max_body_bytes)
        except _ClientDisconnected:
            return
        if body is None:
            await _send_reply(send, body_too_large(max_body_bytes))
            return

        request = EndpointRequest.from_pairs(method, headers, body)
        reply = await self._endpoint.handle_async(request)
        await _send_reply(send, reply)


def asgi_app(
    handler: Handler,
    *,
    signing_secret: str | None = None,
    max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S,
    heartbeat_interval_s: float | None = None,
    base_url: str | None = None,
    config_path: str | os.PathLike[str] | None = None,
    timeout_ms: int | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    capture_logs: bool | str = False,
) -> JobASGIApp:
    """Build an ASGI application that runs `handler(payload, ctx)` for each dispatch.

        app = asgi_app(handle_import)                       # uvicorn module:app
        fastapi_app.mount("/strait", asgi_app(handle_import))  # endpoint_url .../strait/

    An `async def` handler gets an AsyncRunContext and runs on the event loop. A plain
    function gets a RunContext and runs on a thread of its own. `signing_secret` defaults to
    the STRAIT_SIGNING_SECRET environment variable, read now; when neither is set, requests
    are not checked for Strait's signature. `base_url`, `config_path` and `timeout_ms`
    configure the run context as in RunContext. `heartbeat_interval_s` of None derives the
    interval from the run token, and 0 turns heartbeats off. `capture_logs` sends the
    handler's log records to the run: True for the root logger, or a logger's name.
    """
    options = build_options(
        signing_secret=signing_secret,
        max_clock_skew_s=max_clock_skew_s,
        heartbeat_interval_s=heartbeat_interval_s,
        base_url=base_url,
        config_path=config_path,
        timeout_ms=timeout_ms,
        max_body_bytes=max_body_bytes,
        capture_logs=capture_logs,
    )
    return JobASGIApp(Endpoint.build(handler, options))


class _ClientDisconnected(Exception):
    """The client closed the connection before it sent the whole body."""


async def _serve_lifespan(receive: Receive, send: Send) -> None:
    # The app has nothing to start or stop, but confirming both steps keeps servers from
    # logging that the lifespan protocol is unsupported.
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _declared_length(headers: list[tuple[str, str]]) -> int:
    for name, value in headers:
        if name.lower() == "content-length" and value.strip().isdigit():
            return int(value.strip())
    return 0


async def _read_body(receive: Receive, max_body_bytes: int) -> bytes | None:
    """Return the body, or None as soon as it grows past `max_body_bytes`."""
    chunks = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientDisconnected
        chunks.extend(message.get("body", b""))
        if len(chunks) > max_body_bytes:
            return None
        if not message.get("more_body", False):
            return bytes(chunks)


async def _send_reply(send: Send, reply: Reply) -> None:
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers]
    headers.append((b"content-length", str(len(reply.body)).encode("ascii")))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})
