"""Report whether the server is up.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.health_status import HealthStatus
from ...types import Response

OPERATION = "health_check"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> HealthStatus:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = HealthStatus.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[HealthStatus]:
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
) -> Response[HealthStatus]:
    """Report whether the server is up.
    Returns 200 whenever the process serves requests. Needs no credentials.

    `GET /health`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[HealthStatus]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
) -> HealthStatus:
    """Report whether the server is up.
    Returns 200 whenever the process serves requests. Needs no credentials.

    `GET /health`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        HealthStatus
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
) -> Response[HealthStatus]:
    """Report whether the server is up.
    Returns 200 whenever the process serves requests. Needs no credentials.

    `GET /health`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[HealthStatus]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
) -> HealthStatus:
    """Report whether the server is up.
    Returns 200 whenever the process serves requests. Needs no credentials.

    `GET /health`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        HealthStatus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
