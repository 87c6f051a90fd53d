"""Coverage of the server's routes by the API document, measured against the route table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.spec_checks import load_spec, operations

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"


def _server_routes() -> list[dict[str, Any]]:
    table = json.loads((OPENAPI / "server-routes.json").read_text(encoding="utf-8"))
    routes: list[dict[str, Any]] = table["routes"]
    return routes


def _excluded() -> dict[tuple[str, str], str]:
    listed = yaml.safe_load((OPENAPI / "excluded-routes.yaml").read_text(encoding="utf-8"))
    return {(entry["method"], entry["path"]): entry["reason"] for entry in listed["excluded"]}


def _documented() -> dict[tuple[str, str], dict[str, Any]]:
    document = load_spec(OPENAPI)
    return {(method.upper(), path): operation for method, path, operation in operations(document)}


def test_every_route_documented_or_excluded(capsys: Any) -> None:
    documented = _documented()
    excluded = _excluded()

    missing = [
        f"{route['method']} {route['path']}"
        for route in _server_routes()
        if (route["method"], route["path"]) not in documented
        and (route["method"], route["path"]) not in excluded
    ]

    with capsys.disabled():
        total = len(_server_routes())
        print(
            f"\nroute coverage: {total} server routes, {len(documented)} documented, "
            f"{len(excluded)} excluded, {len(missing)} missing"
        )
    assert missing == []


def test_documented_routes_exist_on_server() -> None:
    server = {(route["method"], route["path"]) for route in _server_routes()}

    invented = sorted(
        f"{method} {path}" for method, path in _documented() if (method, path) not in server
    )

    assert invented == []


def test_exclusions_are_real_and_not_documented() -> None:
    server = {(route["method"], route["path"]) for route in _server_routes()}
    documented = _documented()

    for key, reason in _excluded().items():
        assert key in server, f"{key} is excluded but is not a server route"
        assert key not in documented, f"{key} is both excluded and documented"
        assert reason.strip(), f"{key} is excluded without a reason"


def test_operation_ids_match_server() -> None:
    by_route = {(route["method"], route["path"]): route for route in _server_routes()}

    for key, operation in _documented().items():
        expected = by_route[key]["operation_id"]
        if expected is not None:
            assert operation["operationId"] == expected, key


def test_success_statuses_match_server() -> None:
    by_route = {(route["method"], route["path"]): route for route in _server_routes()}

    for key, operation in _documented().items():
        status = by_route[key]["success_status"]
        declared = {int(code) for code in operation["responses"] if str(code).startswith("2")}
        if status is not None:
            assert status in declared, (
                f"{key}: the server answers {status}, the document {declared}"
            )
