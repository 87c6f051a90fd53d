"""The socket side of the server: a threading HTTP/1.1 server that feeds the Application."""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO, cast

from ._application import Application
from ._ids import new_request_id
from ._request import MalformedRequestError, Request, read_body
from ._response import Response
from ._sse import STREAM_HEADERS, EventStream, SseWriter, StreamCut

logger = logging.getLogger("strait_sdk.local_server")

# socketserver listens with a backlog of 5. Connection attempts beyond the queue are dropped
# or delayed by the kernel: with 50 to 200 calls in flight and that backlog, 0.3 % to 1.8 % of
# a load test's calls failed with a ReadError. 128 covers a client with a pool of 100.
DEFAULT_LISTEN_BACKLOG = 128
# Seconds an idle kept-alive connection stays open, as Go's IdleTimeout in Strait.
DEFAULT_IDLE_TIMEOUT_SECS = 120.0

# Headers that Strait sets on every response.
_COMMON_HEADERS = (
    ("X-API-Version", "v1"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Content-Security-Policy", "default-src 'none'"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)


class LocalHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that tracks open connections so that stop can close them.

    ``listen_backlog`` is the length of the kernel's queue of connections not yet accepted
    (socketserver's default is 5). The kernel caps it at net.core.somaxconn on Linux.
    ``idle_timeout_secs`` is how long a kept-alive connection may wait for its next request.
    """

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        application: Application,
        listen_backlog: int = DEFAULT_LISTEN_BACKLOG,
        idle_timeout_secs: float = DEFAULT_IDLE_TIMEOUT_SECS,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        # server_activate, which the base constructor calls, passes this to listen().
        self.request_queue_size = listen_backlog
        self.idle_timeout_secs = idle_timeout_secs
        self.application = application
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can mean a DNS query.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    def close_connections(self) -> None:
        """Shut down kept-alive client connections, which would otherwise outlive the server."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes. With Nagle's algorithm on, the body
    # waits for the client's delayed ACK, about 40 ms per response on Linux.
    disable_nagle_algorithm = True
    server: LocalHTTPServer

    def setup(self) -> None:
        super().setup()
        # A read that times out ends the connection in handle_one_request.
        self.connection.settimeout(self.server.idle_timeout_secs)

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _path_only(self) -> str:
        # The query string may carry a token (an SSE token, say), which must not reach the logs.
        return self.path.split("?", 1)[0]

    def _handle(self) -> None:
        try:
            body = read_body(cast(BinaryIO, self.rfile), self.headers)
        except MalformedRequestError as error:
            logger.info("rejected a malformed %s %s: %s", self.command, self._path_only(), error)
            self.close_connection = True
            self._write(Response(400, b"400 Bad Request\n", "text/plain; charset=utf-8"))
            return

        path, _, query = self.path.partition("?")
        request = Request(
            method=self.command,
            path=path,
            raw_query=query,
            headers=self.headers,
            body=body,
            request_id=self.headers.get("X-Request-Id") or new_request_id(),
        )
        response = self.server.application.respond(request)
        if not body.connection_usable:
            self.close_connection = True
        if isinstance(response, EventStream):
            self._stream(response)
        else:
            self._write(response)

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in _COMMON_HEADERS + response.headers:
            self.send_header(name, value)
        if response.status != 204:
            self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

        if self.command != "HEAD" and response.status != 204:
            self.wfile.write(response.body)

    def _stream(self, stream: EventStream) -> None:
        """Send a server-sent event stream until its producer returns or the stream is cut."""
        try:
            self.send_response(200)
            stream_header_names = {name for name, _ in STREAM_HEADERS}
            for name, value in _COMMON_HEADERS:
                if name not in stream_header_names:
                    self.send_header(name, value)
            for name, value in STREAM_HEADERS:
                self.send_header(name, value)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()

            writer = SseWriter(
                cast(BinaryIO, self.wfile),
                keepalive_secs=stream.keepalive_secs,
                max_duration_secs=stream.max_duration_secs,
            )
            stream.produce(writer)
            writer.finish()
        except StreamCut as cut:
            logger.debug("closing the event stream of %s: %s", self._path_only(), cut)
            self.close_connection = True
        except OSError:
            logger.debug("the client of the event stream %s went away", self.path)
            self.close_connection = True
        except Exception:
            logger.exception("the event stream %s failed", self.path)
            self.close_connection = True
        finally:
            stream.release()

    def send_response(self, code: int, message: str | None = None) -> None:
        # The base class also sends a Server header, which Strait does not.
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # The base class formats the request line for every response, which costs time
        # under load even when DEBUG records are dropped.
        if logger.isEnabledFor(logging.DEBUG):
            super().log_request(code, size)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)
