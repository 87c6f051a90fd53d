"""Report whether the server can take requests.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.health_readiness import HealthReadiness
from ...types import Response

OPERATION = "health_ready"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health/ready",
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> HealthReadiness:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = HealthReadiness.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[HealthReadiness]:
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
) -> Response[HealthReadiness]:
    """Report whether the server can take requests.
    Checks the server's dependencies, such as the database. Ready returns 200 with
    `{"status": "ready"}`. Not ready returns 503 with `{"status": "not_ready"}`, which is not
    the error envelope. A caller that sends the internal secret gets the full result of every
    check instead. Needs no credentials and is not rate limited.

    `GET /health/ready`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[HealthReadiness]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
) -> HealthReadiness:
    """Report whether the server can take requests.
    Checks the server's dependencies, such as the database. Ready returns 200 with
    `{"status": "ready"}`. Not ready returns 503 with `{"status": "not_ready"}`, which is not
    the error envelope. A caller that sends the internal secret gets the full result of every
    check instead. Needs no credentials and is not rate limited.

    `GET /health/ready`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        HealthReadiness
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
) -> Response[HealthReadiness]:
    """Report whether the server can take requests.
    Checks the server's dependencies, such as the database. Ready returns 200 with
    `{"status": "ready"}`. Not ready returns 503 with `{"status": "not_ready"}`, which is not
    the error envelope. A caller that sends the internal secret gets the full result of every
    check instead. Needs no credentials and is not rate limited.

    `GET /health/ready`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[HealthReadiness]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
) -> HealthReadiness:
    """Report whether the server can take requests.
    Checks the server's dependencies, such as the database. Ready returns 200 with
    `{"status": "ready"}`. Not ready returns 503 with `{"status": "not_ready"}`, which is not
    the error envelope. A caller that sends the internal secret gets the full result of every
    check instead. Needs no credentials and is not rate limited.

    `GET /health/ready`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        HealthReadiness
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
