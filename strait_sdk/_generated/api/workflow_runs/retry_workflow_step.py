"""Run a finished step of a workflow run again.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_step_retry_result import WorkflowStepRetryResult
from ...types import Response

OPERATION = "retry_workflow_step"


def _get_kwargs(
    workflow_run_id: str,
    step_ref: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
            step_ref=path_segment(step_ref, "step_ref"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowStepRetryResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowStepRetryResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowStepRetryResult]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: HTTPClientProvider,
) -> Response[WorkflowStepRetryResult]:
    """Run a finished step of a workflow run again.
    The step run must have finished; otherwise the server returns 400. It goes back to `pending`
    with its output and error cleared. A finished workflow run is reopened as `running`, and a
    paused one is resumed. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`

    Args:
        workflow_run_id (str):
        step_ref (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepRetryResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: HTTPClientProvider,
) -> WorkflowStepRetryResult:
    """Run a finished step of a workflow run again.
    The step run must have finished; otherwise the server returns 400. It goes back to `pending`
    with its output and error cleared. A finished workflow run is reopened as `running`, and a
    paused one is resumed. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`

    Args:
        workflow_run_id (str):
        step_ref (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepRetryResult
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowStepRetryResult]:
    """Run a finished step of a workflow run again.
    The step run must have finished; otherwise the server returns 400. It goes back to `pending`
    with its output and error cleared. A finished workflow run is reopened as `running`, and a
    paused one is resumed. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`

    Args:
        workflow_run_id (str):
        step_ref (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepRetryResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WorkflowStepRetryResult:
    """Run a finished step of a workflow run again.
    The step run must have finished; otherwise the server returns 400. It goes back to `pending`
    with its output and error cleared. A finished workflow run is reopened as `running`, and a
    paused one is resumed. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/retry`

    Args:
        workflow_run_id (str):
        step_ref (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepRetryResult
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=client,
        )
    ).parsed
