"""Replace an API key with a new one that has the same scopes.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.rotate_api_key_request import RotateApiKeyRequest
from ...models.rotated_api_key import RotatedApiKey
from ...types import UNSET, Response, Unset

OPERATION = "rotate_api_key"


def _get_kwargs(
    key_id: str,
    *,
    body: RotateApiKeyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api-keys/{key_id}/rotate".format(
            key_id=path_segment(key_id, "key_id"),
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


def _parse_response(*, response: httpx.Response) -> RotatedApiKey:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = RotatedApiKey.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[RotatedApiKey]:
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
    body: RotateApiKeyRequest | Unset = UNSET,
) -> Response[RotatedApiKey]:
    """Replace an API key with a new one that has the same scopes.
    Creates a key named `<old name> (rotated)` with the old key's scopes, environment and
    expiry, and returns its full value, which no route returns again. An old key without
    expiry gives the new key the project's maximum key lifetime, or 400 when the project sets
    none. The old key keeps working until `grace_expires_at`. A revoked key gives 409, and the
    caller must hold every scope of the old key (403 otherwise). Limited to 10 calls a minute
    per client IP.

    `POST /v1/api-keys/{key_id}/rotate`

    Args:
        key_id (str):
        body (RotateApiKeyRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RotatedApiKey]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    key_id: str,
    *,
    client: HTTPClientProvider,
    body: RotateApiKeyRequest | Unset = UNSET,
) -> RotatedApiKey:
    """Replace an API key with a new one that has the same scopes.
    Creates a key named `<old name> (rotated)` with the old key's scopes, environment and
    expiry, and returns its full value, which no route returns again. An old key without
    expiry gives the new key the project's maximum key lifetime, or 400 when the project sets
    none. The old key keeps working until `grace_expires_at`. A revoked key gives 409, and the
    caller must hold every scope of the old key (403 otherwise). Limited to 10 calls a minute
    per client IP.

    `POST /v1/api-keys/{key_id}/rotate`

    Args:
        key_id (str):
        body (RotateApiKeyRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RotatedApiKey
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RotateApiKeyRequest | Unset = UNSET,
) -> Response[RotatedApiKey]:
    """Replace an API key with a new one that has the same scopes.
    Creates a key named `<old name> (rotated)` with the old key's scopes, environment and
    expiry, and returns its full value, which no route returns again. An old key without
    expiry gives the new key the project's maximum key lifetime, or 400 when the project sets
    none. The old key keeps working until `grace_expires_at`. A revoked key gives 409, and the
    caller must hold every scope of the old key (403 otherwise). Limited to 10 calls a minute
    per client IP.

    `POST /v1/api-keys/{key_id}/rotate`

    Args:
        key_id (str):
        body (RotateApiKeyRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RotatedApiKey]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    key_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RotateApiKeyRequest | Unset = UNSET,
) -> RotatedApiKey:
    """Replace an API key with a new one that has the same scopes.
    Creates a key named `<old name> (rotated)` with the old key's scopes, environment and
    expiry, and returns its full value, which no route returns again. An old key without
    expiry gives the new key the project's maximum key lifetime, or 400 when the project sets
    none. The old key keeps working until `grace_expires_at`. A revoked key gives 409, and the
    caller must hold every scope of the old key (403 otherwise). Limited to 10 calls a minute
    per client IP.

    `POST /v1/api-keys/{key_id}/rotate`

    Args:
        key_id (str):
        body (RotateApiKeyRequest | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RotatedApiKey
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
