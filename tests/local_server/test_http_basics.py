"""Wire behaviour shared by all routes: envelope, plain 404/405, headers, auth and body limits."""

from __future__ import annotations

import json

import httpx

from strait_sdk.local_server import LocalStrait


def test_health_is_public(local: LocalStrait) -> None:
    response = httpx.get(local.base_url + "/health", trust_env=False)

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["version"]
    assert body["timestamp"].endswith("Z")
    assert response.headers["x-api-version"] == "v1"


def test_unknown_path_is_plain_404(api: httpx.Client) -> None:
    response = api.get("/v1/no-such-thing")

    assert response.status_code == 404
    assert response.text == "404 page not found\n"
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["x-api-version"] == "v1"


def test_wrong_method_is_empty_405(api: httpx.Client) -> None:
    response = api.put("/v1/jobs", json={})

    assert response.status_code == 405
    assert response.content == b""
    assert "content-type" not in response.headers


def test_error_envelope_uses_inbound_request_id(api: httpx.Client) -> None:
    response = api.get("/v1/jobs/missing", headers={"X-Request-Id": "req-123"})

    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "error": {"code": "not_found", "message": "job not found"},
        "request_id": "req-123",
    }
    assert "x-request-id" not in response.headers


def test_error_envelope_generates_request_id(api: httpx.Client) -> None:
    response = api.get("/v1/jobs/missing")

    assert response.json()["request_id"]


def test_missing_api_key_is_401(local: LocalStrait) -> None:
    response = httpx.get(local.base_url + "/v1/jobs", trust_env=False)

    assert response.status_code == 401
    assert response.json()["error"] == {
        "code": "authentication_required",
        "message": "invalid or missing api key",
    }


def test_wrong_api_key_is_401(local: LocalStrait) -> None:
    headers = {"Authorization": "Bearer strait_" + "0" * 64}
    response = httpx.get(local.base_url + "/v1/jobs", headers=headers, trust_env=False)

    assert response.status_code == 401
    assert response.json()["error"]["message"] == "invalid or missing api key"


def test_non_key_bearer_gets_internal_secret_message(local: LocalStrait) -> None:
    headers = {"Authorization": "Bearer eyJhbGciOi.x.y"}
    response = httpx.get(local.base_url + "/v1/jobs", headers=headers, trust_env=False)

    assert response.status_code == 401
    assert response.json()["error"]["message"] == "invalid or missing internal secret"


def test_non_json_content_type_is_415(api: httpx.Client) -> None:
    response = api.post("/v1/jobs", content=b"name=x", headers={"Content-Type": "text/plain"})

    assert response.status_code == 415
    assert response.json()["error"] == {
        "code": "internal_error",
        "message": "Content-Type must be application/json",
    }


def test_unserved_accept_is_406(api: httpx.Client) -> None:
    response = api.get("/v1/jobs", headers={"Accept": "text/html"})

    assert response.status_code == 406
    assert response.json()["error"]["code"] == "internal_error"


def test_malformed_json_is_400(api: httpx.Client) -> None:
    response = api.post(
        "/v1/jobs", content=b'{"name": }', headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request"
    assert error["message"].startswith("invalid request body: invalid character '}'")


def test_truncated_json_is_unexpected_eof(api: httpx.Client) -> None:
    response = api.post(
        "/v1/jobs", content=b'{"name": "x"', headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "invalid request body: unexpected EOF"


def test_wrong_json_type_is_400(api: httpx.Client, local: LocalStrait) -> None:
    body = {"project_id": local.project_id, "name": "n", "slug": "s", "max_attempts": "3"}
    response = api.post("/v1/jobs", json=body)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "invalid request body: json: cannot unmarshal string into Go struct field "
        "CreateJobRequest.max_attempts of type int"
    )


def test_missing_required_fields_are_422(api: httpx.Client, local: LocalStrait) -> None:
    response = api.post("/v1/jobs", json={"project_id": local.project_id})

    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "validation_failed",
        "message": "validation failed",
        "details": ["name: failed on 'required'", "slug: failed on 'required'"],
    }


def test_body_over_one_mib_is_cut_off(api: httpx.Client, local: LocalStrait) -> None:
    body = {
        "project_id": local.project_id,
        "name": "big",
        "slug": "big",
        "endpoint_url": "http://127.0.0.1:9/run",
        "padding": "x" * 1_048_576,
    }
    response = api.post("/v1/jobs", json=body)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "invalid request body: unexpected EOF"


def test_body_of_exactly_one_mib_is_read(api: httpx.Client, local: LocalStrait) -> None:
    body = {
        "project_id": local.project_id,
        "name": "big",
        "slug": "big",
        "endpoint_url": "http://127.0.0.1:9/run",
        "padding": "",
    }
    size = len(json.dumps(body).encode())
    body["padding"] = "x" * (1_048_576 - size)
    content = json.dumps(body).encode()
    assert len(content) == 1_048_576

    response = api.post("/v1/jobs", content=content, headers={"Content-Type": "application/json"})

    assert response.status_code == 201, response.text


def test_connection_stays_usable_after_cut_off(api: httpx.Client, local: LocalStrait) -> None:
    api.post(
        "/v1/jobs",
        content=b"[" + b"1," * 600_000 + b"1]",
        headers={"Content-Type": "application/json"},
    )

    response = api.get("/v1/jobs")

    assert response.status_code == 200
