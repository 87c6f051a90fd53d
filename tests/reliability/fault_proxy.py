"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1 for reliability tests.

The proxy sits between an SDK client (``base_url=proxy.url``) and a local Strait server. A
test queues faults for the next requests that match a method and a path prefix, and every
other request passes through untouched. The proxy records each request it read, with selected
headers, the fault it applied, whether it forwarded the request and how the server responded,
so that a test can count how many times the server really received a call.

Two faults act on connections instead of requests, because they strike before a request can be
read and matched:

- ``refuse_connections()`` closes the listening socket, so that a connect attempt fails with
  ECONNREFUSED and the client knows that nothing was sent. ``accept_connections()`` listens on
  the same port again.
- ``close_next_connections(count)`` accepts the next ``count`` connections and closes each at
  once. The client has already written its request by then, so it cannot tell this apart from
  a server that read the request and died.

Both also close the idle kept-alive client connections, so that the client's next request
opens a new connection.

The proxy reads each response whole before it responds, so it does not suit event streams.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import select
import socket
import struct
import threading
import uuid
from dataclasses import dataclass, field, replace
from typing import BinaryIO
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_LINE_BYTES = 16 * 1024
MAX_HEADER_LINES = 200
MAX_BODY_BYTES = 16 * 1024 * 1024
# Idle client connections and a silent upstream end after this many seconds.
SOCKET_TIMEOUT_S = 30.0
# How often the accept loop checks for stop and for listener changes.
ACCEPT_POLL_S = 0.02
LISTENER_CHANGE_TIMEOUT_S = 5.0
RECORDED_BODY_BYTES = 64 * 1024
RECORDED_REQUEST_HEADERS = (
    "idempotency-key",
    "x-request-id",
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
)
RECORDED_RESPONSE_HEADERS = (
    "content-type",
    "content-length",
    "transfer-encoding",
    "idempotency-replayed",
    "retry-after",
)
WRONG_CONTENT_TYPE = "text/html; charset=utf-8"

Headers = list[tuple[str, str]]


class ProxyProtocolError(Exception):
    """A peer sent bytes that are not valid HTTP/1.1 framing, or closed inside a message."""


class FaultKind(enum.Enum):
    """What the proxy does to a request that matches a queued fault."""

    # Read the request head, then reset the connection without forwarding.
    RESET_MID_REQUEST = "reset_mid_request"
    # Forward, read the server's whole response, then close without responding.
    DROP_RESPONSE = "drop_response"
    # Wait, then forward. The request still reaches the server if the client gave up.
    DELAY = "delay"
    # Respond 429 with the server's JSON error envelope, without forwarding.
    RATE_LIMIT_JSON = "rate_limit_json"
    # Respond 429 with a text/plain body, as a gateway in front of the server would.
    RATE_LIMIT_TEXT = "rate_limit_text"
    # Respond with a gateway status such as 502, 503 or 504, without forwarding.
    GATEWAY_STATUS = "gateway_status"
    # Forward, then send the server's status and headers with the first half of its body.
    TRUNCATE_BODY = "truncate_body"
    # Forward, then send the server's response with Content-Type replaced by text/html.
    WRONG_CONTENT_TYPE = "wrong_content_type"


@dataclass(frozen=True)
class Fault:
    """One fault to apply to one matching request. Build it with the class methods."""

    kind: FaultKind
    delay_s: float = 0.0
    status: int = 0
    body: bytes = b""
    retry_after: str = "1"

    @classmethod
    def reset_mid_request(cls) -> Fault:
        return cls(FaultKind.RESET_MID_REQUEST)

    @classmethod
    def drop_response(cls) -> Fault:
        return cls(FaultKind.DROP_RESPONSE)

    @classmethod
    def delay(cls, milliseconds: int) -> Fault:
        if milliseconds < 0:
            raise ValueError(f"delay must be 0 ms or more, got {milliseconds}")
        return cls(FaultKind.DELAY, delay_s=milliseconds / 1000)

    @classmethod
    def rate_limit_json(cls, retry_after: str = "1") -> Fault:
        return cls(FaultKind.RATE_LIMIT_JSON, status=429, retry_after=retry_after)

    @classmethod
    def rate_limit_text(cls, retry_after: str = "1") -> Fault:
        return cls(FaultKind.RATE_LIMIT_TEXT, status=429, retry_after=retry_after)

    @classmethod
    def gateway_status(cls, status: int, body: bytes = b"") -> Fault:
        if not 500 <= status <= 599:
            raise ValueError(f"gateway status must be 5xx, got {status}")
        return cls(FaultKind.GATEWAY_STATUS, status=status, body=body)

    @classmethod
    def truncate_body(cls) -> Fault:
        return cls(FaultKind.TRUNCATE_BODY)

    @classmethod
    def wrong_content_type(cls) -> Fault:
        return cls(FaultKind.WRONG_CONTENT_TYPE)


@dataclass
class SeenRequest:
    """A request the proxy read, with the fault it applied and the server's response."""

    method: str
    target: str
    headers: dict[str, str]
    fault: Fault | None
    forwarded: bool = False
    response_status: int | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    # The server's body, decoded from chunked framing, cut at RECORDED_BODY_BYTES.
    response_body: bytes = b""

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("idempotency-key")

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-request-id")

    def response_json(self) -> object:
        return json.loads(self.response_body)


@dataclass
class _Rule:
    method: str
    path_prefix: str
    fault: Fault
    remaining: int

    def matches(self, method: str, path: str) -> bool:
        return self.method == method.upper() and path.startswith(self.path_prefix)


@dataclass
class _RequestHead:
    method: str
    target: str
    version: str
    headers: Headers
    raw: bytes


@dataclass
class _UpstreamResponse:
    status: int
    status_line: bytes
    headers: Headers
    raw_head: bytes
    raw_body: bytes
    body: bytes
    # The body ended when the server closed the connection, so the client's must close too.
    delimited_by_close: bool


class _Connection:
    """A client connection and the upstream connection that serves it."""

    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.client_reader: BinaryIO | None = None
        self.upstream: socket.socket | None = None
        self.upstream_reader: BinaryIO | None = None
        # True while waiting for the first byte of the next request.
        self.idle = True
        self.thread: threading.Thread | None = None

    def close_client(self, *, reset: bool = False) -> None:
        """Close the client socket, with a TCP reset when ``reset`` is set.

        The reader made by ``makefile`` is closed first: while it is open, ``close()`` on the
        socket leaves the descriptor open and sends nothing.
        """
        if reset:
            with contextlib.suppress(OSError):
                self.client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        _close_quietly(self.client_reader, self.client)

    def close_upstream(self) -> None:
        _close_quietly(self.upstream_reader, self.upstream)
        self.upstream = None
        self.upstream_reader = None

    def shut_down(self) -> None:
        """Wake the connection's thread by shutting down both of its sockets."""
        for sock in (self.client, self.upstream):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class FaultProxy:
    """Start with ``with FaultProxy(server.base_url) as proxy:``. Give ``proxy.url`` to the SDK.

    ``upstream_url`` must be a plain-HTTP URL on a loopback address, because these tests must
    not send traffic anywhere else.
    """

    def __init__(self, upstream_url: str) -> None:
        parts = urlsplit(upstream_url)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS or parts.port is None:
            raise ValueError(
                f"upstream_url must be http://<loopback address>:<port>, got {upstream_url!r}"
            )
        self._upstream_address = (parts.hostname, parts.port)

        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._rules: list[_Rule] = []
        self._seen: list[SeenRequest] = []
        self._in_flight = 0
        self._connections: set[_Connection] = set()
        self._close_on_accept = 0
        self._closed_on_accept = 0
        self._accepted = 0
        self._want_listening = True
        self._listening = False
        self._stopping = threading.Event()
        self._port = 0
        self._accept_thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._port == 0:
            raise RuntimeError("FaultProxy has no address until start() is called")
        return f"http://127.0.0.1:{self._port}"

    def start(self) -> FaultProxy:
        listener = self._open_listener()
        self._port = listener.getsockname()[1]
        self._listening = True
        self._accept_thread = threading.Thread(
            target=self._accept_loop, args=(listener,), name="fault-proxy-accept", daemon=True
        )
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, close every connection and join every thread the proxy started."""
        self._stopping.set()
        if self._accept_thread is not None:
            self._accept_thread.join(timeout=LISTENER_CHANGE_TIMEOUT_S)

        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            connection.shut_down()
        for connection in connections:
            if connection.thread is not None:
                connection.thread.join(timeout=LISTENER_CHANGE_TIMEOUT_S)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # Programming faults.

    def inject(self, fault: Fault, *, method: str, path: str, times: int = 1) -> None:
        """Apply ``fault`` to the next ``times`` requests whose method and path prefix match.

        Rules are tried in the order they were added, and the first match is used up.
        """
        if times < 1:
            raise ValueError(f"times must be 1 or more, got {times}")
        with self._lock:
            self._rules.append(_Rule(method.upper(), path, fault, times))

    def pending_faults(self) -> int:
        """Return how many queued fault applications have not matched a request yet."""
        with self._lock:
            return sum(rule.remaining for rule in self._rules)

    def clear_faults(self) -> None:
        with self._lock:
            self._rules.clear()
            self._close_on_accept = 0

    def refuse_connections(self) -> None:
        """Close the listening socket, so that new connections fail with ECONNREFUSED."""
        self._set_listening(False)
        self.close_idle_connections()

    def accept_connections(self) -> None:
        """Listen on the same port again after ``refuse_connections``."""
        self._set_listening(True)

    def close_next_connections(self, count: int = 1) -> None:
        """Accept the next ``count`` connections and close each before reading anything."""
        if count < 1:
            raise ValueError(f"count must be 1 or more, got {count}")
        with self._lock:
            self._close_on_accept += count
        self.close_idle_connections()

    def close_idle_connections(self) -> None:
        """Close kept-alive client connections that wait for their next request."""
        with self._lock:
            idle = [connection for connection in self._connections if connection.idle]
        for connection in idle:
            with contextlib.suppress(OSError):
                connection.client.shutdown(socket.SHUT_RDWR)

    # Reading the record.

    def requests(self, method: str | None = None, path: str = "") -> list[SeenRequest]:
        """Return copies of the recorded requests, optionally filtered by method and prefix."""
        with self._lock:
            seen = [replace(request) for request in self._seen]
        return [
            request
            for request in seen
            if (method is None or request.method == method.upper())
            and request.path.startswith(path)
        ]

    def forwarded(self, method: str | None = None, path: str = "") -> list[SeenRequest]:
        """Return the recorded requests that the proxy sent on to the server."""
        return [request for request in self.requests(method, path) if request.forwarded]

    @property
    def connections_accepted(self) -> int:
        """The number of client connections accepted, those closed at once included."""
        with self._lock:
            return self._accepted

    @property
    def closed_on_accept(self) -> int:
        """The number of connections closed at once by ``close_next_connections``."""
        with self._lock:
            return self._closed_on_accept

    def wait_until_idle(self, timeout: float = 5.0) -> None:
        """Block until no request is being handled, for faults that outlive the client's call.

        Raises TimeoutError naming the number still in flight after ``timeout`` seconds.
        """
        with self._changed:
            if not self._changed.wait_for(lambda: self._in_flight == 0, timeout):
                raise TimeoutError(
                    f"{self._in_flight} request(s) still in flight after {timeout} s"
                )

    # Listening.

    def _open_listener(self) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            # SO_REUSEADDR lets the proxy listen on its port again while accepted
            # connections from the previous listener still exist.
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self._port))
            listener.listen(64)
            listener.settimeout(ACCEPT_POLL_S)
        except OSError:
            listener.close()
            raise
        return listener

    def _set_listening(self, listening: bool) -> None:
        with self._changed:
            self._want_listening = listening
            reached = self._changed.wait_for(
                lambda: self._listening == listening, LISTENER_CHANGE_TIMEOUT_S
            )
        if not reached:
            state = "listen again" if listening else "stop listening"
            raise RuntimeError(
                f"the proxy did not {state} within {LISTENER_CHANGE_TIMEOUT_S} s. "
                f"Check whether another process took port {self._port}."
            )

    def _accept_loop(self, first_listener: socket.socket) -> None:
        # Only this thread touches the listening socket, so closing it never races an accept.
        listener: socket.socket | None = first_listener
        try:
            while not self._stopping.is_set():
                listener = self._apply_listener_change(listener)
                if listener is None:
                    self._stopping.wait(ACCEPT_POLL_S)
                    continue
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                self._start_connection(client)
        except OSError:
            logger.exception("the fault proxy's accept loop failed")
        finally:
            if listener is not None:
                listener.close()
            with self._changed:
                self._listening = False
                self._changed.notify_all()

    def _apply_listener_change(self, listener: socket.socket | None) -> socket.socket | None:
        with self._lock:
            want_listening = self._want_listening
        if want_listening == (listener is not None):
            return listener

        if listener is not None:
            listener.close()
            listener = None
        else:
            listener = self._open_listener()
        with self._changed:
            self._listening = listener is not None
            self._changed.notify_all()
        return listener

    def _start_connection(self, client: socket.socket) -> None:
        client.settimeout(SOCKET_TIMEOUT_S)
        connection = _Connection(client)
        connection.thread = threading.Thread(
            target=self._serve_connection, args=(connection,), name="fault-proxy-conn", daemon=True
        )
        with self._lock:
            self._connections.add(connection)
            self._accepted += 1
        connection.thread.start()

    # Serving one client connection.

    def _serve_connection(self, connection: _Connection) -> None:
        try:
            with self._lock:
                close_now = self._close_on_accept > 0
                if close_now:
                    self._close_on_accept -= 1
                    self._closed_on_accept += 1
            if close_now:
                connection.close_client()
                return

            reader = connection.client.makefile("rb")
            connection.client_reader = reader
            while not self._stopping.is_set():
                connection.idle = True
                head = _read_request_head(reader)
                connection.idle = False
                if head is None:
                    return
                if not self._handle_request(connection, reader, head):
                    return
        except (OSError, ProxyProtocolError) as error:
            logger.debug("fault proxy connection ended: %s", error)
        finally:
            connection.close_upstream()
            connection.close_client()
            with self._lock:
                self._connections.discard(connection)

    def _handle_request(
        self, connection: _Connection, reader: BinaryIO, head: _RequestHead
    ) -> bool:
        """Apply the matching fault or pass the request on. Return True to keep the connection."""
        path = head.target.partition("?")[0]
        with self._changed:
            fault = self._take_fault(head.method, path)
            seen = SeenRequest(
                method=head.method,
                target=head.target,
                headers=_select_headers(head.headers, RECORDED_REQUEST_HEADERS),
                fault=fault,
            )
            self._seen.append(seen)
            self._in_flight += 1

        try:
            return self._apply(connection, reader, head, seen, fault)
        finally:
            with self._changed:
                self._in_flight -= 1
                self._changed.notify_all()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for rule in self._rules:
            if rule.matches(method, path):
                rule.remaining -= 1
                if rule.remaining == 0:
                    self._rules.remove(rule)
                return rule.fault
        return None

    def _apply(
        self,
        connection: _Connection,
        reader: BinaryIO,
        head: _RequestHead,
        seen: SeenRequest,
        fault: Fault | None,
    ) -> bool:
        kind = fault.kind if fault is not None else None
        if kind is FaultKind.RESET_MID_REQUEST:
            # The body, if any, is left unread: the connection breaks in the middle.
            connection.close_client(reset=True)
            return False

        body = _read_message_body(reader, head.headers)
        keep_alive = _client_keeps_alive(head)
        if fault is not None and kind in _PROXY_RESPONSE_KINDS:
            connection.client.sendall(_proxy_response(fault, seen.request_id))
            return keep_alive
        if fault is not None and kind is FaultKind.DELAY and self._stopping.wait(fault.delay_s):
            return False

        response = self._forward(connection, head, body, seen)
        with self._lock:
            seen.response_status = response.status
            seen.response_headers = _select_headers(response.headers, RECORDED_RESPONSE_HEADERS)
            seen.response_body = response.body[:RECORDED_BODY_BYTES]

        if kind is FaultKind.DROP_RESPONSE:
            with contextlib.suppress(OSError):
                connection.client.shutdown(socket.SHUT_RDWR)
            return False
        connection.client.sendall(_rewrite_response(response, kind))
        return keep_alive and not response.delimited_by_close

    def _forward(
        self, connection: _Connection, head: _RequestHead, body: bytes, seen: SeenRequest
    ) -> _UpstreamResponse:
        """Send the request upstream, mark it forwarded once sent, and read the response."""
        if connection.upstream is not None and _peer_closed(connection.upstream):
            connection.close_upstream()
        if connection.upstream is None:
            upstream = socket.create_connection(self._upstream_address, timeout=SOCKET_TIMEOUT_S)
            connection.upstream = upstream
            connection.upstream_reader = upstream.makefile("rb")
        assert connection.upstream_reader is not None

        connection.upstream.sendall(head.raw + body)
        with self._lock:
            seen.forwarded = True
        response = _read_response(connection.upstream_reader, head.method)
        if response.delimited_by_close or _header(response.headers, "connection") == "close":
            connection.close_upstream()
        return response


_PROXY_RESPONSE_KINDS = frozenset(
    {FaultKind.RATE_LIMIT_JSON, FaultKind.RATE_LIMIT_TEXT, FaultKind.GATEWAY_STATUS}
)


# HTTP/1.1 framing.


def _read_line(reader: BinaryIO) -> bytes:
    line = reader.readline(MAX_LINE_BYTES + 1)
    if len(line) > MAX_LINE_BYTES:
        raise ProxyProtocolError(f"line longer than {MAX_LINE_BYTES} bytes")
    return line


def _read_header_lines(reader: BinaryIO) -> tuple[Headers, bytes]:
    headers: Headers = []
    raw = bytearray()
    for _ in range(MAX_HEADER_LINES):
        line = _read_line(reader)
        if not line:
            raise ProxyProtocolError("connection closed inside the headers")
        raw += line
        if line in (b"\r\n", b"\n"):
            return headers, bytes(raw)
        name, separator, value = line.decode("latin-1").partition(":")
        if not separator:
            raise ProxyProtocolError(f"header line without a colon: {line[:60]!r}")
        headers.append((name.strip(), value.strip()))
    raise ProxyProtocolError(f"more than {MAX_HEADER_LINES} header lines")


def _read_request_head(reader: BinaryIO) -> _RequestHead | None:
    """Read a request line and headers. Return None when the client closed between requests."""
    line = _read_line(reader)
    # RFC 9112 section 2.2: a server SHOULD ignore at least one empty line before a request.
    while line in (b"\r\n", b"\n"):
        line = _read_line(reader)
    if not line:
        return None

    parts = line.decode("latin-1").split()
    if len(parts) != 3:
        raise ProxyProtocolError(f"invalid request line {line[:80]!r}")
    method, target, version = parts
    headers, raw_headers = _read_header_lines(reader)
    return _RequestHead(method.upper(), target, version, headers, line + raw_headers)


def _read_message_body(reader: BinaryIO, headers: Headers) -> bytes:
    """Read a request body as it came on the wire, chunked framing included."""
    if "chunked" in (_header(headers, "transfer-encoding") or "").lower():
        raw, _ = _read_chunked(reader)
        return raw
    return _read_exact(reader, _content_length(headers) or 0)


def _read_response(reader: BinaryIO, request_method: str) -> _UpstreamResponse:
    status_line = _read_line(reader)
    if not status_line:
        raise ProxyProtocolError("the server closed the connection before responding")
    parts = status_line.decode("latin-1").split(maxsplit=2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise ProxyProtocolError(f"invalid status line {status_line[:80]!r}")
    status = int(parts[1])
    headers, raw_headers = _read_header_lines(reader)

    delimited_by_close = False
    if request_method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        raw_body = body = b""
    elif "chunked" in (_header(headers, "transfer-encoding") or "").lower():
        raw_body, body = _read_chunked(reader)
    elif (length := _content_length(headers)) is not None:
        raw_body = body = _read_exact(reader, length)
    else:
        raw_body = body = _read_until_close(reader)
        delimited_by_close = True

    return _UpstreamResponse(
        status=status,
        status_line=status_line,
        headers=headers,
        raw_head=status_line + raw_headers,
        raw_body=raw_body,
        body=body,
        delimited_by_close=delimited_by_close,
    )


def _read_chunked(reader: BinaryIO) -> tuple[bytes, bytes]:
    """Return a chunked body as sent (chunk framing and trailers included) and decoded."""
    raw = bytearray()
    decoded = bytearray()
    while True:
        size_line = _read_line(reader)
        if not size_line:
            raise ProxyProtocolError("connection closed inside a chunked body")
        raw += size_line
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise ProxyProtocolError(f"invalid chunk size line {size_line[:40]!r}") from None
        if size == 0:
            break
        if len(decoded) + size > MAX_BODY_BYTES:
            raise ProxyProtocolError(f"chunked body larger than {MAX_BODY_BYTES} bytes")
        data = _read_exact(reader, size + 2)
        raw += data
        decoded += data[:size]

    while True:
        trailer = _read_line(reader)
        if not trailer:
            raise ProxyProtocolError("connection closed inside the chunked trailers")
        raw += trailer
        if trailer in (b"\r\n", b"\n"):
            return bytes(raw), bytes(decoded)


def _read_exact(reader: BinaryIO, length: int) -> bytes:
    if length > MAX_BODY_BYTES:
        raise ProxyProtocolError(f"body of {length} bytes is over {MAX_BODY_BYTES} bytes")
    data = reader.read(length) if length else b""
    if len(data) < length:
        raise ProxyProtocolError(f"body ended after {len(data)} of {length} bytes")
    return data


def _read_until_close(reader: BinaryIO) -> bytes:
    data = reader.read(MAX_BODY_BYTES + 1)
    if len(data) > MAX_BODY_BYTES:
        raise ProxyProtocolError(f"body larger than {MAX_BODY_BYTES} bytes")
    return data


def _content_length(headers: Headers) -> int | None:
    value = _header(headers, "content-length")
    if value is None:
        return None
    if not value.isdigit():
        raise ProxyProtocolError(f"invalid Content-Length {value!r}")
    return int(value)


def _header(headers: Headers, name: str) -> str | None:
    return next((value for key, value in headers if key.lower() == name), None)


def _select_headers(headers: Headers, names: tuple[str, ...]) -> dict[str, str]:
    return {key.lower(): value for key, value in headers if key.lower() in names}


def _client_keeps_alive(head: _RequestHead) -> bool:
    connection = (_header(head.headers, "connection") or "").lower()
    if head.version == "HTTP/1.0":
        return connection == "keep-alive"
    return connection != "close"


def _build_response(status_line: bytes, headers: Headers, body: bytes) -> bytes:
    lines = [status_line.rstrip(b"\r\n")]
    lines.extend(f"{name}: {value}".encode("latin-1") for name, value in headers)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _rewrite_response(response: _UpstreamResponse, kind: FaultKind | None) -> bytes:
    if kind is FaultKind.TRUNCATE_BODY:
        cut = response.body[: len(response.body) // 2]
        headers = [
            (name, value)
            for name, value in response.headers
            if name.lower() not in ("content-length", "transfer-encoding")
        ]
        headers.append(("Content-Length", str(len(cut))))
        return _build_response(response.status_line, headers, cut)

    if kind is FaultKind.WRONG_CONTENT_TYPE:
        headers = [
            (name, WRONG_CONTENT_TYPE if name.lower() == "content-type" else value)
            for name, value in response.headers
        ]
        if _header(headers, "content-type") is None:
            headers.append(("Content-Type", WRONG_CONTENT_TYPE))
        return _build_response(response.status_line, headers, response.raw_body)

    return response.raw_head + response.raw_body


def _proxy_response(fault: Fault, request_id: str | None) -> bytes:
    """Build the response that the proxy sends in place of the server's."""
    if fault.kind is FaultKind.RATE_LIMIT_JSON:
        envelope = {
            "error": {"code": "rate_limited", "message": "rate limit exceeded"},
            "request_id": request_id or f"req_proxy_{uuid.uuid4().hex}",
        }
        body = json.dumps(envelope).encode()
        content_type = "application/json"
        extra: Headers = [("Retry-After", fault.retry_after)]
    elif fault.kind is FaultKind.RATE_LIMIT_TEXT:
        body = b"Too Many Requests"
        content_type = "text/plain; charset=utf-8"
        extra = [("Retry-After", fault.retry_after)]
    else:
        body = fault.body
        content_type = "text/plain; charset=utf-8"
        extra = []

    reason = _REASONS.get(fault.status, "Error")
    status_line = f"HTTP/1.1 {fault.status} {reason}".encode("latin-1")
    headers: Headers = [("Content-Type", content_type), *extra]
    headers.append(("Content-Length", str(len(body))))
    return _build_response(status_line, headers, body)


_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


# Sockets.


def _peer_closed(sock: socket.socket) -> bool:
    """Return whether an idle kept-alive connection was closed by its peer."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def _close_quietly(*closeables: BinaryIO | socket.socket | None) -> None:
    for closeable in closeables:
        if closeable is not None:
            with contextlib.suppress(OSError):
                closeable.close()
