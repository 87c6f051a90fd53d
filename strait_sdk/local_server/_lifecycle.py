"""Run and event trigger state changes shared by the API handlers and the dispatcher.

Every function here expects the caller to hold ``ctx.store.lock``, except
``expire_trigger``, which runs on the timer thread and takes the lock itself.
Status changes and run events are also published to the open run streams.
"""

from __future__ import annotations

import functools
import json
import logging

from ._context import ServerContext
from ._ids import new_uuid7
from ._records import TERMINAL_STATUSES, EventTrigger, Job, Run, RunCheckpoint, RunEvent
from ._timestamps import NANOS_PER_SECOND, format_rfc3339_nano, now_ns
from ._wire import JsonValue, dumps_canonical

logger = logging.getLogger("strait_sdk.local_server")

STATUS_EVENT_TYPE = "state_change"
_FAILURE_STATUSES = frozenset({"failed", "timed_out", "crashed", "system_failed", "expired"})


def spawn_await_key(child_run_id: str) -> str:
    return f"spawn-await:{child_run_id}"


def record_event(
    ctx: ServerContext,
    run_id: str,
    *,
    event_type: str,
    message: str,
    level: str = "info",
    data: JsonValue = None,
) -> RunEvent:
    event = RunEvent(
        id=new_uuid7(),
        run_id=run_id,
        type=event_type,
        level=level,
        message=message,
        data=data,
        created_at_ns=ctx.clock(),
    )
    ctx.store.run_events.setdefault(run_id, []).append(event)
    if event_type != STATUS_EVENT_TYPE:
        # NOTE: the reference does not say whether Strait also streams state_change run
        # events as ``event`` messages. Here they reach run streams only as status_change.
        ctx.run_feed.publish(run_id, _event_message(event))
    return event


def add_checkpoint(
    ctx: ServerContext, run_id: str, *, source: str, state: JsonValue
) -> RunCheckpoint:
    checkpoints = ctx.store.checkpoints.setdefault(run_id, [])
    checkpoint = RunCheckpoint(
        id=new_uuid7(),
        run_id=run_id,
        sequence=len(checkpoints) + 1,
        source=source,
        state=state,
        created_at_ns=ctx.clock(),
    )
    checkpoints.append(checkpoint)
    return checkpoint


def change_status(ctx: ServerContext, run: Run, status: str) -> None:
    """Move a run to a new status, record the change as a run event and publish it.

    A terminal status sets finished_at, resolves the parent's spawn-await trigger and
    finishes the workflow step that the run belongs to.
    """
    previous = run.status
    run.status = status
    if status in TERMINAL_STATUSES:
        run.finished_at_ns = now_ns()

    event = record_event(
        ctx,
        run.id,
        event_type=STATUS_EVENT_TYPE,
        level="error" if status in _FAILURE_STATUSES else "info",
        message=f"status changed from {previous} to {status}",
        data={"from": previous, "to": status, "attempt": run.attempt},
    )
    ctx.run_feed.publish(run.id, _status_message(run, previous, event.created_at_ns))
    ctx.store.notify_changed()
    logger.debug("run %s: %s -> %s (attempt %d)", run.id, previous, status, run.attempt)

    if status in TERMINAL_STATUSES:
        _resolve_spawn_await(ctx, run)
        if run.workflow_step_run_id and ctx.workflows is not None:
            ctx.workflows.job_run_finished(run)


def create_run(
    ctx: ServerContext,
    job: Job,
    *,
    payload: JsonValue,
    triggered_by: str,
    priority: int = 0,
    tags: dict[str, str] | None = None,
    scheduled_at_ns: int | None = None,
    ttl_secs: int | None = None,
    idempotency_key: str = "",
    parent_run_id: str = "",
    continuation_of: str = "",
    lineage_depth: int = 0,
    concurrency_key: str = "",
    workflow_step_run_id: str = "",
) -> Run:
    """Create a queued run (delayed when scheduled in the future) and schedule its dispatch."""
    now = now_ns()
    delayed = scheduled_at_ns is not None and scheduled_at_ns > now
    start_ns = scheduled_at_ns if delayed and scheduled_at_ns is not None else now

    run = Run(
        id=new_uuid7(),
        job_id=job.id,
        project_id=job.project_id,
        status="delayed" if delayed else "queued",
        attempt=1,
        triggered_by=triggered_by,
        priority=priority,
        job_version=job.version,
        job_version_id=job.version_id,
        # Strait stores the payload as canonical JSON, so its keys come back sorted.
        payload=json.loads(dumps_canonical(payload)),
        tags=dict(tags or {}),
        metadata=dict(job.options.get("default_run_metadata") or {}),
        scheduled_at_ns=scheduled_at_ns,
        expires_at_ns=run_expiry_ns(job, start_ns, ttl_secs),
        idempotency_key=idempotency_key,
        parent_run_id=parent_run_id,
        continuation_of=continuation_of,
        lineage_depth=lineage_depth,
        concurrency_key=concurrency_key,
        workflow_step_run_id=workflow_step_run_id,
        execution_mode=job.execution_mode,
        queue_name=job.queue,
        created_at_ns=ctx.clock(),
    )
    ctx.store.runs[run.id] = run
    record_event(
        ctx,
        run.id,
        event_type=STATUS_EVENT_TYPE,
        message=f"run created with status {run.status}",
        data={"to": run.status, "attempt": run.attempt},
    )
    ctx.store.notify_changed()
    schedule_dispatch(ctx, run, start_ns)
    return run


def run_expiry_ns(job: Job, start_ns: int, ttl_secs: int | None) -> int:
    """Return a new run's expires_at, which Strait fixes at trigger time.

    It is the start (scheduled time or now) plus ttl_secs, else the job's run_ttl_secs,
    else timeout_secs + 60. Every run token of the run expires at this time.
    """
    lifetime_secs = ttl_secs or int(job.options.get("run_ttl_secs") or 0) or job.timeout_secs + 60
    return start_ns + lifetime_secs * NANOS_PER_SECOND


def schedule_dispatch(ctx: ServerContext, run: Run, due_ns: int | None = None) -> None:
    if ctx.launcher is not None:
        ctx.timers.call_at(due_ns or now_ns(), functools.partial(ctx.launcher.launch, run.id))


def complete_run(ctx: ServerContext, run: Run, result: JsonValue) -> None:
    run.result = result
    run.error = ""
    run.error_class = ""
    run.next_retry_at_ns = None
    change_status(ctx, run, "completed")


def fail_run(
    ctx: ServerContext, run: Run, error: str, *, status: str = "failed", error_class: str = ""
) -> None:
    run.error = error
    run.error_class = error_class
    run.next_retry_at_ns = None
    change_status(ctx, run, status)


def cancel_run(ctx: ServerContext, run: Run) -> None:
    """Cancel a run, its waiting event triggers and, recursively, its unfinished child runs."""
    run.error = "canceled by user"
    run.next_retry_at_ns = None
    change_status(ctx, run, "canceled")

    for trigger in ctx.store.waiting_triggers_for(run.id):
        close_trigger(ctx, trigger, "canceled", error="canceled by user")

    children = [
        child
        for child in ctx.store.runs.values()
        if child.parent_run_id == run.id and not child.is_terminal
    ]
    for child in children:
        cancel_run(ctx, child)


def create_wait_trigger(
    ctx: ServerContext, run: Run, *, event_key: str, timeout_secs: int, notify_url: str = ""
) -> EventTrigger:
    """Create a waiting event trigger for a job run and schedule its expiry."""
    return add_trigger(
        ctx,
        event_key=event_key,
        project_id=run.project_id,
        timeout_secs=timeout_secs,
        job_run_id=run.id,
        notify_url=notify_url,
    )


def add_trigger(
    ctx: ServerContext,
    *,
    event_key: str,
    project_id: str,
    timeout_secs: int,
    job_run_id: str = "",
    workflow_run_id: str = "",
    workflow_step_run_id: str = "",
    notify_url: str = "",
) -> EventTrigger:
    """Store a waiting trigger under its key and schedule its expiry on the wall clock.

    The source type is ``workflow_step`` when a workflow run id is given, else ``job_run``.
    """
    requested_at = ctx.clock()
    trigger = EventTrigger(
        id=new_uuid7(),
        event_key=event_key,
        project_id=project_id,
        source_type="workflow_step" if workflow_run_id else "job_run",
        job_run_id=job_run_id,
        workflow_run_id=workflow_run_id,
        workflow_step_run_id=workflow_step_run_id,
        status="waiting",
        timeout_secs=timeout_secs,
        requested_at_ns=requested_at,
        expires_at_ns=requested_at + timeout_secs * NANOS_PER_SECOND,
        notify_url=notify_url,
    )
    ctx.store.event_triggers[event_key] = trigger
    expire = functools.partial(expire_trigger, ctx, trigger.id, event_key)
    ctx.timers.call_at(now_ns() + timeout_secs * NANOS_PER_SECOND, expire)
    return trigger


def close_trigger(ctx: ServerContext, trigger: EventTrigger, status: str, *, error: str) -> None:
    """Move a waiting trigger to ``timed_out`` or ``canceled`` and tell its workflow step."""
    trigger.status = status
    trigger.error = error
    ctx.store.notify_changed()
    if trigger.source_type == "workflow_step" and ctx.workflows is not None:
        ctx.workflows.trigger_finished(trigger)


def resolve_trigger(ctx: ServerContext, trigger: EventTrigger, payload: JsonValue) -> None:
    """Mark a trigger received and hand the payload to what waits on it.

    A waiting job run gets the payload as a checkpoint and is queued again. A workflow
    step completes with the payload as its output.
    """
    trigger.status = "received"
    trigger.received_at_ns = now_ns()
    trigger.response_payload = payload
    ctx.store.notify_changed()

    if trigger.source_type == "workflow_step":
        if ctx.workflows is not None:
            ctx.workflows.trigger_finished(trigger)
        return

    run = ctx.store.runs.get(trigger.job_run_id)
    if run is None or run.is_terminal:
        return
    add_checkpoint(ctx, run.id, source="event_trigger", state={} if payload is None else payload)
    resume_if_unblocked(ctx, run)


def resume_if_unblocked(ctx: ServerContext, run: Run) -> None:
    """Queue a waiting run again, with the same attempt, once no trigger of it is still waiting."""
    if run.status != "waiting" or ctx.store.waiting_triggers_for(run.id):
        return
    change_status(ctx, run, "queued")
    schedule_dispatch(ctx, run)


def expire_trigger(ctx: ServerContext, trigger_id: str, event_key: str) -> None:
    """Time out a trigger that is still waiting, and the job run or step waiting on it.

    NOTE: the reference describes no timeout outcome for the run. Ending it as
    ``timed_out`` is this server's choice.
    """
    with ctx.store.lock:
        trigger = ctx.store.event_triggers.get(event_key)
        # A trigger created later under the same key has its own timer.
        if trigger is None or trigger.id != trigger_id or trigger.status != "waiting":
            return

        close_trigger(ctx, trigger, "timed_out", error="event trigger timed out")
        run = ctx.store.runs.get(trigger.job_run_id)
        if run is not None and run.status == "waiting":
            message = f'timed out waiting for event "{event_key}"'
            fail_run(ctx, run, message, status="timed_out", error_class="timeout")


def _resolve_spawn_await(ctx: ServerContext, child: Run) -> None:
    """Send a finished child's outcome to the parent that awaits it.

    NOTE: the shape of this payload is this server's choice: the reference does not
    describe what Strait stores for a spawn-await resolution.
    """
    if not child.parent_run_id:
        return
    trigger = ctx.store.event_triggers.get(spawn_await_key(child.id))
    if trigger is None or trigger.status != "waiting":
        return

    outcome: dict[str, JsonValue] = {"run_id": child.id, "status": child.status}
    if child.result is not None:
        outcome["result"] = child.result
    if child.error:
        outcome["error"] = child.error
    resolve_trigger(ctx, trigger, outcome)


def _status_message(run: Run, previous: str, timestamp_ns: int) -> dict[str, JsonValue]:
    """Build the run stream's status_change message for the run's latest status change.

    NOTE: the reference does not say when Strait adds ``error``. This server adds the
    run's error when the new status is terminal.
    """
    message: dict[str, JsonValue] = {
        "type": "status_change",
        "run_id": run.id,
        "from": previous,
        "to": run.status,
        "timestamp": format_rfc3339_nano(timestamp_ns),
    }
    if run.error and run.status in TERMINAL_STATUSES:
        message["error"] = run.error
    message["job_id"] = run.job_id
    message["project_id"] = run.project_id
    return message


def _event_message(event: RunEvent) -> dict[str, JsonValue]:
    return {
        "type": "event",
        "event_type": event.type,
        "run_id": event.run_id,
        "level": event.level,
        "message": event.message,
        "data": event.data,
        "timestamp": format_rfc3339_nano(event.created_at_ns),
    }
