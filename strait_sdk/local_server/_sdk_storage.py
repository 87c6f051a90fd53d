"""Run-plane handlers for run state (per run) and job memory (shared by a job's runs)."""

from __future__ import annotations

from ._context import ServerContext
from ._decode import decode_body
from ._ids import new_uuid7
from ._records import JobMemoryEntry, RunStateEntry
from ._request import Request
from ._request_specs import SDK_SET_MEMORY, SDK_SET_STATE
from ._response import ApiError, Response, json_response, no_content
from ._run_auth import load_token_run
from ._timestamps import NANOS_PER_SECOND, now_ns
from ._wire import json_size

MAX_KEY_LENGTH = 256
MAX_STATE_VALUE_BYTES = 65_536
MAX_MEMORY_VALUE_BYTES = 1_048_576
MAX_MEMORY_PER_JOB_BYTES = 10_485_760


def set_state(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, SDK_SET_STATE)
    key, value = fields["key"], fields["value"]
    if len(key) > MAX_KEY_LENGTH:
        raise ApiError(400, f"state key must be {MAX_KEY_LENGTH} characters or fewer")
    if json_size(value) > MAX_STATE_VALUE_BYTES:
        raise ApiError(400, "state value must not exceed 64KB")

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        entry = RunStateEntry(run_id=run.id, state_key=key, value=value, updated_at_ns=now_ns())
        ctx.store.run_state.setdefault(run.id, {})[key] = entry
        return json_response(201, entry.to_wire())


def list_state(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        entries = ctx.store.run_state.get(run.id, {})
        return json_response(200, [entries[key].to_wire() for key in sorted(entries)])


def get_state(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        entry = ctx.store.run_state.get(run.id, {}).get(request.path_params["key"])
        if entry is None:
            raise ApiError(404, "state key not found")
        return json_response(200, entry.to_wire())


def delete_state(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        ctx.store.run_state.get(run.id, {}).pop(request.path_params["key"], None)
    return no_content()


def set_memory(ctx: ServerContext, request: Request) -> Response:
    """Store a value in the job's memory: 1 MiB per key, 10 MiB per job, optional TTL."""
    fields = decode_body(request, SDK_SET_MEMORY)
    key = request.path_params["key"]
    if len(key) > MAX_KEY_LENGTH:
        raise ApiError(400, f"memory key must be {MAX_KEY_LENGTH} characters or fewer")
    value = fields["value"]
    size = json_size(value)
    if size > MAX_MEMORY_VALUE_BYTES:
        raise ApiError(400, "value exceeds per-key memory limit")

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        memory = _live_memory(ctx, run.job_id)
        others = sum(entry.size_bytes for name, entry in memory.items() if name != key)
        if others + size > MAX_MEMORY_PER_JOB_BYTES:
            raise ApiError(400, "value exceeds per-job memory limit")

        now = now_ns()
        ttl_secs = fields.get("ttl_secs") or 0
        ttl_expires_at = now + ttl_secs * NANOS_PER_SECOND if ttl_secs > 0 else None
        existing = memory.get(key)
        entry = JobMemoryEntry(
            id=existing.id if existing else new_uuid7(),
            job_id=run.job_id,
            project_id=run.project_id,
            memory_key=key,
            value=value,
            size_bytes=size,
            ttl_expires_at_ns=ttl_expires_at,
            created_at_ns=existing.created_at_ns if existing else ctx.clock(),
            updated_at_ns=now,
        )
        memory[key] = entry
        return json_response(201, entry.to_wire())


def get_memory(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        entry = _live_memory(ctx, run.job_id).get(request.path_params["key"])
        if entry is None:
            raise ApiError(404, "memory key not found")
        return json_response(200, entry.to_wire())


def list_memory(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        memory = _live_memory(ctx, run.job_id)
        return json_response(200, [memory[key].to_wire() for key in sorted(memory)])


def delete_memory(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        _live_memory(ctx, run.job_id).pop(request.path_params["key"], None)
    return no_content()


def _live_memory(ctx: ServerContext, job_id: str) -> dict[str, JobMemoryEntry]:
    """Return the job's memory after dropping entries whose TTL has passed."""
    memory = ctx.store.job_memory.setdefault(job_id, {})
    now = now_ns()
    expired = [
        key
        for key, entry in memory.items()
        if entry.ttl_expires_at_ns is not None and entry.ttl_expires_at_ns <= now
    ]
    for key in expired:
        del memory[key]
    return memory
