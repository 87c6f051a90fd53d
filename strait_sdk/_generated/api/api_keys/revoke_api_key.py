"""Revoke an API key.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.api_key_revocation import ApiKeyRevocation
from ...types import Response

OPERATION = "revoke_api_key"


def _get_kwargs(
    key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/api-keys/{key_id}".format(
            key_id=path_segment(key_id, "key_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ApiKeyRevocation:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = ApiKeyRevocation.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ApiKeyRevocation]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    key_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[ApiKeyRevocation]:
    """Revoke an API key.
    The key stops working at once, and worker streams opened with it are closed. Unlike other
    deletes this returns 200 with a body. Limited to 10 calls a minute per client IP.

    `DELETE /v1/api-keys/{key_id}`

    Args:
        key_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ApiKeyRevocation]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    key_id: str,
    *,
    client: HTTPClientProvider,
) -> ApiKeyRevocation:
    """Revoke an API key.
    The key stops working at once, and worker streams opened with it are closed. Unlike other
    deletes this returns 200 with a body. Limited to 10 calls a minute per client IP.

    `DELETE /v1/api-keys/{key_id}`

    Args:
        key_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ApiKeyRevocation
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[ApiKeyRevocation]:
    """Revoke an API key.
    The key stops working at once, and worker streams opened with it are closed. Unlike other
    deletes this returns 200 with a body. Limited to 10 calls a minute per client IP.

    `DELETE /v1/api-keys/{key_id}`

    Args:
        key_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ApiKeyRevocation]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    key_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> ApiKeyRevocation:
    """Revoke an API key.
    The key stops working at once, and worker streams opened with it are closed. Unlike other
    deletes this returns 200 with a body. Limited to 10 calls a minute per client IP.

    `DELETE /v1/api-keys/{key_id}`

    Args:
        key_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ApiKeyRevocation
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
        )
    ).parsed
