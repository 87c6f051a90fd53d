"""Cancel up to 100 workflow runs at once.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_cancel_workflow_runs_request import BulkCancelWorkflowRunsRequest
from ...models.bulk_cancel_workflow_runs_result import BulkCancelWorkflowRunsResult
from ...types import Response

OPERATION = "bulk_cancel_workflow_runs"


def _get_kwargs(
    *,
    body: BulkCancelWorkflowRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/bulk-cancel",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkCancelWorkflowRunsResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkCancelWorkflowRunsResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkCancelWorkflowRunsResult]:
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
    body: BulkCancelWorkflowRunsRequest,
) -> Response[BulkCancelWorkflowRunsResult]:
    """Cancel up to 100 workflow runs at once.
    Only listed runs of the API key's project that have not finished are canceled, with the
    error `canceled by user (bulk)`; the others are left alone. Their unfinished steps and job
    runs are canceled too. The response lists the runs this call canceled.

    `POST /v1/workflow-runs/bulk-cancel`

    Args:
        body (BulkCancelWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelWorkflowRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkCancelWorkflowRunsRequest,
) -> BulkCancelWorkflowRunsResult:
    """Cancel up to 100 workflow runs at once.
    Only listed runs of the API key's project that have not finished are canceled, with the
    error `canceled by user (bulk)`; the others are left alone. Their unfinished steps and job
    runs are canceled too. The response lists the runs this call canceled.

    `POST /v1/workflow-runs/bulk-cancel`

    Args:
        body (BulkCancelWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelWorkflowRunsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelWorkflowRunsRequest,
) -> Response[BulkCancelWorkflowRunsResult]:
    """Cancel up to 100 workflow runs at once.
    Only listed runs of the API key's project that have not finished are canceled, with the
    error `canceled by user (bulk)`; the others are left alone. Their unfinished steps and job
    runs are canceled too. The response lists the runs this call canceled.

    `POST /v1/workflow-runs/bulk-cancel`

    Args:
        body (BulkCancelWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelWorkflowRunsResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelWorkflowRunsRequest,
) -> BulkCancelWorkflowRunsResult:
    """Cancel up to 100 workflow runs at once.
    Only listed runs of the API key's project that have not finished are canceled, with the
    error `canceled by user (bulk)`; the others are left alone. Their unfinished steps and job
    runs are canceled too. The response lists the runs this call canceled.

    `POST /v1/workflow-runs/bulk-cancel`

    Args:
        body (BulkCancelWorkflowRunsRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelWorkflowRunsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
