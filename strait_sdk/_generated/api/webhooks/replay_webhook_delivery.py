"""Send a webhook delivery again as a new delivery.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.webhook_delivery import WebhookDelivery
from ...types import Response

OPERATION = "replay_webhook_delivery"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/deliveries/{id}/replay".format(
            id=path_segment(id, "id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WebhookDelivery:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = WebhookDelivery.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WebhookDelivery]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: HTTPClientProvider,
) -> Response[WebhookDelivery]:
    """Send a webhook delivery again as a new delivery.
    Works in any status, and the original delivery is left as it is.

    `POST /v1/webhooks/deliveries/{id}/replay`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WebhookDelivery]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    id: str,
    *,
    client: HTTPClientProvider,
) -> WebhookDelivery:
    """Send a webhook delivery again as a new delivery.
    Works in any status, and the original delivery is left as it is.

    `POST /v1/webhooks/deliveries/{id}/replay`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WebhookDelivery
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WebhookDelivery]:
    """Send a webhook delivery again as a new delivery.
    Works in any status, and the original delivery is left as it is.

    `POST /v1/webhooks/deliveries/{id}/replay`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WebhookDelivery]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WebhookDelivery:
    """Send a webhook delivery again as a new delivery.
    Works in any status, and the original delivery is left as it is.

    `POST /v1/webhooks/deliveries/{id}/replay`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WebhookDelivery
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
