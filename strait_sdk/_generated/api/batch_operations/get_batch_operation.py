"""Get the progress of one bulk trigger.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.batch_operation import BatchOperation
from ...types import Response

OPERATION = "get_batch_operation"


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch-operations/{batch_id}".format(
            batch_id=path_segment(batch_id, "batch_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> BatchOperation:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BatchOperation.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BatchOperation]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    batch_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[BatchOperation]:
    """Get the progress of one bulk trigger.
    The server returns 404 for any failure to read the operation, not only when it is missing.

    `GET /v1/batch-operations/{batch_id}`

    Args:
        batch_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchOperation]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    batch_id: str,
    *,
    client: HTTPClientProvider,
) -> BatchOperation:
    """Get the progress of one bulk trigger.
    The server returns 404 for any failure to read the operation, not only when it is missing.

    `GET /v1/batch-operations/{batch_id}`

    Args:
        batch_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchOperation
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[BatchOperation]:
    """Get the progress of one bulk trigger.
    The server returns 404 for any failure to read the operation, not only when it is missing.

    `GET /v1/batch-operations/{batch_id}`

    Args:
        batch_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchOperation]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> BatchOperation:
    """Get the progress of one bulk trigger.
    The server returns 404 for any failure to read the operation, not only when it is missing.

    `GET /v1/batch-operations/{batch_id}`

    Args:
        batch_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchOperation
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
