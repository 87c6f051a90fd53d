"""The job endpoint that the local Strait server dispatches the benchmark's runs to.

`/hold` keeps the dispatch open until the endpoint closes, so that its run stays executing and
its run token stays valid for the whole benchmark. `/answer` completes the run at once with a
result, so that finished runs carry a full set of timestamps.
"""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

RESULT = {"rows_written": 120, "bytes_read": 48_213, "output": "s3://co2-readings/2026/12.parquet"}


class HoldingEndpoint:
    """Records the headers of held dispatches; `held.get()` returns them in order."""

    def __init__(self) -> None:
        self.held: queue.Queue[dict[str, str]] = queue.Queue()
        self._release = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                if self.path.startswith("/hold"):
                    endpoint.held.put(dict(self.headers.items()))
                    endpoint._release.wait()
                reply = json.dumps(RESULT).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                try:
                    self.wfile.write(reply)
                except (BrokenPipeError, ConnectionResetError):
                    # The local server stopped before the held run was released: no one reads this.
                    return

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="bench-job-endpoint", daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
