"""Start many runs of a job in one request.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_trigger_request import BulkTriggerRequest
from ...models.bulk_trigger_response import BulkTriggerResponse
from ...types import Response

OPERATION = "bulk_trigger_job"


def _get_kwargs(
    job_id: str,
    *,
    body: BulkTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/trigger/bulk".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkTriggerResponse:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = BulkTriggerResponse.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkTriggerResponse]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    job_id: str,
    *,
    client: HTTPClientProvider,
    body: BulkTriggerRequest,
) -> Response[BulkTriggerResponse]:
    """Start many runs of a job in one request.
    One invalid item fails the whole request with a 400 that names the item's index.
    `results` follows the order of `items`. An item whose
    `idempotency_key` matches an earlier run of the job, or whose payload falls in the job's
    dedup window, reports that existing run instead of a new one and does not count in
    `created`. The runs share one `batch_id`, which `list-runs` and the batch operation routes
    accept. The number of items is capped by the server setting `MAX_BULK_TRIGGER_ITEMS`
    (500 by default). Limited to 5 requests a minute per client IP.

    `POST /v1/jobs/{job_id}/trigger/bulk`

    Args:
        job_id (str):
        body (BulkTriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkTriggerResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
    body: BulkTriggerRequest,
) -> BulkTriggerResponse:
    """Start many runs of a job in one request.
    One invalid item fails the whole request with a 400 that names the item's index.
    `results` follows the order of `items`. An item whose
    `idempotency_key` matches an earlier run of the job, or whose payload falls in the job's
    dedup window, reports that existing run instead of a new one and does not count in
    `created`. The runs share one `batch_id`, which `list-runs` and the batch operation routes
    accept. The number of items is capped by the server setting `MAX_BULK_TRIGGER_ITEMS`
    (500 by default). Limited to 5 requests a minute per client IP.

    `POST /v1/jobs/{job_id}/trigger/bulk`

    Args:
        job_id (str):
        body (BulkTriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkTriggerResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: BulkTriggerRequest,
) -> Response[BulkTriggerResponse]:
    """Start many runs of a job in one request.
    One invalid item fails the whole request with a 400 that names the item's index.
    `results` follows the order of `items`. An item whose
    `idempotency_key` matches an earlier run of the job, or whose payload falls in the job's
    dedup window, reports that existing run instead of a new one and does not count in
    `created`. The runs share one `batch_id`, which `list-runs` and the batch operation routes
    accept. The number of items is capped by the server setting `MAX_BULK_TRIGGER_ITEMS`
    (500 by default). Limited to 5 requests a minute per client IP.

    `POST /v1/jobs/{job_id}/trigger/bulk`

    Args:
        job_id (str):
        body (BulkTriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkTriggerResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: BulkTriggerRequest,
) -> BulkTriggerResponse:
    """Start many runs of a job in one request.
    One invalid item fails the whole request with a 400 that names the item's index.
    `results` follows the order of `items`. An item whose
    `idempotency_key` matches an earlier run of the job, or whose payload falls in the job's
    dedup window, reports that existing run instead of a new one and does not count in
    `created`. The runs share one `batch_id`, which `list-runs` and the batch operation routes
    accept. The number of items is capped by the server setting `MAX_BULK_TRIGGER_ITEMS`
    (500 by default). Limited to 5 requests a minute per client IP.

    `POST /v1/jobs/{job_id}/trigger/bulk`

    Args:
        job_id (str):
        body (BulkTriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkTriggerResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
