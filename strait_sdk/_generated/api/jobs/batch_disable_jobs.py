"""Disable up to 50 jobs at once.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.batch_job_i_ds_request import BatchJobIDsRequest
from ...models.batch_update_result import BatchUpdateResult
from ...types import Response

OPERATION = "batch_disable_jobs"


def _get_kwargs(
    *,
    body: BatchJobIDsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/batch-disable",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BatchUpdateResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BatchUpdateResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BatchUpdateResult]:
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
    body: BatchJobIDsRequest,
) -> Response[BatchUpdateResult]:
    """Disable up to 50 jobs at once.
    A disabled job rejects new triggers with 400. Ids outside the caller's project or
    environment are skipped without an error. `updated` counts the jobs that were written,
    including jobs that were already disabled.

    `POST /v1/jobs/batch-disable`

    Args:
        body (BatchJobIDsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchUpdateResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BatchJobIDsRequest,
) -> BatchUpdateResult:
    """Disable up to 50 jobs at once.
    A disabled job rejects new triggers with 400. Ids outside the caller's project or
    environment are skipped without an error. `updated` counts the jobs that were written,
    including jobs that were already disabled.

    `POST /v1/jobs/batch-disable`

    Args:
        body (BatchJobIDsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchUpdateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BatchJobIDsRequest,
) -> Response[BatchUpdateResult]:
    """Disable up to 50 jobs at once.
    A disabled job rejects new triggers with 400. Ids outside the caller's project or
    environment are skipped without an error. `updated` counts the jobs that were written,
    including jobs that were already disabled.

    `POST /v1/jobs/batch-disable`

    Args:
        body (BatchJobIDsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchUpdateResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BatchJobIDsRequest,
) -> BatchUpdateResult:
    """Disable up to 50 jobs at once.
    A disabled job rejects new triggers with 400. Ids outside the caller's project or
    environment are skipped without an error. `updated` counts the jobs that were written,
    including jobs that were already disabled.

    `POST /v1/jobs/batch-disable`

    Args:
        body (BatchJobIDsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
