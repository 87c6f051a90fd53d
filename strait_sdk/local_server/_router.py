"""Route table and path matching, with chi's 404 and 405 behaviour."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import unquote

from attrs import field, frozen

from ._request import Request
from ._sse import Reply

if TYPE_CHECKING:
    from ._context import ServerContext

Handler = Callable[["ServerContext", Request], Reply]


class Plane(enum.Enum):
    """The middleware chain in front of a route."""

    PUBLIC = "public"
    MANAGEMENT = "management"
    # Server-sent event routes: the API key only, without the JSON Accept and
    # Content-Type checks of the other /v1 routes.
    STREAM = "stream"
    RUN = "run"


@frozen
class Route:
    """One method and path pattern. ``{name}`` segments capture one path segment each."""

    method: str
    pattern: str
    handler: Handler
    plane: Plane
    idempotent: bool = False
    segments: tuple[str, ...] = field(init=False)

    @segments.default
    def _split_pattern(self) -> tuple[str, ...]:
        return tuple(self.pattern.strip("/").split("/"))


@frozen
class RouteMatch:
    route: Route
    params: dict[str, str]


@frozen
class MethodNotAllowed:
    allowed: tuple[str, ...]


class Router:
    def __init__(self, routes: Sequence[Route]) -> None:
        self._routes = tuple(routes)

    def match(self, method: str, raw_path: str) -> RouteMatch | MethodNotAllowed | None:
        """Find the route for a request, or the methods the path allows, or None for no path.

        Matching uses the raw path, so an encoded ``/`` (``%2F``) stays inside one
        segment. Each captured parameter is then percent-decoded exactly once.
        """
        if not raw_path.startswith("/"):
            return None
        segments = raw_path[1:].split("/")

        allowed: list[str] = []
        for route in self._routes:
            params = _match_segments(route.segments, segments)
            if params is None:
                continue
            if route.method == method:
                return RouteMatch(route, params)
            allowed.append(route.method)
        return MethodNotAllowed(tuple(allowed)) if allowed else None


def _match_segments(pattern: tuple[str, ...], segments: list[str]) -> dict[str, str] | None:
    if len(pattern) != len(segments):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(pattern, segments, strict=True):
        if expected.startswith("{") and expected.endswith("}"):
            if not actual:
                return None
            params[expected[1:-1]] = unquote(actual)
        elif expected != actual:
            return None
    return params
