"""Get a secret's metadata by its id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_secret import JobSecret
from ...types import Response

OPERATION = "get_secret"


def _get_kwargs(
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/secrets/{secret_id}".format(
            secret_id=path_segment(secret_id, "secret_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobSecret:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobSecret.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobSecret]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    secret_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[JobSecret]:
    """Get a secret's metadata by its id.
    The value is never included. The server records each read in the audit log.

    `GET /v1/secrets/{secret_id}`

    Args:
        secret_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobSecret]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    secret_id: str,
    *,
    client: HTTPClientProvider,
) -> JobSecret:
    """Get a secret's metadata by its id.
    The value is never included. The server records each read in the audit log.

    `GET /v1/secrets/{secret_id}`

    Args:
        secret_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobSecret
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[JobSecret]:
    """Get a secret's metadata by its id.
    The value is never included. The server records each read in the audit log.

    `GET /v1/secrets/{secret_id}`

    Args:
        secret_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobSecret]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    secret_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> JobSecret:
    """Get a secret's metadata by its id.
    The value is never included. The server records each read in the audit log.

    `GET /v1/secrets/{secret_id}`

    Args:
        secret_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobSecret
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
        )
    ).parsed
