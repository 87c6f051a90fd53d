"""The job endpoint as a WSGI application, for Flask, Django and any WSGI server.

It serves every path it is given, so it can be the whole application or be mounted under a
prefix, for example with werkzeug's DispatcherMiddleware. It imports no web framework.
"""

from __future__ import annotations

import http
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._endpoint import Endpoint
from ._options import DEFAULT_MAX_BODY_BYTES, Handler, build_options
from ._replies import Reply, body_too_large, error_reply, method_not_allowed
from ._request import EndpointRequest, redecoded_header
from ._signature import DEFAULT_MAX_CLOCK_SKEW_S

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment


class JobWSGIApp:
    """A WSGI application that runs a job handler for each dispatch Strait sends it."""

    def __init__(self, endpoint: Endpoint) -> None:
        self._endpoint = endpoint

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        reply = self._reply(environ)
        headers = [*reply.headers, ("content-length", str(len(reply.body)))]
        start_response(_status_line(reply.status), headers)
        return [reply.body]

    def _reply(self, environ: WSGIEnvironment) -> Reply:
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        if method != "POST":
            return method_not_allowed(method)

        max_body_bytes = self._endpoint.options.max_body_bytes
        body = _read_body(environ, max_body_bytes)
        if isinstance(body, Reply):
            return body

        request = EndpointRequest.from_pairs(method, _headers(environ), body)
        return self._endpoint.handle(request)


def wsgi_app(
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
) -> JobWSGIApp:
    """Build a WSGI application that runs `handler(payload, ctx)` for each dispatch.

        app = wsgi_app(handle_import)
        flask_app.wsgi_app = DispatcherMiddleware(flask_app.wsgi_app, {"/strait": app})

    A plain function gets a RunContext and runs on the server's worker thread. An `async def`
    handler gets an AsyncRunContext and runs under asyncio.run() on that thread, with an event
    loop of its own for each request, so it cannot share loop-bound objects across requests.
    The keyword arguments are those of asgi_app().
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
    return JobWSGIApp(Endpoint.build(handler, options))


def _read_body(environ: WSGIEnvironment, max_body_bytes: int) -> bytes | Reply:
    stream: Any = environ["wsgi.input"]
    length_text = str(environ.get("CONTENT_LENGTH") or "").strip()

    if length_text:
        if not length_text.isdigit():
            return error_reply(400, f"the Content-Length header {length_text[:20]!r} is invalid")
        length = int(length_text)
        if length > max_body_bytes:
            return body_too_large(max_body_bytes)
        return bytes(stream.read(length))

    # Without Content-Length a body can only be read safely when the server marks the
    # stream as ending with the body, as werkzeug does for chunked requests.
    if environ.get("wsgi.input_terminated"):
        body = bytes(stream.read(max_body_bytes + 1))
        if len(body) > max_body_bytes:
            return body_too_large(max_body_bytes)
        return body
    return error_reply(411, "the request has no Content-Length header; send the body with one")


def _headers(environ: WSGIEnvironment) -> list[tuple[str, str]]:
    headers = []
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            headers.append((key[5:].replace("_", "-").lower(), redecoded_header(str(value))))
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            headers.append((key.replace("_", "-").lower(), str(value)))
    return headers


def _status_line(status: int) -> str:
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"
