"""Command line: ``python -m strait_sdk.local_server [--host HOST] [--port PORT]``."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from types import FrameType

from ._http import DEFAULT_IDLE_TIMEOUT_SECS, DEFAULT_LISTEN_BACKLOG
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
    parser.add_argument(
        "--listen-backlog",
        type=_positive_int,
        default=DEFAULT_LISTEN_BACKLOG,
        help=(
            "connections the kernel queues before the server accepts them, for clients "
            f"that open many at once (default: {DEFAULT_LISTEN_BACKLOG})"
        ),
    )
    parser.add_argument(
        "--idle-timeout",
        type=_positive_float,
        default=DEFAULT_IDLE_TIMEOUT_SECS,
        help=(
            "seconds a kept-alive connection may wait for its next request before the server "
            f"closes it (default: {DEFAULT_IDLE_TIMEOUT_SECS:g})"
        ),
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
    server = LocalStrait(
        host=args.host,
        port=args.port,
        api_key=api_key,
        listen_backlog=args.listen_backlog,
        idle_timeout_secs=args.idle_timeout,
    )
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


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number above 0, got {text}")
    return value


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
