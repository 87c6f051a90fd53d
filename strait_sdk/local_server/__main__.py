"""Command line: ``python -m strait_sdk.local_server [--host HOST] [--port PORT]``."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from types import FrameType

from ._ids import is_api_key, new_api_key
from ._server import LocalStrait


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m strait_sdk.local_server",
        description=(
            "Run an in-memory Strait server for local development. It uses STRAIT_API_KEY "
            "when set, otherwise it generates a key for this run only."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8080,
        help="TCP port to listen on; 0 picks a free port (default: 8080)",
    )
    args = parser.parse_args(argv)

    api_key = os.environ.get("STRAIT_API_KEY")
    if api_key is not None and not is_api_key(api_key):
        print(
            "error: STRAIT_API_KEY is not a Strait API key ('strait_' followed by 64 lowercase "
            "hex characters). Fix it, or unset it to have a key generated.",
            file=sys.stderr,
        )
        return 2
    generated = api_key is None
    if api_key is None:
        api_key = new_api_key()

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    stop_requested = _stop_on_signals()
    server = LocalStrait(host=args.host, port=args.port, api_key=api_key)
    try:
        server.start()
    except OSError as error:
        print(f"error: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1

    print(f"Local Strait server at {server.base_url} (project {server.project_id})", flush=True)
    if generated:
        print(
            f"Generated a throwaway API key. Use it with: export STRAIT_API_KEY={api_key}",
            flush=True,
        )
    print("Press Ctrl-C to stop.", flush=True)

    while not stop_requested.wait(0.5):
        pass
    server.stop()
    return 0


def _stop_on_signals() -> threading.Event:
    """Return an event that Ctrl-C (SIGINT) or SIGTERM sets, in place of KeyboardInterrupt."""
    stop_requested = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    return stop_requested


if __name__ == "__main__":
    sys.exit(main())
