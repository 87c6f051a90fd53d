"""Replace a subscription's signing secret.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.rotate_webhook_secret_request import RotateWebhookSecretRequest
from ...models.rotated_webhook_secret import RotatedWebhookSecret
from ...types import UNSET, Response, Unset

OPERATION = "rotate_webhook_secret"


def _get_kwargs(
    id: str,
    *,
    body: RotateWebhookSecretRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/subscriptions/{id}/rotate-secret".format(
            id=path_segment(id, "id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body: dict[str, Any] | Unset = UNSET
    if not isinstance(body, Unset):
        json_body = body.to_dict()
    if not isinstance(json_body, Unset):
        _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> RotatedWebhookSecret:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = RotatedWebhookSecret.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[RotatedWebhookSecret]:
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
    body: RotateWebhookSecretRequest | Unset = UNSET,
) -> Response[RotatedWebhookSecret]:
    """Replace a subscription's signing secret.
    Generates a new secret and returns it in this response only. The previous secret gets a
    grace period that ends at `grace_expires_at`, so receivers can switch over. Keys bound to
    an environment get 403.

    `POST /v1/webhooks/subscriptions/{id}/rotate-secret`

    Args:
        id (str):
        body (RotateWebhookSecretRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RotatedWebhookSecret]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    id: str,
    *,
    client: HTTPClientProvider,
    body: RotateWebhookSecretRequest | Unset = UNSET,
) -> RotatedWebhookSecret:
    """Replace a subscription's signing secret.
    Generates a new secret and returns it in this response only. The previous secret gets a
    grace period that ends at `grace_expires_at`, so receivers can switch over. Keys bound to
    an environment get 403.

    `POST /v1/webhooks/subscriptions/{id}/rotate-secret`

    Args:
        id (str):
        body (RotateWebhookSecretRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RotatedWebhookSecret
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RotateWebhookSecretRequest | Unset = UNSET,
) -> Response[RotatedWebhookSecret]:
    """Replace a subscription's signing secret.
    Generates a new secret and returns it in this response only. The previous secret gets a
    grace period that ends at `grace_expires_at`, so receivers can switch over. Keys bound to
    an environment get 403.

    `POST /v1/webhooks/subscriptions/{id}/rotate-secret`

    Args:
        id (str):
        body (RotateWebhookSecretRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RotatedWebhookSecret]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RotateWebhookSecretRequest | Unset = UNSET,
) -> RotatedWebhookSecret:
    """Replace a subscription's signing secret.
    Generates a new secret and returns it in this response only. The previous secret gets a
    grace period that ends at `grace_expires_at`, so receivers can switch over. Keys bound to
    an environment get 403.

    `POST /v1/webhooks/subscriptions/{id}/rotate-secret`

    Args:
        id (str):
        body (RotateWebhookSecretRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RotatedWebhookSecret
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
