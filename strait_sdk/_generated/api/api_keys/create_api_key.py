"""Create an API key for the project.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.create_api_key_request import CreateApiKeyRequest
from ...models.created_api_key import CreatedApiKey
from ...types import Response

OPERATION = "create_api_key"


def _get_kwargs(
    *,
    body: CreateApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-keys",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> CreatedApiKey:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = CreatedApiKey.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[CreatedApiKey]:
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
    body: CreateApiKeyRequest,
) -> Response[CreatedApiKey]:
    """Create an API key for the project.
    The response contains the full key, which no route returns again. `scopes` must list at
    least one scope, and the caller cannot grant a scope it lacks itself (403). Every key
    expires: without `expires_in_days` the key gets the project's maximum key lifetime, and a
    project without one returns 400. A lifetime beyond the project's maximum also gives 400.
    Limited to 10 calls a minute per client IP.

    `POST /v1/api-keys`

    Args:
        body (CreateApiKeyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CreatedApiKey]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: CreateApiKeyRequest,
) -> CreatedApiKey:
    """Create an API key for the project.
    The response contains the full key, which no route returns again. `scopes` must list at
    least one scope, and the caller cannot grant a scope it lacks itself (403). Every key
    expires: without `expires_in_days` the key gets the project's maximum key lifetime, and a
    project without one returns 400. A lifetime beyond the project's maximum also gives 400.
    Limited to 10 calls a minute per client IP.

    `POST /v1/api-keys`

    Args:
        body (CreateApiKeyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CreatedApiKey
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateApiKeyRequest,
) -> Response[CreatedApiKey]:
    """Create an API key for the project.
    The response contains the full key, which no route returns again. `scopes` must list at
    least one scope, and the caller cannot grant a scope it lacks itself (403). Every key
    expires: without `expires_in_days` the key gets the project's maximum key lifetime, and a
    project without one returns 400. A lifetime beyond the project's maximum also gives 400.
    Limited to 10 calls a minute per client IP.

    `POST /v1/api-keys`

    Args:
        body (CreateApiKeyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CreatedApiKey]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateApiKeyRequest,
) -> CreatedApiKey:
    """Create an API key for the project.
    The response contains the full key, which no route returns again. `scopes` must list at
    least one scope, and the caller cannot grant a scope it lacks itself (403). Every key
    expires: without `expires_in_days` the key gets the project's maximum key lifetime, and a
    project without one returns 400. A lifetime beyond the project's maximum also gives 400.
    Limited to 10 calls a minute per client IP.

    `POST /v1/api-keys`

    Args:
        body (CreateApiKeyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CreatedApiKey
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
