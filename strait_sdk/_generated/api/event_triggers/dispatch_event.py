"""Send an event to an event source, which starts runs of its subscribers.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.dispatch_event_request import DispatchEventRequest
from ...models.dispatch_event_result import DispatchEventResult
from ...types import Response

OPERATION = "dispatch_event"


def _get_kwargs(
    *,
    body: DispatchEventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/dispatch",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> DispatchEventResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = DispatchEventResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[DispatchEventResult]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    body: DispatchEventRequest,
) -> Response[DispatchEventResult]:
    """Send an event to an event source, which starts runs of its subscribers.
    `source` is the event source's name. When the source has a signature algorithm, the request
    must carry the signature of `payload` in the header named by the source's
    `signature_header`; a missing or wrong signature returns 401. Every enabled subscription
    whose filter matches starts a job run or a workflow run with the payload. Targets that the
    API key may not trigger, and disabled or paused jobs, are skipped without an error. The
    per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/dispatch`

    Args:
        body (DispatchEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DispatchEventResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: DispatchEventRequest,
) -> DispatchEventResult:
    """Send an event to an event source, which starts runs of its subscribers.
    `source` is the event source's name. When the source has a signature algorithm, the request
    must carry the signature of `payload` in the header named by the source's
    `signature_header`; a missing or wrong signature returns 401. Every enabled subscription
    whose filter matches starts a job run or a workflow run with the payload. Targets that the
    API key may not trigger, and disabled or paused jobs, are skipped without an error. The
    per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/dispatch`

    Args:
        body (DispatchEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DispatchEventResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: DispatchEventRequest,
) -> Response[DispatchEventResult]:
    """Send an event to an event source, which starts runs of its subscribers.
    `source` is the event source's name. When the source has a signature algorithm, the request
    must carry the signature of `payload` in the header named by the source's
    `signature_header`; a missing or wrong signature returns 401. Every enabled subscription
    whose filter matches starts a job run or a workflow run with the payload. Targets that the
    API key may not trigger, and disabled or paused jobs, are skipped without an error. The
    per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/dispatch`

    Args:
        body (DispatchEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DispatchEventResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: DispatchEventRequest,
) -> DispatchEventResult:
    """Send an event to an event source, which starts runs of its subscribers.
    `source` is the event source's name. When the source has a signature algorithm, the request
    must carry the signature of `payload` in the header named by the source's
    `signature_header`; a missing or wrong signature returns 401. Every enabled subscription
    whose filter matches starts a job run or a workflow run with the payload. Targets that the
    API key may not trigger, and disabled or paused jobs, are skipped without an error. The
    per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/dispatch`

    Args:
        body (DispatchEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DispatchEventResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
