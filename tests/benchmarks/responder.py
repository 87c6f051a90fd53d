"""A minimal HTTP/1.1 server that returns a canned body for each route, in its own process.

It parses only the request line and Content-Length and writes prebuilt responses, so that
almost all of a call's time against it is the client's. It runs in a child process because
in the benchmark's process it would compete with the client for the GIL.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
import socket
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Self

from attrs import frozen

from .errors import BenchmarkError

START_TIMEOUT_S = 20.0
_NOT_FOUND = b'{"error":"no canned response for this route"}'


@frozen
class Route:
    """A canned response for requests whose method and path (without the query) match."""

    method: str
    path_pattern: str
    status: int
    body: bytes


_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 404: "Not Found"}


def _response_bytes(status: int, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


class _CannedProtocol(asyncio.Protocol):
    """Serves keep-alive requests on one connection; no chunked request bodies."""

    def __init__(self, routes: list[tuple[bytes, re.Pattern[bytes], bytes]]) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._body_left: int | None = None
        self._response = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        # Without TCP_NODELAY, Nagle's algorithm and delayed ACKs stall keep-alive calls ~40 ms.
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._serve_one():
            pass

    def _serve_one(self) -> bool:
        if self._body_left is None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return False
            head = bytes(self._buffer[:end])
            del self._buffer[: end + 4]
            self._response = self._response_for(head)
            self._body_left = _content_length(head)

        if len(self._buffer) < self._body_left:
            return False
        del self._buffer[: self._body_left]
        self._body_left = None
        assert self._transport is not None
        self._transport.write(self._response)
        return True

    def _response_for(self, head: bytes) -> bytes:
        request_line = head.split(b"\r\n", 1)[0]
        method, target, _ = request_line.split(b" ", 2)
        path = target.split(b"?", 1)[0]
        for route_method, pattern, response in self._routes:
            if method == route_method and pattern.fullmatch(path):
                return response
        return _response_bytes(404, _NOT_FOUND)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


async def _serve(routes: list[Route], connection: Connection) -> None:
    compiled = [
        (
            route.method.encode("ascii"),
            re.compile(route.path_pattern.encode("ascii")),
            _response_bytes(route.status, route.body),
        )
        for route in routes
    ]
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _CannedProtocol(compiled), "127.0.0.1", 0, backlog=2048
    )
    port = server.sockets[0].getsockname()[1]
    connection.send(port)

    # The parent closes its end of the pipe to stop the server.
    await loop.run_in_executor(None, _wait_for_close, connection)
    server.close()


def _wait_for_close(connection: Connection) -> None:
    try:
        connection.recv()
    except EOFError:
        return


def _child_main(routes: list[Route], connection: Connection) -> None:
    asyncio.run(_serve(routes, connection))


class Responder:
    """Start with `with Responder(routes) as responder:`; `responder.base_url` is its address."""

    def __init__(self, routes: list[Route]) -> None:
        context = multiprocessing.get_context("spawn")
        self._parent_end, child_end = context.Pipe()
        self._process = context.Process(
            target=_child_main, args=(routes, child_end), name="bench-responder", daemon=True
        )
        self._child_end = child_end
        self.base_url = ""

    def __enter__(self) -> Self:
        self._process.start()
        self._child_end.close()
        if not self._parent_end.poll(START_TIMEOUT_S):
            self._stop()
            raise BenchmarkError(f"the responder did not start within {START_TIMEOUT_S} s")
        port = self._parent_end.recv()
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        self._parent_end.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)
