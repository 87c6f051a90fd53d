"""List the project's webhook deliveries, newest first, at the older path.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.webhook_delivery_list import WebhookDeliveryList
from ...models.webhook_delivery_status import WebhookDeliveryStatus
from ...types import UNSET, Response, Unset

OPERATION = "list_webhook_deliveries_legacy"


def _get_kwargs(
    *,
    status: WebhookDeliveryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = WebhookDeliveryStatus(status).value

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhook-deliveries",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WebhookDeliveryList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WebhookDeliveryList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WebhookDeliveryList]:
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
    status: WebhookDeliveryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WebhookDeliveryList]:
    """List the project's webhook deliveries, newest first, at the older path.
    The server handles this path exactly like `list-webhook-deliveries`.

    `GET /v1/webhook-deliveries`

    Args:
        status (WebhookDeliveryStatus | Unset): `pending` has not been sent yet or waits for its
            next attempt, `delivered` was accepted by
            the endpoint, `failed` had a failed attempt, and `dead` will not be tried again.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WebhookDeliveryList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    status: WebhookDeliveryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WebhookDeliveryList:
    """List the project's webhook deliveries, newest first, at the older path.
    The server handles this path exactly like `list-webhook-deliveries`.

    `GET /v1/webhook-deliveries`

    Args:
        status (WebhookDeliveryStatus | Unset): `pending` has not been sent yet or waits for its
            next attempt, `delivered` was accepted by
            the endpoint, `failed` had a failed attempt, and `dead` will not be tried again.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WebhookDeliveryList
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    status: WebhookDeliveryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WebhookDeliveryList]:
    """List the project's webhook deliveries, newest first, at the older path.
    The server handles this path exactly like `list-webhook-deliveries`.

    `GET /v1/webhook-deliveries`

    Args:
        status (WebhookDeliveryStatus | Unset): `pending` has not been sent yet or waits for its
            next attempt, `delivered` was accepted by
            the endpoint, `failed` had a failed attempt, and `dead` will not be tried again.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WebhookDeliveryList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    status: WebhookDeliveryStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WebhookDeliveryList:
    """List the project's webhook deliveries, newest first, at the older path.
    The server handles this path exactly like `list-webhook-deliveries`.

    `GET /v1/webhook-deliveries`

    Args:
        status (WebhookDeliveryStatus | Unset): `pending` has not been sent yet or waits for its
            next attempt, `delivered` was accepted by
            the endpoint, `failed` had a failed attempt, and `dead` will not be tried again.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WebhookDeliveryList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
