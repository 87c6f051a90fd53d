"""Which operations may be sent again after a failure that hides whether they took effect.

A request that fails after it reached the server (a dropped connection, a 503 from a proxy)
may or may not have been carried out. Repeating it is only harmless for some operations:

- SAFE: reads, and writes whose repetition leaves the same state and gets the same response
  (setting a state key, an upsert, a heartbeat).
- IDEMPOTENCY_KEY: the server stores the first answer under the request's `Idempotency-Key`
  for 24 hours and replays it, so the SDK sends one key per call and reuses it on retries.
  Only some `/v1` creates honour the header; no run-plane route does.
- UNSAFE: a repeat may duplicate an effect (a second log line, checkpoint or child run) or
  get a different answer for a call that already succeeded (cancelling a run twice gives 400).
  These are repeated only when the request provably never reached the server.

Every operation states its class as `x-strait-retry` in the API document; the generator
collects them into `_generated/operations.py`.
"""

from __future__ import annotations

from typing import Final

from ._generated.operations import RETRY_CLASSES
from ._retry import OperationSafety

# Every generated operation, by its Python name. The class of each is stated next to the
# operation in the API document (x-strait-retry), with the reason where it is not obvious.
OPERATION_SAFETY: Final[dict[str, OperationSafety]] = {
    name: OperationSafety(retry) for name, retry in RETRY_CLASSES.items()
}

# Requests sent without an operation name, through the httpx client directly.
_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def safety_of(operation: str | None, method: str) -> OperationSafety:
    """Return how safe it is to repeat `operation`, falling back on HTTP method semantics."""
    if operation is not None and operation in OPERATION_SAFETY:
        return OPERATION_SAFETY[operation]
    return OperationSafety.SAFE if method.upper() in _SAFE_METHODS else OperationSafety.UNSAFE
