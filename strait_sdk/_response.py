"""Errors for responses that the generated operations cannot return as a typed value."""

from __future__ import annotations

import httpx

from ._errors import APIResponseValidationError, StraitError, error_from_response

# Sent by the server's idempotency middleware on a response it replayed from storage.
REPLAYED_HEADER = "Idempotency-Replayed"


def error_for_unexpected_response(response: httpx.Response) -> StraitError:
    """Build the error for a status that the operation does not document as success.

    Every status outside 2xx becomes the typed API error for that status. A 2xx that the
    document does not list (a 202 where 201 is promised) means the server and this SDK
    disagree, which is reported instead of guessed at.
    """
    if response.is_success:
        return APIResponseValidationError.from_response(
            response, f"status {response.status_code} is not a documented answer of this operation"
        )
    return error_from_response(response)


def check_json_content_type(response: httpx.Response) -> None:
    """Raise unless a 2xx body that should be JSON is labelled as JSON.

    A proxy's HTML error page can happen to parse as JSON; the label is the safer signal.
    """
    label: str = response.headers.get("Content-Type", "")
    if label == "application/json":
        # The label of nearly every response, checked before the general parse below.
        return
    content_type = label.split(";", 1)[0].strip().lower()
    if content_type == "application/json" or content_type.endswith("+json"):
        return
    raise APIResponseValidationError.from_response(
        response,
        "the body does not match the API document: it is labelled "
        f"{content_type or 'with no Content-Type'}, not JSON",
    )


def invalid_response_body(response: httpx.Response, cause: Exception) -> APIResponseValidationError:
    """Build the error for a 2xx body that is not JSON or lacks fields the document requires."""
    return APIResponseValidationError.from_response(
        response, f"the body does not match the API document ({type(cause).__name__}: {cause})"
    )


def was_replayed(response: httpx.Response) -> bool:
    """Return whether the server replayed a stored response for a repeated idempotency key."""
    value: str = response.headers.get(REPLAYED_HEADER, "")
    return value.strip().lower() == "true"
