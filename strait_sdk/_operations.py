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

Every generated operation must appear here; a test compares this table with the document.
"""

from __future__ import annotations

from typing import Final

from ._retry import OperationSafety

SAFE = OperationSafety.SAFE
IDEMPOTENCY_KEY = OperationSafety.IDEMPOTENCY_KEY
UNSAFE = OperationSafety.UNSAFE

OPERATION_SAFETY: Final[dict[str, OperationSafety]] = {
    # Management API.
    "health_check": SAFE,
    "create_job": IDEMPOTENCY_KEY,
    "list_jobs": SAFE,
    "get_job": SAFE,
    # PATCH sets the given fields to the given values, so a repeat changes nothing more.
    "update_job": SAFE,
    # A repeated delete returns 404 although the first one succeeded.
    "delete_job": UNSAFE,
    "trigger_job": IDEMPOTENCY_KEY,
    "list_runs": SAFE,
    "get_run": SAFE,
    # A repeated cancel returns 400 "run already in terminal state".
    "cancel_run": UNSAFE,
    "list_run_events": SAFE,
    "list_run_checkpoints": SAFE,
    "list_run_outputs": SAFE,
    "get_event_trigger": SAFE,
    "send_event": IDEMPOTENCY_KEY,
    # Run plane. None of it honours Idempotency-Key.
    "sdk_get_payload": SAFE,
    "sdk_log": UNSAFE,
    "sdk_progress": UNSAFE,
    # Annotations are merged into the run's metadata, so the same map twice is one change.
    "sdk_annotate": SAFE,
    "sdk_heartbeat": SAFE,
    # Each checkpoint gets a new sequence number.
    "sdk_checkpoint": UNSAFE,
    # Outputs are upserted on (run, output_key).
    "sdk_output": SAFE,
    # Once the run is terminal a repeat answers 410, which would hide the success.
    "sdk_complete": UNSAFE,
    "sdk_fail": UNSAFE,
    "sdk_spawn": UNSAFE,
    "sdk_continue": UNSAFE,
    # A repeat answers 409 "event key already in use" or a status conflict.
    "sdk_wait_for_event": UNSAFE,
    "sdk_set_state": SAFE,
    "sdk_list_state": SAFE,
    "sdk_get_state": SAFE,
    "sdk_delete_state": SAFE,
    # Chunks are published live, so a repeat shows twice to readers.
    "sdk_stream_chunk": UNSAFE,
    # Each sample and snapshot is stored as a new record.
    "sdk_resources": UNSAFE,
    "sdk_resource_snapshot": UNSAFE,
    "sdk_set_memory": SAFE,
    "sdk_get_memory": SAFE,
    "sdk_list_memory": SAFE,
    "sdk_delete_memory": SAFE,
}

# Requests sent without an operation name, through the httpx client directly.
_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def safety_of(operation: str | None, method: str) -> OperationSafety:
    """Return how safe it is to repeat `operation`, falling back on HTTP method semantics."""
    if operation is not None and operation in OPERATION_SAFETY:
        return OPERATION_SAFETY[operation]
    return SAFE if method.upper() in _SAFE_METHODS else UNSAFE
