"""An HTTP server on 127.0.0.1 that records each request and answers with a chosen response."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class RecordedRequest:
    def __init__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body


class EchoServer:
    """Answers every request with `status` and `body`, recording what it received."""

    def __init__(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        self.status = status
        self.body = {"status": "ok"} if body is None else body
        self.headers = headers or {}
        self.requests: list[RecordedRequest] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                server.requests.append(RecordedRequest(self.command, self.path, headers, body))

                payload = (
                    server.body
                    if isinstance(server.body, bytes)
                    else json.dumps(server.body).encode()
                )
                self.send_response(server.status)
                self.send_header("Content-Type", "application/json")
                for name, value in server.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _answer

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> EchoServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
