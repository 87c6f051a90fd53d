"""Route table of the public and /v1 management routes, and the health handlers."""

from __future__ import annotations

from ._context import ServerContext
from ._event_stream import stream_event_trigger
from ._event_triggers import (
    cancel_event_trigger,
    get_event_trigger,
    list_event_triggers,
    send_event,
)
from ._jobs import create_job, delete_job, get_job, list_jobs, pause_job, resume_job, update_job
from ._request import Request
from ._response import Response, json_response
from ._router import Plane, Route
from ._run_stream import stream_run
from ._runs import (
    cancel_run,
    get_run,
    list_run_checkpoints,
    list_run_events,
    list_run_outputs,
    list_runs,
)
from ._timestamps import format_rfc3339_seconds, now_ns
from ._trigger import trigger_job
from ._workflow_runs import (
    approve_step,
    cancel_workflow_run,
    get_workflow_run,
    list_step_runs,
    list_workflow_runs,
    skip_step,
)
from ._workflows import (
    create_workflow,
    delete_workflow,
    get_workflow,
    list_runs_of_workflow,
    list_workflows,
    trigger_workflow,
    update_workflow,
)

_HEALTH_LINKS = (
    '</reference/openapi.json>; rel="service-desc", '
    '</reference>; rel="service-doc", '
    '</.well-known/oauth-protected-resource>; rel="oauth-protected-resource"'
)


def health(ctx: ServerContext, request: Request) -> Response:
    body = {
        "status": "ok",
        "version": ctx.server_version,
        "timestamp": format_rfc3339_seconds(now_ns()),
    }
    return json_response(200, body).with_headers(("Link", _HEALTH_LINKS))


def readiness(ctx: ServerContext, request: Request) -> Response:
    return json_response(200, {"status": "ready"})


MANAGEMENT_ROUTES = (
    Route("GET", "/health", health, Plane.PUBLIC),
    Route("GET", "/health/ready", readiness, Plane.PUBLIC),
    Route("POST", "/v1/jobs", create_job, Plane.MANAGEMENT, idempotent=True),
    Route("GET", "/v1/jobs", list_jobs, Plane.MANAGEMENT),
    Route("GET", "/v1/jobs/{jobID}", get_job, Plane.MANAGEMENT),
    Route("PATCH", "/v1/jobs/{jobID}", update_job, Plane.MANAGEMENT),
    Route("DELETE", "/v1/jobs/{jobID}", delete_job, Plane.MANAGEMENT),
    Route("POST", "/v1/jobs/{jobID}/trigger", trigger_job, Plane.MANAGEMENT, idempotent=True),
    Route("POST", "/v1/jobs/{jobID}/pause", pause_job, Plane.MANAGEMENT),
    Route("POST", "/v1/jobs/{jobID}/resume", resume_job, Plane.MANAGEMENT),
    Route("GET", "/v1/runs", list_runs, Plane.MANAGEMENT),
    Route("GET", "/v1/runs/{runID}", get_run, Plane.MANAGEMENT),
    Route("DELETE", "/v1/runs/{runID}", cancel_run, Plane.MANAGEMENT),
    Route("GET", "/v1/runs/{runID}/events", list_run_events, Plane.MANAGEMENT),
    Route("GET", "/v1/runs/{runID}/checkpoints", list_run_checkpoints, Plane.MANAGEMENT),
    Route("GET", "/v1/runs/{runID}/outputs", list_run_outputs, Plane.MANAGEMENT),
    Route("GET", "/v1/runs/{runID}/stream", stream_run, Plane.STREAM),
    Route("GET", "/v1/events", list_event_triggers, Plane.MANAGEMENT),
    Route("GET", "/v1/events/{eventKey}", get_event_trigger, Plane.MANAGEMENT),
    Route("DELETE", "/v1/events/{eventKey}", cancel_event_trigger, Plane.MANAGEMENT),
    Route("POST", "/v1/events/{eventKey}/send", send_event, Plane.MANAGEMENT, idempotent=True),
    Route("GET", "/v1/events/{eventKey}/stream", stream_event_trigger, Plane.STREAM),
    Route("POST", "/v1/workflows", create_workflow, Plane.MANAGEMENT, idempotent=True),
    Route("GET", "/v1/workflows", list_workflows, Plane.MANAGEMENT),
    Route("GET", "/v1/workflows/{workflowID}", get_workflow, Plane.MANAGEMENT),
    Route("PATCH", "/v1/workflows/{workflowID}", update_workflow, Plane.MANAGEMENT),
    Route("DELETE", "/v1/workflows/{workflowID}", delete_workflow, Plane.MANAGEMENT),
    Route(
        "POST",
        "/v1/workflows/{workflowID}/trigger",
        trigger_workflow,
        Plane.MANAGEMENT,
        idempotent=True,
    ),
    Route("GET", "/v1/workflows/{workflowID}/runs", list_runs_of_workflow, Plane.MANAGEMENT),
    Route("GET", "/v1/workflow-runs", list_workflow_runs, Plane.MANAGEMENT),
    Route("GET", "/v1/workflow-runs/{workflowRunID}", get_workflow_run, Plane.MANAGEMENT),
    Route("DELETE", "/v1/workflow-runs/{workflowRunID}", cancel_workflow_run, Plane.MANAGEMENT),
    Route("GET", "/v1/workflow-runs/{workflowRunID}/steps", list_step_runs, Plane.MANAGEMENT),
    Route(
        "POST",
        "/v1/workflow-runs/{workflowRunID}/steps/{stepRef}/approve",
        approve_step,
        Plane.MANAGEMENT,
    ),
    Route(
        "POST",
        "/v1/workflow-runs/{workflowRunID}/steps/{stepRef}/skip",
        skip_step,
        Plane.MANAGEMENT,
    ),
)
