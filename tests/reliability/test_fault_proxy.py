"""The fault proxy's own HTTP/1.1 handling, against a small upstream server on 127.0.0.1.

The upstream responds with each framing that the proxy must carry: Content-Length, chunked, and a
body that ends when the connection closes. It also echoes request bodies, so that a chunked
request can be checked after it crossed the proxy.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from tests.reliability.fault_proxy import Fault, FaultProxy

FIXED_BODY = {"framing": "content-length", "items": list(range(20))}
CHUNKED_BODY = {"framing": "chunked", "items": list(range(40))}
CLOSE_BODY = b"body delimited by the end of the connection"


class _UpstreamHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/chunked":
            self._send_chunked(json.dumps(CHUNKED_BODY).encode())
        elif self.path == "/close":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(CLOSE_BODY)
            self.close_connection = True
        else:
            self._send_json(FIXED_BODY)

    def do_POST(self) -> None:
        chunked = "chunked" in self.headers.get("Transfer-Encoding", "")
        body = (
            self._read_chunked()
            if chunked
            else self.rfile.read(int(self.headers.get("Content-Length") or 0))
        )
        self._send_json({"chunked": chunked, "body": body.decode()})

    def _read_chunked(self) -> bytes:
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0], 16)
            if size == 0:
                self.rfile.readline()
                return body
            body += self.rfile.read(size)
            self.rfile.readline()

    def _send_json(self, value: Any) -> None:
        payload = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_chunked(self, payload: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(payload), 16):
            piece = payload[start : start + 16]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _UpstreamHandler)
    upstream.daemon_threads = True
    thread = threading.Thread(target=upstream.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        with FaultProxy(f"http://127.0.0.1:{upstream.server_address[1]}") as fault_proxy:
            yield fault_proxy
    finally:
        upstream.shutdown()
        upstream.server_close()
        thread.join(timeout=5)


@pytest.fixture
def http(proxy: FaultProxy) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proxy.url, transport=httpx.HTTPTransport(verify=False)) as client:
        yield client


def test_keep_alive_reuses_connection(proxy: FaultProxy, http: httpx.Client) -> None:
    first = http.get("/fixed")
    second = http.get("/chunked")
    third = http.get("/fixed")

    assert first.json() == FIXED_BODY
    assert second.json() == CHUNKED_BODY
    assert third.json() == FIXED_BODY
    assert proxy.connections_accepted == 1
    assert [request.forwarded for request in proxy.requests()] == [True, True, True]


def test_chunked_request_body_passes(proxy: FaultProxy, http: httpx.Client) -> None:
    response = http.post("/echo", content=iter([b'{"part": ', b"1, ", b'"end": true}']))

    assert response.json() == {"chunked": True, "body": '{"part": 1, "end": true}'}
    seen = proxy.requests("POST", "/echo")
    assert seen[0].headers["transfer-encoding"] == "chunked"


def test_close_delimited_response_passes(proxy: FaultProxy, http: httpx.Client) -> None:
    response = http.get("/close")
    after = http.get("/fixed")

    assert response.content == CLOSE_BODY
    assert after.json() == FIXED_BODY
    # The proxy closes the client connection with the upstream one, so a second one follows.
    assert proxy.connections_accepted == 2


def test_truncates_chunked_response(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.inject(Fault.truncate_body(), method="GET", path="/chunked")

    response = http.get("/chunked")

    full = json.dumps(CHUNKED_BODY).encode()
    assert response.status_code == 200
    assert response.content == full[: len(full) // 2]
    assert response.headers["Content-Length"] == str(len(full) // 2)
    assert "Transfer-Encoding" not in response.headers
    assert http.get("/chunked").json() == CHUNKED_BODY


def test_replaces_content_type(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.inject(Fault.wrong_content_type(), method="GET", path="/fixed")

    response = http.get("/fixed")

    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.json() == FIXED_BODY


@pytest.mark.parametrize("fault", [Fault.rate_limit_json(), Fault.rate_limit_text()])
def test_answers_429_without_forwarding(
    proxy: FaultProxy, http: httpx.Client, fault: Fault
) -> None:
    proxy.inject(fault, method="GET", path="/fixed")

    limited = http.get("/fixed", headers={"X-Request-Id": "req_test_1"})
    passed = http.get("/fixed")

    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "1"
    if limited.headers["Content-Type"] == "application/json":
        assert limited.json() == {
            "error": {"code": "rate_limited", "message": "rate limit exceeded"},
            "request_id": "req_test_1",
        }
    else:
        assert limited.text == "Too Many Requests"
    assert passed.status_code == 200
    assert [request.forwarded for request in proxy.requests()] == [False, True]
    assert proxy.requests()[0].request_id == "req_test_1"


def test_matches_method_and_prefix(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.inject(Fault.gateway_status(503, b"unavailable"), method="POST", path="/ec", times=2)

    assert http.get("/echo").status_code == 200
    assert http.post("/echo", content=b"x").status_code == 503
    assert http.post("/echo", content=b"y").text == "unavailable"
    assert http.post("/echo", content=b"z").status_code == 200
    assert proxy.pending_faults() == 0


def test_drop_response_forwards_first(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.inject(Fault.drop_response(), method="POST", path="/echo")

    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/echo", content=b"sent once")

    seen = proxy.requests("POST", "/echo")
    assert len(seen) == 1
    assert seen[0].forwarded
    assert seen[0].response_json() == {"chunked": False, "body": "sent once"}


def test_reset_does_not_forward(proxy: FaultProxy, http: httpx.Client) -> None:
    proxy.inject(Fault.reset_mid_request(), method="POST", path="/echo")

    with pytest.raises(httpx.TransportError):
        http.post("/echo", content=b"never forwarded")

    assert [request.forwarded for request in proxy.requests()] == [False]


def test_refusal_and_reopening(proxy: FaultProxy, http: httpx.Client) -> None:
    assert http.get("/fixed").status_code == 200
    proxy.refuse_connections()

    with pytest.raises(httpx.ConnectError):
        http.get("/fixed")
    proxy.accept_connections()

    assert http.get("/fixed").status_code == 200
    assert len(proxy.requests()) == 2


def test_rejects_other_upstream_hosts() -> None:
    with pytest.raises(ValueError, match="loopback"):
        FaultProxy("http://example.com:80")
