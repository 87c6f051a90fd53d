"""Create up to 50 jobs in one request.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.batch_create_jobs_request import BatchCreateJobsRequest
from ...models.batch_create_jobs_response import BatchCreateJobsResponse
from ...types import UNSET, Response, Unset

OPERATION = "batch_create_jobs"


def _get_kwargs(
    *,
    body: BatchCreateJobsRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/batch",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BatchCreateJobsResponse:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = BatchCreateJobsResponse.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BatchCreateJobsResponse]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    body: BatchCreateJobsRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchCreateJobsResponse]:
    """Create up to 50 jobs in one request.
    Each item takes the fields of `create-job` and is checked on its own. Items that fail are
    reported in `errors` by their index while the others are created, and the answer is 201
    as long as one job was created. When every item fails, the server returns 400 with this
    same body (`created` is then null) instead of the error envelope. An empty list or more
    than 50 items gives a 400 envelope. Limited to 10 requests a minute per client IP.

    `POST /v1/jobs/batch`

    Args:
        idempotency_key (str | Unset):
        body (BatchCreateJobsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchCreateJobsResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BatchCreateJobsRequest,
    idempotency_key: str | Unset = UNSET,
) -> BatchCreateJobsResponse:
    """Create up to 50 jobs in one request.
    Each item takes the fields of `create-job` and is checked on its own. Items that fail are
    reported in `errors` by their index while the others are created, and the answer is 201
    as long as one job was created. When every item fails, the server returns 400 with this
    same body (`created` is then null) instead of the error envelope. An empty list or more
    than 50 items gives a 400 envelope. Limited to 10 requests a minute per client IP.

    `POST /v1/jobs/batch`

    Args:
        idempotency_key (str | Unset):
        body (BatchCreateJobsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchCreateJobsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BatchCreateJobsRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BatchCreateJobsResponse]:
    """Create up to 50 jobs in one request.
    Each item takes the fields of `create-job` and is checked on its own. Items that fail are
    reported in `errors` by their index while the others are created, and the answer is 201
    as long as one job was created. When every item fails, the server returns 400 with this
    same body (`created` is then null) instead of the error envelope. An empty list or more
    than 50 items gives a 400 envelope. Limited to 10 requests a minute per client IP.

    `POST /v1/jobs/batch`

    Args:
        idempotency_key (str | Unset):
        body (BatchCreateJobsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchCreateJobsResponse]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BatchCreateJobsRequest,
    idempotency_key: str | Unset = UNSET,
) -> BatchCreateJobsResponse:
    """Create up to 50 jobs in one request.
    Each item takes the fields of `create-job` and is checked on its own. Items that fail are
    reported in `errors` by their index while the others are created, and the answer is 201
    as long as one job was created. When every item fails, the server returns 400 with this
    same body (`created` is then null) instead of the error envelope. An empty list or more
    than 50 items gives a 400 envelope. Limited to 10 requests a minute per client IP.

    `POST /v1/jobs/batch`

    Args:
        idempotency_key (str | Unset):
        body (BatchCreateJobsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchCreateJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
