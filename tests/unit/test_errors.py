"""Specification of strait_sdk._errors: the exception tree, response mapping and Retry-After."""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from strait_sdk._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigError,
    ConflictError,
    GoneError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestBodyTooLargeError,
    RunTokenError,
    StraitError,
    StraitWarning,
    UnauthorizedError,
    UnprocessableEntityError,
    error_from_response,
    error_from_transport_error,
    retry_after_seconds,
)

FAKE_API_KEY = "strait_" + "f4ce" * 16
FAKE_SSE_TOKEN = "eyJFAKE.sse-token-value.sig"


def make_request(
    method: str = "GET",
    url: str = "https://api.strait.test/v1/runs/abc",
    request_id: str | None = "req_123",
) -> httpx.Request:
    headers = {"Authorization": f"Bearer {FAKE_API_KEY}"}
    if request_id is not None:
        headers["X-Request-Id"] = request_id
    return httpx.Request(method, url, headers=headers)


def make_response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    request: httpx.Request | None = None,
) -> httpx.Response:
    response_headers = dict(headers or {})
    if body is not None:
        content = json.dumps(body).encode()
        response_headers.setdefault("Content-Type", "application/json")
    elif text is not None:
        content = text.encode()
        response_headers.setdefault("Content-Type", "text/plain; charset=utf-8")
    return httpx.Response(
        status,
        content=content or b"",
        headers=response_headers,
        request=request if request is not None else make_request(),
    )


def envelope(code: str, message: str, details: list[str] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error, "request_id": "req_server"}


# The tree.


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (ConfigError, StraitError),
        (InvalidArgumentError, StraitError),
        (InvalidArgumentError, ValueError),
        (RunTokenError, StraitError),
        (RequestBodyTooLargeError, StraitError),
        (APIConnectionError, StraitError),
        (APITimeoutError, APIConnectionError),
        (APIResponseValidationError, StraitError),
        (APIStatusError, StraitError),
        (BadRequestError, APIStatusError),
        (UnauthorizedError, APIStatusError),
        (AuthenticationError, UnauthorizedError),
        (PermissionDeniedError, UnauthorizedError),
        (PaymentRequiredError, APIStatusError),
        (NotFoundError, APIStatusError),
        (ConflictError, APIStatusError),
        (GoneError, APIStatusError),
        (PayloadTooLargeError, APIStatusError),
        (UnprocessableEntityError, APIStatusError),
        (RateLimitError, APIStatusError),
        (InternalServerError, APIStatusError),
        (StraitError, Exception),
        (StraitWarning, UserWarning),
    ],
)
def test_hierarchy_parent(child: type[BaseException], parent: type[BaseException]) -> None:
    assert issubclass(child, parent)


def test_timeout_is_not_status_error() -> None:
    assert not issubclass(APITimeoutError, APIStatusError)
    assert not issubclass(APIStatusError, APIConnectionError)


# Mapping each status to its class.


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, PaymentRequiredError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (410, GoneError),
        (413, PayloadTooLargeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_maps_to_class(status: int, expected: type[APIStatusError]) -> None:
    error = error_from_response(make_response(status, envelope("some_code", "some message")))

    assert type(error) is expected
    assert error.status_code == status


@pytest.mark.parametrize("status", [405, 406, 408, 412, 415, 418, 428, 451])
def test_other_4xx_is_plain_status_error(status: int) -> None:
    error = error_from_response(make_response(status, envelope("internal_error", "nope")))

    assert type(error) is APIStatusError
    assert error.status_code == status


def test_401_and_403_share_unauthorized_base() -> None:
    for status in (401, 403):
        error = error_from_response(make_response(status, envelope("forbidden", "no")))
        assert isinstance(error, UnauthorizedError)


# Body forms.


def test_envelope_fills_fields() -> None:
    body = envelope("validation_failed", "validation failed", ["message: failed on 'required'"])
    response = make_response(422, body, headers={"X-Api-Version": "v1"})

    error = error_from_response(response)

    assert error.code == "validation_failed"
    assert error.message == "validation failed"
    assert error.details == ["message: failed on 'required'"]
    assert error.request_id == "req_server"
    assert error.headers["x-api-version"] == "v1"
    assert error.method == "GET"
    assert error.url == "https://api.strait.test/v1/runs/abc"
    assert json.loads(error.body) == body


def test_envelope_without_details() -> None:
    error = error_from_response(make_response(404, envelope("not_found", "run not found")))

    assert error.details == []


def test_envelope_ignores_non_string_details() -> None:
    body = {"error": {"code": "bad_request", "message": "bad", "details": ["a", 3, None, "b"]}}

    error = error_from_response(make_response(400, body))

    assert error.details == ["a", "b"]


def test_request_id_falls_back_to_request_header() -> None:
    body = {"error": {"code": "not_found", "message": "run not found"}}
    request = make_request(request_id="req_from_client")

    error = error_from_response(make_response(404, body, request=request))

    assert error.request_id == "req_from_client"


def test_envelope_request_id_wins_over_header() -> None:
    request = make_request(request_id="req_from_client")

    error = error_from_response(make_response(404, envelope("not_found", "x"), request=request))

    assert error.request_id == "req_server"


def test_missing_request_id_everywhere() -> None:
    request = make_request(request_id=None)

    error = error_from_response(make_response(500, request=request))

    assert error.request_id is None
    assert "no request id" in str(error)


def test_historical_string_error() -> None:
    body = {"error": "run not found", "request_id": "req_old"}

    error = error_from_response(make_response(404, body))

    assert isinstance(error, NotFoundError)
    assert error.message == "run not found"
    assert error.code is None
    assert error.request_id == "req_old"


def test_plain_text_429() -> None:
    response = make_response(429, text="Too Many Requests", headers={"Retry-After": "60"})

    error = error_from_response(response)

    assert isinstance(error, RateLimitError)
    assert error.message == "Too Many Requests"
    assert error.code is None
    assert error.retry_after == 60.0
    assert error.body == "Too Many Requests"
    assert error.request_id == "req_123"


def test_plain_text_404_from_router() -> None:
    error = error_from_response(make_response(404, text="404 page not found\n"))

    assert isinstance(error, NotFoundError)
    assert error.message == "404 page not found"


@pytest.mark.parametrize(
    ("status", "reason"),
    [(405, "Method Not Allowed"), (500, "Internal Server Error"), (504, "Gateway Timeout")],
)
def test_empty_body_uses_reason_phrase(status: int, reason: str) -> None:
    error = error_from_response(make_response(status))

    assert error.message == reason
    assert error.code is None
    assert error.body == ""
    assert error.details == []


def test_flat_quota_402() -> None:
    body = {
        "code": "quota_exceeded",
        "kind": "plan_cap_reached",
        "message": "plan limit reached",
        "limit": 10,
        "current": 10,
        "plan": "free",
        "upgrade_url": "https://strait.test/upgrade",
    }

    error = error_from_response(make_response(402, body))

    assert isinstance(error, PaymentRequiredError)
    assert error.code == "quota_exceeded"
    assert error.message == "plan limit reached"
    assert error.kind == "plan_cap_reached"
    assert error.limit == 10
    assert error.current == 10
    assert error.plan == "free"
    assert error.upgrade_url == "https://strait.test/upgrade"
    assert "https://strait.test/upgrade" in str(error)
    assert "10 of 10 used" in str(error)


def test_flat_quota_402_without_optional_fields() -> None:
    body = {
        "code": "quota_exceeded",
        "kind": "payment_suspended",
        "message": "payment suspended",
        "limit": 0,
        "current": 0,
    }

    error = error_from_response(make_response(402, body))

    assert isinstance(error, PaymentRequiredError)
    assert error.plan is None
    assert error.upgrade_url is None
    assert "Check the project's plan" in str(error)


def test_analytics_402_body() -> None:
    body = {
        "error": "analytics require the cloud edition",
        "edition": "community",
        "upgrade": "https://strait.test/cloud",
    }

    error = error_from_response(make_response(402, body))

    assert isinstance(error, PaymentRequiredError)
    assert error.message == "analytics require the cloud edition"
    assert error.edition == "community"
    assert error.upgrade_url == "https://strait.test/cloud"
    assert error.kind is None
    assert error.limit is None


def test_envelope_402_has_no_quota_fields() -> None:
    error = error_from_response(make_response(402, envelope("internal_error", "plan gate")))

    assert isinstance(error, PaymentRequiredError)
    assert error.kind is None
    assert error.code == "internal_error"


def test_flat_503_service_degraded() -> None:
    body = {
        "code": "service_degraded",
        "kind": "service_degraded",
        "message": "billing check unavailable",
        "limit": 0,
        "current": 0,
    }

    error = error_from_response(make_response(503, body))

    assert isinstance(error, InternalServerError)
    assert error.code == "service_degraded"
    assert error.message == "billing check unavailable"


def test_cli_device_flow_error() -> None:
    error = error_from_response(make_response(400, {"error": "authorization_pending"}))

    assert isinstance(error, BadRequestError)
    assert error.message == "authorization_pending"


def test_batch_create_errors_become_details() -> None:
    body = {"created": [], "errors": [{"index": 1, "message": "slug is required"}]}

    error = error_from_response(make_response(400, body))

    assert error.details == ["item 1: slug is required"]
    assert error.message == "Bad Request"


def test_json_without_message_uses_reason() -> None:
    error = error_from_response(make_response(503, {"status": "not_ready"}))

    assert error.message == "Service Unavailable"


def test_non_json_garbage() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"

    error = error_from_response(make_response(502, text=html))

    assert isinstance(error, InternalServerError)
    assert error.code is None
    assert error.body == html
    assert "502 Bad Gateway" in error.message
    assert "\n" not in error.message


def test_broken_json_is_treated_as_text() -> None:
    error = error_from_response(make_response(500, text='{"error": {"code": '))

    assert error.code is None
    assert error.message == '{"error": {"code":'


def test_json_array_is_treated_as_text() -> None:
    error = error_from_response(make_response(400, text='["not", "an", "object"]'))

    assert error.code is None
    assert error.message == '["not", "an", "object"]'


def test_invalid_utf8_body() -> None:
    error = error_from_response(make_response(500, content=b"\xff\xfe\xfa broken"))

    assert isinstance(error, InternalServerError)
    assert "broken" in error.body


def test_deeply_nested_json() -> None:
    nested = '{"a":' * 100_000 + "1" + "}" * 100_000

    error = error_from_response(make_response(500, text=nested))

    assert isinstance(error, InternalServerError)
    assert error.code is None


def test_huge_body_truncated() -> None:
    huge = "x" * 1_000_000

    error = error_from_response(make_response(500, text=huge))

    assert len(error.body) < 2_200
    assert error.body.startswith("x" * 2_048)
    assert "1000000 characters in total" in error.body
    assert len(error.message) <= 500
    assert len(str(error)) < 1_000


def test_huge_envelope_message_cut() -> None:
    error = error_from_response(make_response(400, envelope("bad_request", "m" * 10_000)))

    assert len(error.message) <= 500
    assert error.message.endswith("...")


def test_response_without_request() -> None:
    response = httpx.Response(404, json=envelope("not_found", "run not found"))

    error = error_from_response(response)

    assert error.method is None
    assert error.url is None
    assert error.request_id == "req_server"
    assert str(error).startswith("404 not_found: run not found (request id req_server).")


def test_unread_streamed_response() -> None:
    def stream() -> Any:
        yield b"never read"

    response = httpx.Response(500, content=stream(), request=make_request())

    error = error_from_response(response)

    assert isinstance(error, InternalServerError)
    assert error.body == ""


# Rate limits.


def test_rate_limit_retry_after_from_details() -> None:
    body = envelope("enqueue_throttled", "enqueue throttled", ["retry_after_seconds=5"])

    error = error_from_response(make_response(429, body))

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 5.0


def test_rate_limit_header_wins_over_details() -> None:
    body = envelope("rate_limited", "job rate limit exceeded", ["retry_after_seconds=5"])

    error = error_from_response(make_response(429, body, headers={"Retry-After": "2"}))

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 2.0


def test_rate_limit_without_any_wait() -> None:
    body = envelope("rate_limited", "project daily cost budget exceeded")

    error = error_from_response(make_response(429, body))

    assert isinstance(error, RateLimitError)
    assert error.retry_after is None
    assert "retry later" in str(error)


# str() of status errors.


def test_str_reads_as_one_line() -> None:
    error = error_from_response(make_response(404, envelope("not_found", "run not found")))

    assert str(error) == (
        "404 not_found: run not found (GET /v1/runs/abc, request id req_server). "
        "Check the id. Resources in another project or environment also return 404."
    )


def test_str_lists_details() -> None:
    body = envelope("validation_failed", "validation failed", ["percent: failed on 'max'"])

    error = error_from_response(make_response(422, body))

    assert "[percent: failed on 'max']" in str(error)
    assert "Fix the fields listed in the details." in str(error)


@pytest.mark.parametrize(
    ("status", "hint_part"),
    [
        (400, "Check the request values"),
        (401, "STRAIT_API_KEY"),
        (401, "run token"),
        (403, "scopes"),
        (404, "Check the id"),
        (409, "current state"),
        (410, "stop reporting"),
        (413, "Send less data"),
        (422, "Fix the fields"),
        (500, "Retry later"),
        (503, "Retry later"),
    ],
)
def test_str_hint_per_class(status: int, hint_part: str) -> None:
    error = error_from_response(make_response(status, envelope("c", "m")))

    assert hint_part in str(error)


def test_str_429_names_wait() -> None:
    response = make_response(429, envelope("rate_limited", "slow"), headers={"Retry-After": "5"})

    assert "Slow down and retry after 5 s." in str(error_from_response(response))


def test_str_without_code() -> None:
    error = error_from_response(make_response(405))

    assert str(error) == "405: Method Not Allowed (GET /v1/runs/abc, request id req_123)."


# Secrets.


def test_sse_token_redacted_from_url() -> None:
    url = f"https://api.strait.test/v1/events/key/stream?token={FAKE_SSE_TOKEN}&limit=5"
    request = make_request(url=url)

    error = error_from_response(make_response(401, envelope("x", "y"), request=request))

    assert error.url == "https://api.strait.test/v1/events/key/stream?token=[redacted]&limit=5"
    assert FAKE_SSE_TOKEN not in str(error)
    assert FAKE_SSE_TOKEN not in repr(error)
    assert "GET /v1/events/key/stream?token=[redacted]&limit=5" in str(error)


def test_user_info_removed_from_url() -> None:
    request = make_request(url="https://user:hunter2@api.strait.test/v1/jobs")

    error = error_from_response(make_response(500, request=request))

    assert error.url == "https://api.strait.test/v1/jobs"
    assert "hunter2" not in str(error)


def test_api_key_never_stored() -> None:
    error = error_from_response(make_response(401, envelope("authentication_required", "no")))

    everything = str(error) + repr(error) + repr(vars(error)) + repr(pickle.dumps(error))
    assert FAKE_API_KEY not in everything


# Connection errors.


def test_connect_error_wrapped() -> None:
    request = make_request(
        method="POST", url=f"https://api.strait.test/v1/x?token={FAKE_SSE_TOKEN}"
    )
    cause = httpx.ConnectError("[Errno 111] Connection refused", request=request)

    error = error_from_transport_error(cause)

    assert type(error) is APIConnectionError
    assert error.method == "POST"
    assert error.url == "https://api.strait.test/v1/x?token=[redacted]"
    assert error.request_id == "req_123"
    assert "Connection refused" in str(error)
    assert "running and reachable" in str(error)
    assert FAKE_SSE_TOKEN not in str(error)
    assert FAKE_API_KEY not in str(error) + repr(vars(error))


@pytest.mark.parametrize(
    "timeout_class",
    [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout],
)
def test_timeouts_become_timeout_error(timeout_class: type[httpx.TimeoutException]) -> None:
    error = error_from_transport_error(timeout_class("timed out"), make_request())

    assert isinstance(error, APITimeoutError)
    assert timeout_class.__name__ in str(error)
    assert "timeout_ms" in str(error)


def test_transport_error_without_request() -> None:
    error = error_from_transport_error(httpx.ReadError("reset"))

    assert error.method == "?"
    assert error.request_id is None


# Other errors.


def test_response_validation_error_from_response() -> None:
    response = make_response(200, text="<html>captive portal</html>")

    error = APIResponseValidationError.from_response(response, "the body is not JSON")

    assert error.status_code == 200
    assert error.request_id == "req_123"
    assert error.body_excerpt == "<html>captive portal</html>"
    assert "the body is not JSON" in str(error)
    assert "GET https://api.strait.test/v1/runs/abc" in str(error)


def test_config_error_str() -> None:
    error = ConfigError(
        "'abc' is not a whole number",
        source="environment variable STRAIT_TIMEOUT_MS",
        field="timeout_ms",
        fix="Set it to 30000.",
    )

    assert str(error) == (
        "Configuration error in environment variable STRAIT_TIMEOUT_MS, field timeout_ms: "
        "'abc' is not a whole number. Set it to 30000."
    )
    assert error.message == "'abc' is not a whole number"


def test_body_too_large_error() -> None:
    error = RequestBodyTooLargeError(2_000_000, 1_048_576)

    assert error.size == 2_000_000
    assert error.limit == 1_048_576
    assert "2000000 bytes" in str(error)
    assert "1048576" in str(error)


# Pickling.


def _pickle_cases() -> list[StraitError]:
    status_error = error_from_response(
        make_response(429, envelope("rate_limited", "slow"), headers={"Retry-After": "3"})
    )
    quota_error = error_from_response(
        make_response(402, {"code": "quota_exceeded", "kind": "k", "message": "m", "limit": 1})
    )
    return [
        StraitError("plain"),
        ConfigError("bad", source="argument base_url", field="base_url", fix="Fix it."),
        RunTokenError("expired"),
        InvalidArgumentError("percent must be between 0 and 100, got 150"),
        RequestBodyTooLargeError(5, 1),
        APIConnectionError("refused", method="GET", url="https://x/y", request_id="r"),
        APITimeoutError("slow", method="GET", url="https://x/y"),
        APIResponseValidationError("not JSON", status_code=200, body_excerpt="<"),
        status_error,
        quota_error,
        error_from_response(make_response(404, envelope("not_found", "gone"))),
        error_from_response(make_response(418)),
    ]


@pytest.mark.parametrize("error", _pickle_cases(), ids=lambda error: type(error).__name__)
def test_pickle_round_trip(error: StraitError) -> None:
    restored = pickle.loads(pickle.dumps(error))

    assert type(restored) is type(error)
    assert vars(restored) == vars(error)
    assert restored.args == error.args
    assert str(restored) == str(error)


def test_pickle_keeps_headers() -> None:
    error = error_from_response(make_response(500, headers={"X-Api-Version": "v1"}))

    restored = pickle.loads(pickle.dumps(error))

    assert isinstance(restored.headers, httpx.Headers)
    assert restored.headers["x-api-version"] == "v1"


# Retry-After parsing.

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "Fri, 02 Jan 2026 03:04:35 GMT"}, 30.0),
        ({"Retry-After": "Fri, 02 Jan 2026 03:00:00 GMT"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "-1"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "1e3"}, None),
        ({"Retry-After": "Fri, 02 Jan 99999 03:04:35 GMT"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers(headers), now=NOW) == expected


def test_retry_after_accepts_plain_mapping() -> None:
    assert retry_after_seconds({"RETRY-AFTER": "4"}) == 4.0


def test_retry_after_date_without_zone_is_utc() -> None:
    headers = httpx.Headers({"Retry-After": "Fri, 02 Jan 2026 03:04:15 -0000"})

    assert retry_after_seconds(headers, now=NOW) == 10.0
