"""Run-plane handlers that read the payload or record what a running job reports."""

from __future__ import annotations

from ._context import ServerContext
from ._decode import decode_body
from ._ids import new_uuid7
from ._lifecycle import add_checkpoint, record_event
from ._records import ResourceSnapshot, RunOutput
from ._request import Request
from ._request_specs import (
    SDK_ANNOTATE,
    SDK_CHECKPOINT,
    SDK_LOG,
    SDK_OUTPUT,
    SDK_PROGRESS,
    SDK_RESOURCE_SNAPSHOT,
    SDK_RESOURCES,
    SDK_STREAM_CHUNK,
)
from ._response import ApiError, Response, json_response
from ._run_auth import load_token_run
from ._timestamps import now_ns
from ._wire import JsonValue, go_float

MAX_ANNOTATIONS_PER_REQUEST = 50
MAX_ANNOTATION_KEY_BYTES = 128
MAX_ANNOTATION_VALUE_BYTES = 1024


def get_payload(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request, require_active=False)
        return json_response(200, run.payload)


def log(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, SDK_LOG)
    data = fields.get("data")

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        event = record_event(
            ctx,
            run.id,
            event_type=fields.get("type") or "log",
            level=fields.get("level") or "info",
            message=fields["message"],
            data={} if data is None else data,
        )
        return json_response(201, event.to_wire())


def progress(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, SDK_PROGRESS)
    data: dict[str, JsonValue] = {"percent": go_float(fields.get("percent", 0.0))}
    if fields.get("step"):
        data["step"] = fields["step"]
    if fields.get("eta_seconds"):
        data["eta_seconds"] = fields["eta_seconds"]

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        event = record_event(
            ctx, run.id, event_type="progress", level="info", message=fields["message"], data=data
        )
        return json_response(201, event.to_wire())


def annotate(ctx: ServerContext, request: Request) -> Response:
    """Merge the annotations into the run's metadata and return the run."""
    annotations: dict[str, str] = decode_body(request, SDK_ANNOTATE)["annotations"]
    _check_annotations(annotations)

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        run.metadata.update(annotations)
        ctx.store.notify_changed()
        return json_response(200, run.to_wire())


def heartbeat(ctx: ServerContext, request: Request) -> Response:
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        run.heartbeat_at_ns = now_ns()
        ctx.store.notify_changed()
    return json_response(200, {"status": "ok"})


def checkpoint(ctx: ServerContext, request: Request) -> Response:
    fields = decode_body(request, SDK_CHECKPOINT)

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        saved = add_checkpoint(
            ctx, run.id, source=fields.get("source") or "sdk", state=fields["state"]
        )
        return json_response(201, saved.to_wire())


def output(ctx: ServerContext, request: Request) -> Response:
    """Create or replace the run's output with this key; id and created_at stay on replace."""
    fields = decode_body(request, SDK_OUTPUT)
    key = fields["output_key"]

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        outputs = ctx.store.outputs.setdefault(run.id, {})
        existing = outputs.get(key)
        if existing is None:
            existing = RunOutput(
                id=new_uuid7(),
                run_id=run.id,
                output_key=key,
                schema=fields.get("schema"),
                value=fields["value"],
                created_at_ns=ctx.clock(),
            )
            outputs[key] = existing
        else:
            existing.schema = fields.get("schema")
            existing.value = fields["value"]
        return json_response(201, existing.to_wire())


def stream_chunk(ctx: ServerContext, request: Request) -> Response:
    """Accept a stream chunk. Strait only publishes chunks live, and this server has no stream."""
    decode_body(request, SDK_STREAM_CHUNK)
    with ctx.store.lock:
        load_token_run(ctx, request)
    return json_response(200, {"status": "ok"})


def resources(ctx: ServerContext, request: Request) -> Response:
    """Record a resource sample event: level warn from 80 % and error from 90 % usage."""
    fields = decode_body(request, SDK_RESOURCES)
    memory_mb = fields.get("memory_mb", 0.0)
    memory_percent = fields.get("memory_percent", 0.0)
    cpu_percent = fields.get("cpu_percent", 0.0)
    if memory_mb < 0:
        raise ApiError(400, "memory_mb must be non-negative")
    if not 0 <= memory_percent <= 100:
        raise ApiError(400, "memory_percent must be between 0 and 100")
    if not 0 <= cpu_percent <= 100:
        raise ApiError(400, "cpu_percent must be between 0 and 100")

    peak = max(memory_percent, cpu_percent)
    level = "info"
    if peak >= 90:
        level = "error"
    elif peak >= 80:
        level = "warn"
    data = {
        "memory_mb": go_float(memory_mb),
        "memory_percent": go_float(memory_percent),
        "cpu_percent": go_float(cpu_percent),
    }
    with ctx.store.lock:
        run = load_token_run(ctx, request)
        record_event(
            ctx,
            run.id,
            event_type="resource_sample",
            level=level,
            message="resource sample",
            data=data,
        )
    return json_response(201, {"status": "ok"})


def resource_snapshot(ctx: ServerContext, request: Request) -> Response:
    """Store a snapshot; memory above 90 % of its limit also records a resource.oom_risk event."""
    fields = decode_body(request, SDK_RESOURCE_SNAPSHOT)

    with ctx.store.lock:
        run = load_token_run(ctx, request)
        snapshot = ResourceSnapshot(
            id=new_uuid7(),
            run_id=run.id,
            cpu_percent=fields.get("cpu_percent", 0.0),
            memory_mb=fields.get("memory_mb", 0.0),
            memory_limit_mb=fields.get("memory_limit_mb", 0.0),
            network_rx_bytes=fields.get("network_rx_bytes", 0),
            network_tx_bytes=fields.get("network_tx_bytes", 0),
            created_at_ns=ctx.clock(),
        )
        ctx.store.resource_snapshots.setdefault(run.id, []).append(snapshot)

        limit = snapshot.memory_limit_mb
        if limit > 0 and snapshot.memory_mb > 0.9 * limit:
            record_event(
                ctx,
                run.id,
                event_type="resource.oom_risk",
                level="warn",
                message=f"memory {snapshot.memory_mb:g} MB is above 90% of the {limit:g} MB limit",
                data=snapshot.to_wire(),
            )
        return json_response(201, snapshot.to_wire())


def _check_annotations(annotations: dict[str, str]) -> None:
    if len(annotations) > MAX_ANNOTATIONS_PER_REQUEST:
        raise ApiError(400, f"too many annotations (max {MAX_ANNOTATIONS_PER_REQUEST})")
    for key, value in annotations.items():
        if not key.strip():
            raise ApiError(400, "annotation keys must be non-empty")
        if len(key.encode("utf-8")) > MAX_ANNOTATION_KEY_BYTES:
            raise ApiError(
                400, f"annotation key {key[:40]!r} is longer than {MAX_ANNOTATION_KEY_BYTES} bytes"
            )
        if len(value.encode("utf-8")) > MAX_ANNOTATION_VALUE_BYTES:
            raise ApiError(
                400,
                f"annotation value for {key!r} is longer than {MAX_ANNOTATION_VALUE_BYTES} bytes",
            )
