"""Parsed HTTP requests and request-body reading under Strait's 1 MiB limit."""

from __future__ import annotations

import re
from email.message import Message
from typing import BinaryIO
from urllib.parse import parse_qs

from attrs import define, field, frozen

from ._tokens import RunTokenClaims

MAX_BODY_BYTES = 1_048_576
# Maximum bytes past the limit that are read and dropped. When more remain, the
# connection is closed after the reply instead.
_MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES
_CHUNK_LINE_LIMIT = 4096
_HEX_DIGITS = re.compile(rb"[0-9A-Fa-f]{1,15}")


class MalformedRequestError(Exception):
    """The request framing (Content-Length or chunked encoding) cannot be read."""


@frozen
class RequestBody:
    """The first MAX_BODY_BYTES of a body. ``truncated`` marks a longer body.

    ``connection_usable`` is False when unread bytes remain on the socket.
    """

    data: bytes
    truncated: bool
    connection_usable: bool = True


@define
class Request:
    method: str
    path: str
    raw_query: str
    headers: Message
    body: RequestBody
    request_id: str
    path_params: dict[str, str] = field(factory=dict)
    run_token: RunTokenClaims | None = None
    query: dict[str, list[str]] = field(init=False)

    def __attrs_post_init__(self) -> None:
        self.query = parse_qs(self.raw_query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def query_value(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def query_values(self, name: str) -> list[str]:
        return self.query.get(name, [])

    @property
    def has_body(self) -> bool:
        return bool(self.body.data) or self.body.truncated


def read_body(stream: BinaryIO, headers: Message) -> RequestBody:
    """Read a request body, keeping at most MAX_BODY_BYTES of it.

    Like Go's MaxBytesReader, a longer body is cut off rather than rejected here, so
    the JSON decoder later reports ``unexpected EOF``. The remainder is read and
    dropped so the client sees the reply instead of a reset connection.
    """
    transfer_encoding = (headers.get("Transfer-Encoding") or "").lower()
    if "chunked" in transfer_encoding:
        return _read_chunked(stream)

    length_header = headers.get("Content-Length")
    if length_header is None:
        return RequestBody(b"", truncated=False)
    if not length_header.strip().isdigit():
        raise MalformedRequestError(f"invalid Content-Length {length_header!r}")

    length = int(length_header)
    data = stream.read(min(length, MAX_BODY_BYTES))
    if len(data) < min(length, MAX_BODY_BYTES):
        raise MalformedRequestError("request body is shorter than its Content-Length")
    if length <= MAX_BODY_BYTES:
        return RequestBody(data, truncated=False)

    remaining = length - MAX_BODY_BYTES
    if remaining > _MAX_DRAIN_BYTES:
        return RequestBody(data, truncated=True, connection_usable=False)
    _discard(stream, remaining)
    return RequestBody(data, truncated=True)


def _read_chunked(stream: BinaryIO) -> RequestBody:
    body = bytearray()
    total = 0
    while True:
        size = _read_chunk_size(stream)
        if size == 0:
            _skip_trailers(stream)
            break

        total += size
        if total > MAX_BODY_BYTES + _MAX_DRAIN_BYTES:
            return RequestBody(
                bytes(body[:MAX_BODY_BYTES]), truncated=True, connection_usable=False
            )
        chunk = stream.read(size)
        if len(chunk) < size:
            raise MalformedRequestError("chunked body ended early")
        body.extend(chunk[: max(0, MAX_BODY_BYTES - len(body))])
        stream.readline(_CHUNK_LINE_LIMIT)

    return RequestBody(bytes(body), truncated=total > MAX_BODY_BYTES)


def _read_chunk_size(stream: BinaryIO) -> int:
    line = stream.readline(_CHUNK_LINE_LIMIT)
    size_text = line.split(b";", 1)[0].strip()
    if _HEX_DIGITS.fullmatch(size_text) is None:
        raise MalformedRequestError(f"invalid chunk size line {line[:40]!r}")
    return int(size_text, 16)


def _skip_trailers(stream: BinaryIO) -> None:
    while True:
        line = stream.readline(_CHUNK_LINE_LIMIT)
        if line in (b"\r\n", b"\n", b""):
            return


def _discard(stream: BinaryIO, count: int) -> None:
    while count > 0:
        chunk = stream.read(min(count, 65536))
        if not chunk:
            return
        count -= len(chunk)
