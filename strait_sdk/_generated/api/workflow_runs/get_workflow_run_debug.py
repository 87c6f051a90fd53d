"""Get a workflow run with the inputs, outputs, timing and cost of its steps.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_run_debug_view import WorkflowRunDebugView
from ...types import Response

OPERATION = "get_workflow_run_debug"


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflow-runs/{workflow_run_id}/debug".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowRunDebugView:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowRunDebugView.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowRunDebugView]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_run_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[WorkflowRunDebugView]:
    """Get a workflow run with the inputs, outputs, timing and cost of its steps.
    `GET /v1/workflow-runs/{workflow_run_id}/debug`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunDebugView]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_run_id: str,
    *,
    client: HTTPClientProvider,
) -> WorkflowRunDebugView:
    """Get a workflow run with the inputs, outputs, timing and cost of its steps.
    `GET /v1/workflow-runs/{workflow_run_id}/debug`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunDebugView
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowRunDebugView]:
    """Get a workflow run with the inputs, outputs, timing and cost of its steps.
    `GET /v1/workflow-runs/{workflow_run_id}/debug`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunDebugView]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WorkflowRunDebugView:
    """Get a workflow run with the inputs, outputs, timing and cost of its steps.
    `GET /v1/workflow-runs/{workflow_run_id}/debug`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunDebugView
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
