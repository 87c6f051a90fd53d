"""List the project's API keys that expire within a number of days.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.expiring_api_key import ExpiringApiKey
from ...types import UNSET, Response, Unset

OPERATION = "list_expiring_keys"


def _get_kwargs(
    *,
    within_days: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["within_days"] = within_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/api-keys/expiring-soon",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[ExpiringApiKey]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = ExpiringApiKey.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[ExpiringApiKey]]:
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
    within_days: int | Unset = UNSET,
) -> Response[list[ExpiringApiKey]]:
    """List the project's API keys that expire within a number of days.
    The body is a plain array, not a page.

    `GET /v1/api-keys/expiring-soon`

    Args:
        within_days (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[ExpiringApiKey]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        within_days=within_days,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    within_days: int | Unset = UNSET,
) -> list[ExpiringApiKey]:
    """List the project's API keys that expire within a number of days.
    The body is a plain array, not a page.

    `GET /v1/api-keys/expiring-soon`

    Args:
        within_days (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[ExpiringApiKey]
    """

    return sync_detailed(
        client=client,
        within_days=within_days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    within_days: int | Unset = UNSET,
) -> Response[list[ExpiringApiKey]]:
    """List the project's API keys that expire within a number of days.
    The body is a plain array, not a page.

    `GET /v1/api-keys/expiring-soon`

    Args:
        within_days (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[ExpiringApiKey]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        within_days=within_days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    within_days: int | Unset = UNSET,
) -> list[ExpiringApiKey]:
    """List the project's API keys that expire within a number of days.
    The body is a plain array, not a page.

    `GET /v1/api-keys/expiring-soon`

    Args:
        within_days (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[ExpiringApiKey]
    """

    return (
        await asyncio_detailed(
            client=client,
            within_days=within_days,
        )
    ).parsed
