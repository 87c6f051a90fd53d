"""Start new runs that repeat up to 100 finished runs.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_replay_runs_request import BulkReplayRunsRequest
from ...models.bulk_replay_runs_result import BulkReplayRunsResult
from ...types import Response

OPERATION = "bulk_replay_runs"


def _get_kwargs(
    *,
    body: BulkReplayRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/bulk-replay",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkReplayRunsResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkReplayRunsResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkReplayRunsResult]:
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
    body: BulkReplayRunsRequest,
) -> Response[BulkReplayRunsResult]:
    """Start new runs that repeat up to 100 finished runs.
    Each run is handled like `replay-run` and reported in `results`. Only runs in `failed`,
    `timed_out`, `crashed` or `system_failed` are replayed. Others are `skipped`, and runs
    that are missing, in another project, or whose job is missing or disabled are `failed`.
    The request still returns 200 when no run was replayed.

    `POST /v1/runs/bulk-replay`

    Args:
        body (BulkReplayRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkReplayRunsRequest,
) -> BulkReplayRunsResult:
    """Start new runs that repeat up to 100 finished runs.
    Each run is handled like `replay-run` and reported in `results`. Only runs in `failed`,
    `timed_out`, `crashed` or `system_failed` are replayed. Others are `skipped`, and runs
    that are missing, in another project, or whose job is missing or disabled are `failed`.
    The request still returns 200 when no run was replayed.

    `POST /v1/runs/bulk-replay`

    Args:
        body (BulkReplayRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayRunsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayRunsRequest,
) -> Response[BulkReplayRunsResult]:
    """Start new runs that repeat up to 100 finished runs.
    Each run is handled like `replay-run` and reported in `results`. Only runs in `failed`,
    `timed_out`, `crashed` or `system_failed` are replayed. Others are `skipped`, and runs
    that are missing, in another project, or whose job is missing or disabled are `failed`.
    The request still returns 200 when no run was replayed.

    `POST /v1/runs/bulk-replay`

    Args:
        body (BulkReplayRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayRunsRequest,
) -> BulkReplayRunsResult:
    """Start new runs that repeat up to 100 finished runs.
    Each run is handled like `replay-run` and reported in `results`. Only runs in `failed`,
    `timed_out`, `crashed` or `system_failed` are replayed. Others are `skipped`, and runs
    that are missing, in another project, or whose job is missing or disabled are `failed`.
    The request still returns 200 when no run was replayed.

    `POST /v1/runs/bulk-replay`

    Args:
        body (BulkReplayRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayRunsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
