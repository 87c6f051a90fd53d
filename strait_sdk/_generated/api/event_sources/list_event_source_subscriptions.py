"""List the subscriptions of an event source.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_subscription import EventSubscription
from ...types import Response

OPERATION = "list_event_source_subscriptions"


def _get_kwargs(
    source_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/event-sources/{source_id}/subscriptions".format(
            source_id=path_segment(source_id, "source_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[EventSubscription]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = EventSubscription.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[EventSubscription]]:
    parsed = _parse_response(response=response)
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
) -> Response[list[EventSubscription]]:
    """List the subscriptions of an event source.
    Returns a plain array, not the paginated envelope.

    `GET /v1/event-sources/{source_id}/subscriptions`

    Args:
        source_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[EventSubscription]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    source_id: str,
    *,
    client: HTTPClientProvider,
) -> list[EventSubscription]:
    """List the subscriptions of an event source.
    Returns a plain array, not the paginated envelope.

    `GET /v1/event-sources/{source_id}/subscriptions`

    Args:
        source_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[EventSubscription]
    """

    return sync_detailed(
        source_id=source_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[list[EventSubscription]]:
    """List the subscriptions of an event source.
    Returns a plain array, not the paginated envelope.

    `GET /v1/event-sources/{source_id}/subscriptions`

    Args:
        source_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[EventSubscription]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> list[EventSubscription]:
    """List the subscriptions of an event source.
    Returns a plain array, not the paginated envelope.

    `GET /v1/event-sources/{source_id}/subscriptions`

    Args:
        source_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[EventSubscription]
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            client=client,
        )
    ).parsed
