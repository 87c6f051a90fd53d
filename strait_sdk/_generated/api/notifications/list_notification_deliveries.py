"""List the project's notification deliveries, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.notification_delivery import NotificationDelivery
from ...types import UNSET, Response, Unset

OPERATION = "list_notification_deliveries"


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: str | Unset = UNSET
    if not isinstance(cursor, Unset):
        json_cursor = cursor.isoformat()
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/notification-deliveries",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[NotificationDelivery]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = NotificationDelivery.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[NotificationDelivery]]:
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
    limit: int | Unset = UNSET,
    cursor: datetime.datetime | Unset = UNSET,
) -> Response[list[NotificationDelivery]]:
    """List the project's notification deliveries, newest first.
    The body is a plain array without `next_cursor`: to read the next page, pass the
    `created_at` of the last delivery as `cursor`. The server ignores a `limit` or `cursor`
    it cannot use instead of returning 400.

    `GET /v1/notification-deliveries`

    Args:
        limit (int | Unset):
        cursor (datetime.datetime | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[NotificationDelivery]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: datetime.datetime | Unset = UNSET,
) -> list[NotificationDelivery]:
    """List the project's notification deliveries, newest first.
    The body is a plain array without `next_cursor`: to read the next page, pass the
    `created_at` of the last delivery as `cursor`. The server ignores a `limit` or `cursor`
    it cannot use instead of returning 400.

    `GET /v1/notification-deliveries`

    Args:
        limit (int | Unset):
        cursor (datetime.datetime | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[NotificationDelivery]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: datetime.datetime | Unset = UNSET,
) -> Response[list[NotificationDelivery]]:
    """List the project's notification deliveries, newest first.
    The body is a plain array without `next_cursor`: to read the next page, pass the
    `created_at` of the last delivery as `cursor`. The server ignores a `limit` or `cursor`
    it cannot use instead of returning 400.

    `GET /v1/notification-deliveries`

    Args:
        limit (int | Unset):
        cursor (datetime.datetime | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[NotificationDelivery]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: datetime.datetime | Unset = UNSET,
) -> list[NotificationDelivery]:
    """List the project's notification deliveries, newest first.
    The body is a plain array without `next_cursor`: to read the next page, pass the
    `created_at` of the last delivery as `cursor`. The server ignores a `limit` or `cursor`
    it cannot use instead of returning 400.

    `GET /v1/notification-deliveries`

    Args:
        limit (int | Unset):
        cursor (datetime.datetime | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[NotificationDelivery]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
