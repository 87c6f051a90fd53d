"""The request payloads of the per-call cases: a 1 KB log record and a 64 KB checkpoint state."""

from __future__ import annotations

import json
from typing import Any

LOG_DATA_BYTES = 1_024
CHECKPOINT_STATE_BYTES = 64 * 1_024


def _encoded_size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":")).encode())


def log_data() -> dict[str, Any]:
    """A record of about 1 KB of JSON, shaped like what a job logs after a batch of rows."""
    data: dict[str, Any] = {"batch": 17, "source": "co2.csv", "rows": []}
    row = 0
    while _encoded_size(data) < LOG_DATA_BYTES:
        data["rows"].append({"line": row, "ppm": 421.07 + row / 100, "station": "mauna-loa"})
        row += 1
    return data


def checkpoint_state() -> dict[str, Any]:
    """A resumable state of about 64 KB of JSON: an offset and the readings still in flight."""
    state: dict[str, Any] = {"offset": 1_204_511, "file": "co2.csv", "pending": []}
    reading = 0
    while _encoded_size(state) < CHECKPOINT_STATE_BYTES - 100:
        state["pending"].append(
            {"line": reading, "ppm": 421.07 + reading / 100, "flag": "ok", "station": "mlo"}
        )
        reading += 1
    return state
