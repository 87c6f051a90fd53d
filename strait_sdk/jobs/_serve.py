"""A small standalone HTTP server for a job handler, from the standard library only.

It runs each request on its own thread (http.server.ThreadingHTTPServer) and suits scripts,
development and tests. Behind a production web server, prefer asgi_app() or wsgi_app().
"""

from __future__ import annotations

import logging
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

from ._endpoint import Endpoint
from ._options import DEFAULT_MAX_BODY_BYTES, Handler, build_options
from ._replies import Reply, body_too_large, error_reply, method_not_allowed
from ._request import EndpointRequest, redecoded_header
from ._signature import DEFAULT_MAX_CLOCK_SKEW_S

logger = logging.getLogger("strait_sdk.jobs")

_POLL_INTERVAL_S = 0.1


class JobServer:
    """An HTTP server on `host`:`port` that runs `handler` for each dispatch.

        with JobServer(handle_import, port=0) as server:   # port 0 picks a free port
            print(server.url)                               # the job's endpoint_url

        JobServer(handle_import, port=8000).serve_forever()

    The socket is bound when the object is built, so `url` is known before `start()`. The
    keyword arguments after `port` are those of asgi_app().
    """

    def __init__(
        self,
        handler: Handler,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        signing_secret: str | None = None,
        max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S,
        heartbeat_interval_s: float | None = None,
        base_url: str | None = None,
        config_path: str | os.PathLike[str] | None = None,
        timeout_ms: int | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        capture_logs: bool | str = False,
    ) -> None:
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
        endpoint = Endpoint.build(handler, options)
        self._server = ThreadingHTTPServer((host, port), _request_handler_class(endpoint))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self._serving = False
        self._closed = False

    @property
    def url(self) -> str:
        """The URL to register as the job's endpoint_url; every path reaches the handler."""
        host, port = self._server.server_address[:2]
        host_text = f"[{host!s}]" if ":" in str(host) else str(host)
        return f"http://{host_text}:{port}/"

    def start(self) -> Self:
        """Serve on a background daemon thread; calling it again does nothing."""
        if self._thread is None:
            # Set before the thread runs, so that a close() right after start() shuts it down.
            self._serving = True
            self._thread = threading.Thread(
                target=self.serve_forever, name="strait-job-server", daemon=True
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread until close() is called from another thread."""
        self._serving = True
        logger.info("job endpoint listening at %s", self.url)
        self._server.serve_forever(_POLL_INTERVAL_S)

    def close(self) -> None:
        """Stop serving and release the port; calling it again does nothing.

        Requests in flight keep running on their daemon threads, and their replies are sent
        if the connection is still open.
        """
        if self._closed:
            return
        self._closed = True
        if self._serving:
            # shutdown() waits for serve_forever() to return, so it runs only after a start.
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join()
        self._server.server_close()
        logger.info("job endpoint at %s stopped", self.url)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def serve(
    handler: Handler,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    signing_secret: str | None = None,
    max_clock_skew_s: float = DEFAULT_MAX_CLOCK_SKEW_S,
    heartbeat_interval_s: float | None = None,
    base_url: str | None = None,
    config_path: str | os.PathLike[str] | None = None,
    timeout_ms: int | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    capture_logs: bool | str = False,
) -> None:
    """Serve `handler` on `host`:`port` until Ctrl-C. The other arguments are asgi_app()'s."""
    server = JobServer(
        handler,
        host=host,
        port=port,
        signing_secret=signing_secret,
        max_clock_skew_s=max_clock_skew_s,
        heartbeat_interval_s=heartbeat_interval_s,
        base_url=base_url,
        config_path=config_path,
        timeout_ms=timeout_ms,
        max_body_bytes=max_body_bytes,
        capture_logs=capture_logs,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _request_handler_class(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    class JobRequestHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Replies are small, so without this Nagle's algorithm can hold each one back ~40 ms.
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self._read_body(endpoint.options.max_body_bytes)
            if isinstance(body, Reply):
                self._send(body)
                return
            headers = [(name, redecoded_header(value)) for name, value in self.headers.items()]
            self._send(endpoint.handle(EndpointRequest.from_pairs("POST", headers, body)))

        def do_GET(self) -> None:
            self._reject_method()

        do_HEAD = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("job endpoint: %s - %s", self.address_string(), format % args)

        def _reject_method(self) -> None:
            # The body, if any, is left unread, so the connection cannot be reused.
            self.close_connection = True
            self._send(method_not_allowed(self.command))

        def _read_body(self, max_body_bytes: int) -> bytes | Reply:
            length_text = (self.headers.get("Content-Length") or "").strip()
            if not length_text:
                self.close_connection = True
                return error_reply(
                    411, "the request has no Content-Length header; send the body with one"
                )
            if not length_text.isdigit():
                self.close_connection = True
                return error_reply(
                    400, f"the Content-Length header {length_text[:20]!r} is invalid"
                )
            length = int(length_text)
            if length > max_body_bytes:
                self.close_connection = True
                return body_too_large(max_body_bytes)
            return self.rfile.read(length)

        def _send(self, reply: Reply) -> None:
            try:
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                if self.close_connection:
                    self.send_header("Connection", "close")
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)
            except OSError as error:
                # The client closed the connection, as Strait does when the job's timeout passes.
                logger.warning("could not send the job endpoint's reply: %s", error)

    return JobRequestHandler
