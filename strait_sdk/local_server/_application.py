"""Request handling from a parsed request to a response: auth, routing and errors."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import unquote

from ._context import ServerContext
from ._guards import require_api_key, require_json_accept, require_json_content_type
from ._request import Request
from ._response import ApiError, Response, error_response, method_not_allowed, page_not_found
from ._router import MethodNotAllowed, Plane, Route, Router
from ._run_auth import authenticate_run_request
from ._sse import Reply, expect_response

logger = logging.getLogger("strait_sdk.local_server")

_RUN_PLANE_PREFIX = ("sdk", "v1", "runs")


class Application:
    def __init__(self, ctx: ServerContext, routes: Sequence[Route]) -> None:
        self._ctx = ctx
        self._router = Router(routes)

    def respond(self, request: Request) -> Reply:
        """Return the response to a request. Unexpected errors become an empty 500, as in chi."""
        try:
            run_id = _run_plane_run_id(request.path)
            if run_id is None:
                return self._dispatch(request)
            return self._dispatch_run_plane(request, run_id)
        except ApiError as error:
            return error_response(error, request.request_id)
        except Exception:
            logger.exception(
                "unhandled error in %s %s (request %s)",
                request.method,
                request.path,
                request.request_id,
            )
            return Response(500)

    def _dispatch_run_plane(self, request: Request, run_id: str) -> Response:
        # The run-token middleware wraps the whole /sdk/v1/runs/{runID} subtree, so it
        # runs before routing: an unknown SDK path with a bad token gets 401, not 404.
        request.run_token = authenticate_run_request(self._ctx, request, run_id)
        try:
            response = expect_response(self._dispatch(request))
        except ApiError as error:
            response = error_response(error, request.request_id)
        return response.with_headers(*_sdk_version_headers(request))

    def _dispatch(self, request: Request) -> Reply:
        match = self._router.match(request.method, request.path)
        if match is None:
            return page_not_found()
        if isinstance(match, MethodNotAllowed):
            return method_not_allowed(match.allowed)

        request.path_params = match.params
        route = match.route
        if route.plane is Plane.MANAGEMENT:
            require_api_key(self._ctx, request)
            require_json_accept(request)
            require_json_content_type(request)
        elif route.plane is Plane.STREAM:
            require_api_key(self._ctx, request)

        if route.idempotent:
            return self._ctx.idempotency.handle(
                request, lambda: expect_response(route.handler(self._ctx, request))
            )
        return route.handler(self._ctx, request)


def _run_plane_run_id(raw_path: str) -> str | None:
    segments = raw_path.lstrip("/").split("/")
    if len(segments) >= 4 and tuple(segments[:3]) == _RUN_PLANE_PREFIX and segments[3]:
        return unquote(segments[3])
    return None


def _sdk_version_headers(request: Request) -> tuple[tuple[str, str], ...]:
    """Return the informational headers Strait adds after a successful run-token check."""
    version = (request.header("X-SDK-Version") or "").strip()
    major = version.removeprefix("v").split(".", 1)[0]
    capabilities = "progress,checkpoint" if major.isdigit() and int(major) >= 2 else "none"
    return (
        ("X-SDK-Version-Accepted", version or "legacy"),
        ("X-SDK-Capabilities", capabilities),
    )
