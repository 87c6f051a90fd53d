"""Cancel up to 100 runs by id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_cancel_request import BulkCancelRequest
from ...models.bulk_cancel_response import BulkCancelResponse
from ...types import Response

OPERATION = "bulk_cancel_runs"


def _get_kwargs(
    *,
    body: BulkCancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/bulk-cancel",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkCancelResponse:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkCancelResponse.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkCancelResponse]:
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
    body: BulkCancelRequest,
) -> Response[BulkCancelResponse]:
    """Cancel up to 100 runs by id.
    Each run is handled on its own and reported in `results`: runs that are missing, in
    another project or already finished are listed with an `error` and counted in `failed`.
    The child runs of the canceled runs are canceled too, on a best-effort basis.

    `POST /v1/runs/bulk-cancel`

    Args:
        body (BulkCancelRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkCancelRequest,
) -> BulkCancelResponse:
    """Cancel up to 100 runs by id.
    Each run is handled on its own and reported in `results`: runs that are missing, in
    another project or already finished are listed with an `error` and counted in `failed`.
    The child runs of the canceled runs are canceled too, on a best-effort basis.

    `POST /v1/runs/bulk-cancel`

    Args:
        body (BulkCancelRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelRequest,
) -> Response[BulkCancelResponse]:
    """Cancel up to 100 runs by id.
    Each run is handled on its own and reported in `results`: runs that are missing, in
    another project or already finished are listed with an `error` and counted in `failed`.
    The child runs of the canceled runs are canceled too, on a best-effort basis.

    `POST /v1/runs/bulk-cancel`

    Args:
        body (BulkCancelRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelRequest,
) -> BulkCancelResponse:
    """Cancel up to 100 runs by id.
    Each run is handled on its own and reported in `results`: runs that are missing, in
    another project or already finished are listed with an `error` and counted in `failed`.
    The child runs of the canceled runs are canceled too, on a best-effort basis.

    `POST /v1/runs/bulk-cancel`

    Args:
        body (BulkCancelRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
