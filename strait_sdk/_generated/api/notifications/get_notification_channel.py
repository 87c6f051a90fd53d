"""Get a notification channel by its id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.notification_channel import NotificationChannel
from ...types import Response

OPERATION = "get_notification_channel"


def _get_kwargs(
    channel_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notification-channels/{channel_id}".format(
            channel_id=path_segment(channel_id, "channel_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> NotificationChannel:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = NotificationChannel.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[NotificationChannel]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    channel_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[NotificationChannel]:
    """Get a notification channel by its id.
    `GET /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[NotificationChannel]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    channel_id: str,
    *,
    client: HTTPClientProvider,
) -> NotificationChannel:
    """Get a notification channel by its id.
    `GET /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        NotificationChannel
    """

    return sync_detailed(
        channel_id=channel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[NotificationChannel]:
    """Get a notification channel by its id.
    `GET /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[NotificationChannel]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> NotificationChannel:
    """Get a notification channel by its id.
    `GET /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        NotificationChannel
    """

    return (
        await asyncio_detailed(
            channel_id=channel_id,
            client=client,
        )
    ).parsed
