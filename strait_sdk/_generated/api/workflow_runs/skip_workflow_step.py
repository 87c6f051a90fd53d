"""Skip a step of a workflow run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.skip_workflow_step_request import SkipWorkflowStepRequest
from ...models.workflow_step_run_result import WorkflowStepRunResult
from ...types import Response

OPERATION = "skip_workflow_step"


def _get_kwargs(
    workflow_run_id: str,
    step_ref: str,
    *,
    body: SkipWorkflowStepRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
            step_ref=path_segment(step_ref, "step_ref"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowStepRunResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowStepRunResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowStepRunResult]:
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
    body: SkipWorkflowStepRequest,
) -> Response[WorkflowStepRunResult]:
    """Skip a step of a workflow run.
    A step that cannot take this action returns 400 with the reason. A server without a workflow
    engine returns 503.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (SkipWorkflowStepRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepRunResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: HTTPClientProvider,
    body: SkipWorkflowStepRequest,
) -> WorkflowStepRunResult:
    """Skip a step of a workflow run.
    A step that cannot take this action returns 400 with the reason. A server without a workflow
    engine returns 503.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (SkipWorkflowStepRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepRunResult
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SkipWorkflowStepRequest,
) -> Response[WorkflowStepRunResult]:
    """Skip a step of a workflow run.
    A step that cannot take this action returns 400 with the reason. A server without a workflow
    engine returns 503.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (SkipWorkflowStepRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepRunResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SkipWorkflowStepRequest,
) -> WorkflowStepRunResult:
    """Skip a step of a workflow run.
    A step that cannot take this action returns 400 with the reason. A server without a workflow
    engine returns 503.

    `POST /v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/skip`

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (SkipWorkflowStepRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepRunResult
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=client,
            body=body,
        )
    ).parsed
