"""Put many dead-letter runs back in the queue.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_replay_dead_letter_runs_request import (
    BulkReplayDeadLetterRunsRequest,
)
from ...models.bulk_replay_dead_letter_runs_result import BulkReplayDeadLetterRunsResult
from ...types import Response

OPERATION = "bulk_replay_dead_letter_runs"


def _get_kwargs(
    *,
    body: BulkReplayDeadLetterRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/bulk-dlq-replay",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkReplayDeadLetterRunsResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkReplayDeadLetterRunsResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkReplayDeadLetterRunsResult]:
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
    body: BulkReplayDeadLetterRunsRequest,
) -> Response[BulkReplayDeadLetterRunsResult]:
    """Put many dead-letter runs back in the queue.
    Give either `run_ids` (at most 500, each must be a run of the caller's project) or
    `project_id` with an optional `limit`. Both or neither gives 422. The runs keep their ids
    and go back to `queued`. When none of the selected runs is in `dead_letter` the server
    returns 409.

    `POST /v1/runs/bulk-dlq-replay`

    Args:
        body (BulkReplayDeadLetterRunsRequest): Give exactly one of `run_ids` and `project_id`.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayDeadLetterRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkReplayDeadLetterRunsRequest,
) -> BulkReplayDeadLetterRunsResult:
    """Put many dead-letter runs back in the queue.
    Give either `run_ids` (at most 500, each must be a run of the caller's project) or
    `project_id` with an optional `limit`. Both or neither gives 422. The runs keep their ids
    and go back to `queued`. When none of the selected runs is in `dead_letter` the server
    returns 409.

    `POST /v1/runs/bulk-dlq-replay`

    Args:
        body (BulkReplayDeadLetterRunsRequest): Give exactly one of `run_ids` and `project_id`.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayDeadLetterRunsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayDeadLetterRunsRequest,
) -> Response[BulkReplayDeadLetterRunsResult]:
    """Put many dead-letter runs back in the queue.
    Give either `run_ids` (at most 500, each must be a run of the caller's project) or
    `project_id` with an optional `limit`. Both or neither gives 422. The runs keep their ids
    and go back to `queued`. When none of the selected runs is in `dead_letter` the server
    returns 409.

    `POST /v1/runs/bulk-dlq-replay`

    Args:
        body (BulkReplayDeadLetterRunsRequest): Give exactly one of `run_ids` and `project_id`.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayDeadLetterRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayDeadLetterRunsRequest,
) -> BulkReplayDeadLetterRunsResult:
    """Put many dead-letter runs back in the queue.
    Give either `run_ids` (at most 500, each must be a run of the caller's project) or
    `project_id` with an optional `limit`. Both or neither gives 422. The runs keep their ids
    and go back to `queued`. When none of the selected runs is in `dead_letter` the server
    returns 409.

    `POST /v1/runs/bulk-dlq-replay`

    Args:
        body (BulkReplayDeadLetterRunsRequest): Give exactly one of `run_ids` and `project_id`.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayDeadLetterRunsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
