"""Subscribe a URL to project events.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.create_webhook_subscription_request import (
    CreateWebhookSubscriptionRequest,
)
from ...models.created_webhook_subscription import CreatedWebhookSubscription
from ...types import Response

OPERATION = "create_webhook_subscription"


def _get_kwargs(
    *,
    body: CreateWebhookSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/subscriptions",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> CreatedWebhookSubscription:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = CreatedWebhookSubscription.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[CreatedWebhookSubscription]:
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
    body: CreateWebhookSubscriptionRequest,
) -> Response[CreatedWebhookSubscription]:
    """Subscribe a URL to project events.
    The server generates the signing secret and returns it in this response only. It cannot
    be read again, only rotated. The URL must pass the server's address checks. The plan may
    limit the number of endpoints and the event types allowed. Keys bound to an environment
    get 403: subscriptions need a key for the whole project.

    `POST /v1/webhooks/subscriptions`

    Args:
        body (CreateWebhookSubscriptionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CreatedWebhookSubscription]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: CreateWebhookSubscriptionRequest,
) -> CreatedWebhookSubscription:
    """Subscribe a URL to project events.
    The server generates the signing secret and returns it in this response only. It cannot
    be read again, only rotated. The URL must pass the server's address checks. The plan may
    limit the number of endpoints and the event types allowed. Keys bound to an environment
    get 403: subscriptions need a key for the whole project.

    `POST /v1/webhooks/subscriptions`

    Args:
        body (CreateWebhookSubscriptionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CreatedWebhookSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateWebhookSubscriptionRequest,
) -> Response[CreatedWebhookSubscription]:
    """Subscribe a URL to project events.
    The server generates the signing secret and returns it in this response only. It cannot
    be read again, only rotated. The URL must pass the server's address checks. The plan may
    limit the number of endpoints and the event types allowed. Keys bound to an environment
    get 403: subscriptions need a key for the whole project.

    `POST /v1/webhooks/subscriptions`

    Args:
        body (CreateWebhookSubscriptionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CreatedWebhookSubscription]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateWebhookSubscriptionRequest,
) -> CreatedWebhookSubscription:
    """Subscribe a URL to project events.
    The server generates the signing secret and returns it in this response only. It cannot
    be read again, only rotated. The URL must pass the server's address checks. The plan may
    limit the number of endpoints and the event types allowed. Keys bound to an environment
    get 403: subscriptions need a key for the whole project.

    `POST /v1/webhooks/subscriptions`

    Args:
        body (CreateWebhookSubscriptionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CreatedWebhookSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
