"""A job endpoint for tests: a real HTTP server on 127.0.0.1 that Strait dispatches runs to.

Each dispatch is parked until the test answers it, so that the run stays `executing` while
the test drives the run plane with the dispatch's run token.
"""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ANSWER_TIMEOUT_S = 30.0


class Dispatch:
    """One request that Strait sent to the endpoint, waiting for the test's answer."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        self.headers = headers
        self.body = body
        self._answer: tuple[int, bytes] | None = None
        self._answered = threading.Event()

    @property
    def payload(self) -> Any:
        return json.loads(self.body) if self.body else None

    def answer(self, status: int = 200, body: Any = None) -> None:
        encoded = b"" if body is None else json.dumps(body).encode()
        self._answer = (status, encoded)
        self._answered.set()

    def wait_for_answer(self) -> tuple[int, bytes]:
        # A test that forgets to answer must not hang the server thread forever.
        if not self._answered.wait(ANSWER_TIMEOUT_S):
            return 500, b'{"error": "the test did not answer this dispatch"}'
        assert self._answer is not None
        return self._answer


class JobEndpoint:
    """Start with `with JobEndpoint() as endpoint:`; `endpoint.url` is the job's endpoint_url."""

    def __init__(self) -> None:
        self.dispatches: queue.Queue[Dispatch] = queue.Queue()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                dispatch = Dispatch({name: value for name, value in self.headers.items()}, body)
                endpoint.dispatches.put(dispatch)

                status, reply = dispatch.wait_for_answer()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/run"

    def next_dispatch(self, timeout: float = 10.0) -> Dispatch:
        return self.dispatches.get(timeout=timeout)

    def __enter__(self) -> JobEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
