"""Subscribe a job or a workflow to an event source.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_subscription import EventSubscription
from ...models.subscribe_to_event_source_request import SubscribeToEventSourceRequest
from ...types import UNSET, Response, Unset

OPERATION = "subscribe_to_event_source"


def _get_kwargs(
    source_id: str,
    *,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/event-sources/{source_id}/subscribe".format(
            source_id=path_segment(source_id, "source_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> EventSubscription:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = EventSubscription.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EventSubscription]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    source_id: str,
    *,
    client: HTTPClientProvider,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventSubscription]:
    """Subscribe a job or a workflow to an event source.
    Each event dispatched to the source whose payload passes `filter_expr` then starts a run of
    the target. The target must be in the API key's project; otherwise the server returns 404.

    `POST /v1/event-sources/{source_id}/subscribe`

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventSubscription]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    source_id: str,
    *,
    client: HTTPClientProvider,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> EventSubscription:
    """Subscribe a job or a workflow to an event source.
    Each event dispatched to the source whose payload passes `filter_expr` then starts a run of
    the target. The target must be in the API key's project; otherwise the server returns 404.

    `POST /v1/event-sources/{source_id}/subscribe`

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventSubscription
    """

    return sync_detailed(
        source_id=source_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventSubscription]:
    """Subscribe a job or a workflow to an event source.
    Each event dispatched to the source whose payload passes `filter_expr` then starts a run of
    the target. The target must be in the API key's project; otherwise the server returns 404.

    `POST /v1/event-sources/{source_id}/subscribe`

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventSubscription]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> EventSubscription:
    """Subscribe a job or a workflow to an event source.
    Each event dispatched to the source whose payload passes `filter_expr` then starts a run of
    the target. The target must be in the API key's project; otherwise the server returns 404.

    `POST /v1/event-sources/{source_id}/subscribe`

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventSubscription
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
