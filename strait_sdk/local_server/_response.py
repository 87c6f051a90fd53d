"""HTTP responses, the API error type and Strait's error envelope."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from ._wire import JsonValue, dumps_compact

JSON_CONTENT_TYPE = "application/json"

# Error codes that Strait derives from the status when a handler sets none. Every other
# status, 410, 413 and 415 included, becomes "internal_error".
_CODE_BY_STATUS = {
    400: "bad_request",
    401: "authentication_required",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    422: "validation_failed",
    429: "rate_limited",
    503: "service_unavailable",
}


@frozen
class Response:
    """A complete HTTP response. A response without content type has no body header at all."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()

    def with_headers(self, *extra: tuple[str, str]) -> Response:
        return Response(self.status, self.body, self.content_type, self.headers + extra)


class ApiError(Exception):
    """An error that the server sends as the JSON error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        details: Sequence[str] = (),
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = tuple(details)
        self.code = code or _CODE_BY_STATUS.get(status, "internal_error")


def json_response(status: int, value: JsonValue) -> Response:
    """Encode a value the way Go's JSON encoder does: compact, followed by a newline."""
    return Response(status, (dumps_compact(value) + "\n").encode("utf-8"), JSON_CONTENT_TYPE)


def no_content() -> Response:
    return Response(204)


def error_response(error: ApiError, request_id: str) -> Response:
    """Return the envelope ``{"error": {code, message, details?}, "request_id"?}``."""
    body: dict[str, JsonValue] = {"code": error.code, "message": error.message}
    if error.details:
        body["details"] = list(error.details)

    envelope: dict[str, JsonValue] = {"error": body}
    if request_id:
        envelope["request_id"] = request_id
    return json_response(error.status, envelope)


def page_not_found() -> Response:
    """Return chi's default reply for an unknown path."""
    return Response(404, b"404 page not found\n", "text/plain; charset=utf-8")


def method_not_allowed(allowed: Sequence[str]) -> Response:
    """Return chi's default reply for a known path with a wrong method: 405 and no body."""
    return Response(405, b"", None, (("Allow", ", ".join(allowed)),))
