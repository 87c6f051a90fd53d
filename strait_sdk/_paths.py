"""Path parameters, encoded so that no value can reach another route."""

from __future__ import annotations

from urllib.parse import quote

from ._errors import InvalidArgumentError

# A whole segment of "." or ".." is removed by URL normalisation (httpx does it), which would
# send the request to the parent route; an empty one also changes the route.
_REJECTED_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(value: object, name: str) -> str:
    """Return `value` percent-encoded as one path segment, or raise for a segment that moves."""
    text = str(value)
    if text in _REJECTED_SEGMENTS:
        raise InvalidArgumentError(
            f"{name} must not be empty, '.' or '..' (got {text!r}): such a path segment would "
            "send the request to another route. Pass the real id or key."
        )
    return quote(text, safe="")
