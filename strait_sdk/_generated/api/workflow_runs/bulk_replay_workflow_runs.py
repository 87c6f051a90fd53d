"""Start a new run for each of up to 100 workflow runs.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_replay_workflow_runs_request import BulkReplayWorkflowRunsRequest
from ...models.bulk_replay_workflow_runs_result import BulkReplayWorkflowRunsResult
from ...types import Response

OPERATION = "bulk_replay_workflow_runs"


def _get_kwargs(
    *,
    body: BulkReplayWorkflowRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/bulk-replay",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkReplayWorkflowRunsResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkReplayWorkflowRunsResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkReplayWorkflowRunsResult]:
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
    body: BulkReplayWorkflowRunsRequest,
) -> Response[BulkReplayWorkflowRunsResult]:
    """Start a new run for each of up to 100 workflow runs.
    Each id is retried on its own by the workflow engine. An id that fails, for example one of
    another project, is reported in `results` with status `failed` instead of failing the
    request. A server without a workflow engine returns 503.

    `POST /v1/workflow-runs/bulk-replay`

    Args:
        body (BulkReplayWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayWorkflowRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkReplayWorkflowRunsRequest,
) -> BulkReplayWorkflowRunsResult:
    """Start a new run for each of up to 100 workflow runs.
    Each id is retried on its own by the workflow engine. An id that fails, for example one of
    another project, is reported in `results` with status `failed` instead of failing the
    request. A server without a workflow engine returns 503.

    `POST /v1/workflow-runs/bulk-replay`

    Args:
        body (BulkReplayWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayWorkflowRunsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayWorkflowRunsRequest,
) -> Response[BulkReplayWorkflowRunsResult]:
    """Start a new run for each of up to 100 workflow runs.
    Each id is retried on its own by the workflow engine. An id that fails, for example one of
    another project, is reported in `results` with status `failed` instead of failing the
    request. A server without a workflow engine returns 503.

    `POST /v1/workflow-runs/bulk-replay`

    Args:
        body (BulkReplayWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkReplayWorkflowRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkReplayWorkflowRunsRequest,
) -> BulkReplayWorkflowRunsResult:
    """Start a new run for each of up to 100 workflow runs.
    Each id is retried on its own by the workflow engine. An id that fails, for example one of
    another project, is reported in `results` with status `failed` instead of failing the
    request. A server without a workflow engine returns 503.

    `POST /v1/workflow-runs/bulk-replay`

    Args:
        body (BulkReplayWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkReplayWorkflowRunsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
