"""Checks that run before /v1 handlers: API key, Accept and Content-Type."""

from __future__ import annotations

import hmac

from ._context import ServerContext
from ._request import Request
from ._response import ApiError

_ACCEPTED_MEDIA_RANGES = frozenset(
    {"*/*", "application/json", "application/*", "application/x-ndjson", "text/csv"}
)


def require_api_key(ctx: ServerContext, request: Request) -> None:
    """Raise 401 unless the request carries ``Authorization: Bearer <the server's API key>``.

    Strait treats a bearer that does not start with ``strait_`` as an internal secret
    when OIDC is off, so such a token gets the internal-secret message.
    """
    header = request.header("Authorization") or ""
    token = header.removeprefix("Bearer ") if header.startswith("Bearer ") else ""
    if token and not token.startswith("strait_"):
        raise ApiError(401, "invalid or missing internal secret")
    if not token or not hmac.compare_digest(token.encode(), ctx.api_key.encode()):
        raise ApiError(401, "invalid or missing api key")


def require_json_accept(request: Request) -> None:
    """Raise 406 when the Accept header names no media range that the API serves.

    NOTE: a list is accepted when any one of its ranges is acceptable. The reference
    does not say how Strait treats lists.
    """
    accept = (request.header("Accept") or "").strip()
    if not accept:
        return
    media_ranges = {part.split(";", 1)[0].strip().lower() for part in accept.split(",")}
    if not media_ranges & _ACCEPTED_MEDIA_RANGES:
        raise ApiError(406, "this API only serves application/json")


def require_json_content_type(request: Request) -> None:
    """Raise 415 when a POST, PUT or PATCH with a body or a Content-Type is not JSON."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return
    content_type = request.header("Content-Type")
    if content_type is None and not request.has_body:
        return
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise ApiError(415, "Content-Type must be application/json")
