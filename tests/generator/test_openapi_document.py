"""The OpenAPI document against the server's facts: routes, success statuses and auth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.spec_checks import check_spec, load_spec, operations
from strait_sdk._operations import OPERATION_SAFETY

Document = dict[str, Any]

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"

# (method, path under /sdk/v1/runs/{runID}, operationId, success status) as the server routes them.
RUN_PLANE = [
    ("get", "payload", "sdk-get-payload", "200"),
    ("post", "log", "sdk-log", "201"),
    ("post", "progress", "sdk-progress", "201"),
    ("post", "annotate", "sdk-annotate", "200"),
    ("post", "heartbeat", "sdk-heartbeat", "200"),
    ("post", "checkpoint", "sdk-checkpoint", "201"),
    ("post", "output", "sdk-output", "201"),
    ("post", "complete", "sdk-complete", "200"),
    ("post", "fail", "sdk-fail", "200"),
    ("post", "spawn", "sdk-spawn", "201"),
    ("post", "continue", "sdk-continue", "201"),
    ("post", "wait-for-event", "sdk-wait-for-event", "200"),
    ("post", "state", "sdk-set-state", "201"),
    ("get", "state", "sdk-list-state", "200"),
    ("get", "state/{key}", "sdk-get-state", "200"),
    ("delete", "state/{key}", "sdk-delete-state", "204"),
    ("post", "stream", "sdk-stream-chunk", "200"),
    ("post", "resources", "sdk-resources", "201"),
    ("post", "resource-snapshot", "sdk-resource-snapshot", "201"),
    ("post", "memory/{key}", "sdk-set-memory", "201"),
    ("get", "memory/{key}", "sdk-get-memory", "200"),
    ("get", "memory", "sdk-list-memory", "200"),
    ("delete", "memory/{key}", "sdk-delete-memory", "204"),
]

MANAGEMENT = [
    ("get", "/health", "health-check", {"200"}),
    ("post", "/v1/jobs", "create-job", {"201"}),
    ("get", "/v1/jobs", "list-jobs", {"200"}),
    ("get", "/v1/jobs/{jobID}", "get-job", {"200"}),
    ("patch", "/v1/jobs/{jobID}", "update-job", {"200"}),
    ("delete", "/v1/jobs/{jobID}", "delete-job", {"204"}),
    ("post", "/v1/jobs/{jobID}/trigger", "trigger-job", {"200", "201"}),
    ("get", "/v1/runs", "list-runs", {"200"}),
    ("get", "/v1/runs/{runID}", "get-run", {"200"}),
    ("delete", "/v1/runs/{runID}", "cancel-run", {"200"}),
    ("post", "/v1/events/{eventKey}/send", "send-event", {"200"}),
]


@pytest.fixture(scope="module")
def document() -> Document:
    return load_spec(OPENAPI)


def _success_statuses(operation: Document) -> set[str]:
    return {str(status) for status in operation["responses"] if str(status).startswith("2")}


def test_document_passes_house_rules(document: Document) -> None:
    summary = check_spec(document)

    assert "23 on the run plane" in summary


@pytest.mark.parametrize(("method", "suffix", "operation_id", "status"), RUN_PLANE)
def test_run_plane_operation(
    document: Document, method: str, suffix: str, operation_id: str, status: str
) -> None:
    operation = document["paths"][f"/sdk/v1/runs/{{runID}}/{suffix}"][method]

    assert operation["operationId"] == operation_id
    assert _success_statuses(operation) == {status}
    assert operation["security"] == [{"runToken": []}]
    assert "410" in operation["responses"]


def test_run_plane_has_no_other_routes(document: Document) -> None:
    documented = {(m, p) for m, p, _ in operations(document) if p.startswith("/sdk/")}
    expected = {(m, f"/sdk/v1/runs/{{runID}}/{suffix}") for m, suffix, _, _ in RUN_PLANE}

    assert documented == expected


@pytest.mark.parametrize(("method", "path", "operation_id", "statuses"), MANAGEMENT)
def test_management_operation(
    document: Document, method: str, path: str, operation_id: str, statuses: set[str]
) -> None:
    operation = document["paths"][path][method]

    assert operation["operationId"] == operation_id
    assert _success_statuses(operation) == statuses


def test_every_operation_has_a_retry_class(document: Document) -> None:
    names = {operation["operationId"].replace("-", "_") for _, _, operation in operations(document)}

    assert names == set(OPERATION_SAFETY)
