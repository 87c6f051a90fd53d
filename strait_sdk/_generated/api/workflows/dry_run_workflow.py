"""Check a list of steps, or the workflow's stored steps, without saving anything.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.dry_run_workflow_request import DryRunWorkflowRequest
from ...models.workflow_dry_run_result import WorkflowDryRunResult
from ...types import Response

OPERATION = "dry_run_workflow"


def _get_kwargs(
    workflow_id: str,
    *,
    body: DryRunWorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_id}/dry-run".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowDryRunResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowDryRunResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowDryRunResult]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    body: DryRunWorkflowRequest,
) -> Response[WorkflowDryRunResult]:
    """Check a list of steps, or the workflow's stored steps, without saving anything.
    Send `steps` to check a candidate list, or an empty list to check the steps the workflow
    already has. The check covers the structure only: unique `step_ref` values, known
    dependencies, no cycles and the fields each `step_type` needs. The project's workflow
    policy, plan limits and whether referenced jobs exist are not checked. A problem returns 400
    with the reason.

    `POST /v1/workflows/{workflow_id}/dry-run`

    Args:
        workflow_id (str):
        body (DryRunWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowDryRunResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    body: DryRunWorkflowRequest,
) -> WorkflowDryRunResult:
    """Check a list of steps, or the workflow's stored steps, without saving anything.
    Send `steps` to check a candidate list, or an empty list to check the steps the workflow
    already has. The check covers the structure only: unique `step_ref` values, known
    dependencies, no cycles and the fields each `step_type` needs. The project's workflow
    policy, plan limits and whether referenced jobs exist are not checked. A problem returns 400
    with the reason.

    `POST /v1/workflows/{workflow_id}/dry-run`

    Args:
        workflow_id (str):
        body (DryRunWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowDryRunResult
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: DryRunWorkflowRequest,
) -> Response[WorkflowDryRunResult]:
    """Check a list of steps, or the workflow's stored steps, without saving anything.
    Send `steps` to check a candidate list, or an empty list to check the steps the workflow
    already has. The check covers the structure only: unique `step_ref` values, known
    dependencies, no cycles and the fields each `step_type` needs. The project's workflow
    policy, plan limits and whether referenced jobs exist are not checked. A problem returns 400
    with the reason.

    `POST /v1/workflows/{workflow_id}/dry-run`

    Args:
        workflow_id (str):
        body (DryRunWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowDryRunResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: DryRunWorkflowRequest,
) -> WorkflowDryRunResult:
    """Check a list of steps, or the workflow's stored steps, without saving anything.
    Send `steps` to check a candidate list, or an empty list to check the steps the workflow
    already has. The check covers the structure only: unique `step_ref` values, known
    dependencies, no cycles and the fields each `step_type` needs. The project's workflow
    policy, plan limits and whether referenced jobs exist are not checked. A problem returns 400
    with the reason.

    `POST /v1/workflows/{workflow_id}/dry-run`

    Args:
        workflow_id (str):
        body (DryRunWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowDryRunResult
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
