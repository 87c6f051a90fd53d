"""Change some fields of a notification channel.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.notification_channel import NotificationChannel
from ...models.update_notification_channel_request import (
    UpdateNotificationChannelRequest,
)
from ...types import Response

OPERATION = "update_notification_channel"


def _get_kwargs(
    channel_id: str,
    *,
    body: UpdateNotificationChannelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/notification-channels/{channel_id}".format(
            channel_id=path_segment(channel_id, "channel_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpdateNotificationChannelRequest,
) -> Response[NotificationChannel]:
    """Change some fields of a notification channel.
    Fields that are absent keep their values. When `channel_type` or `config` changes, the
    resulting pair is checked as on create.

    `PATCH /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):
        body (UpdateNotificationChannelRequest): Every field is optional, and fields left out keep
            their values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[NotificationChannel]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    channel_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateNotificationChannelRequest,
) -> NotificationChannel:
    """Change some fields of a notification channel.
    Fields that are absent keep their values. When `channel_type` or `config` changes, the
    resulting pair is checked as on create.

    `PATCH /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):
        body (UpdateNotificationChannelRequest): Every field is optional, and fields left out keep
            their values.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    channel_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateNotificationChannelRequest,
) -> Response[NotificationChannel]:
    """Change some fields of a notification channel.
    Fields that are absent keep their values. When `channel_type` or `config` changes, the
    resulting pair is checked as on create.

    `PATCH /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):
        body (UpdateNotificationChannelRequest): Every field is optional, and fields left out keep
            their values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[NotificationChannel]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        channel_id=channel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    channel_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateNotificationChannelRequest,
) -> NotificationChannel:
    """Change some fields of a notification channel.
    Fields that are absent keep their values. When `channel_type` or `config` changes, the
    resulting pair is checked as on create.

    `PATCH /v1/notification-channels/{channel_id}`

    Args:
        channel_id (str):
        body (UpdateNotificationChannelRequest): Every field is optional, and fields left out keep
            their values.

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
            body=body,
        )
    ).parsed
