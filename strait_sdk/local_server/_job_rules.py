"""Business rules on job settings and tags that Strait checks after field validation (400)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._response import ApiError

MAX_SLUG_LENGTH = 128
MAX_TIMEOUT_SECS = 86_400
MAX_TAGS = 20
MAX_TAG_KEY_LENGTH = 64
MAX_TAG_VALUE_LENGTH = 256
_QUEUE_NAME = re.compile(r"[A-Za-z0-9_-]{1,63}\Z")


def check_job_settings(
    fields: Mapping[str, Any], *, execution_mode: str, endpoint_url: str
) -> None:
    """Raise 400 for settings that pass field validation but break a job rule.

    ``execution_mode`` and ``endpoint_url`` are the values the job has after the
    request, so an update is checked against the merged job.
    """
    slug = fields.get("slug")
    if slug is not None and len(slug) > MAX_SLUG_LENGTH:
        raise ApiError(400, f"slug must be {MAX_SLUG_LENGTH} characters or fewer")

    timeout_secs = fields.get("timeout_secs")
    if timeout_secs is not None and timeout_secs > MAX_TIMEOUT_SECS:
        raise ApiError(400, f"timeout_secs must be {MAX_TIMEOUT_SECS} or fewer")

    check_tags(fields.get("tags"))

    if fields.get("debounce_window_secs") and fields.get("batch_window_secs"):
        raise ApiError(400, "debounce_window_secs and batch_window_secs cannot both be set")

    queue_name = fields.get("queue_name")
    if queue_name and _QUEUE_NAME.match(queue_name) is None:
        raise ApiError(400, "queue_name must match ^[A-Za-z0-9_-]{1,63}$")

    retry_delays = fields.get("retry_delays_secs") or []
    if any(delay <= 0 for delay in retry_delays):
        raise ApiError(400, "retry_delays_secs must contain only positive integers")

    if execution_mode == "http" and not endpoint_url:
        raise ApiError(400, "endpoint_url is required when execution_mode is http")


def check_tags(tags: Mapping[str, str] | None) -> None:
    """Raise 400 unless there are at most 20 tags, with keys of 1 to 64 characters
    and values of at most 256."""
    if not tags:
        return
    if len(tags) > MAX_TAGS:
        raise ApiError(400, f"too many tags (max {MAX_TAGS})")
    for key, value in tags.items():
        if not 1 <= len(key) <= MAX_TAG_KEY_LENGTH:
            raise ApiError(400, f"tag key {key!r} must be 1 to {MAX_TAG_KEY_LENGTH} characters")
        if len(value) > MAX_TAG_VALUE_LENGTH:
            raise ApiError(
                400, f"tag value for {key!r} must be {MAX_TAG_VALUE_LENGTH} characters or fewer"
            )
