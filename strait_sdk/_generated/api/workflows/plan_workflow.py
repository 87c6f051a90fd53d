"""Compute the order in which the workflow's current steps would run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.plan_workflow_request import PlanWorkflowRequest
from ...models.workflow_plan import WorkflowPlan
from ...types import Response

OPERATION = "plan_workflow"


def _get_kwargs(
    workflow_id: str,
    *,
    body: PlanWorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_id}/plan".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowPlan:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowPlan.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowPlan]:
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
    body: PlanWorkflowRequest,
) -> Response[WorkflowPlan]:
    """Compute the order in which the workflow's current steps would run.
    Step overrides with `enabled: false` take those steps, and the dependencies on them, out of
    the plan. An unknown `step_ref`, or disabling every step, returns 400.

    `POST /v1/workflows/{workflow_id}/plan`

    Args:
        workflow_id (str):
        body (PlanWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPlan]: the status, headers, raw body and parsed value.
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
    body: PlanWorkflowRequest,
) -> WorkflowPlan:
    """Compute the order in which the workflow's current steps would run.
    Step overrides with `enabled: false` take those steps, and the dependencies on them, out of
    the plan. An unknown `step_ref`, or disabling every step, returns 400.

    `POST /v1/workflows/{workflow_id}/plan`

    Args:
        workflow_id (str):
        body (PlanWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowPlan
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
    body: PlanWorkflowRequest,
) -> Response[WorkflowPlan]:
    """Compute the order in which the workflow's current steps would run.
    Step overrides with `enabled: false` take those steps, and the dependencies on them, out of
    the plan. An unknown `step_ref`, or disabling every step, returns 400.

    `POST /v1/workflows/{workflow_id}/plan`

    Args:
        workflow_id (str):
        body (PlanWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPlan]: the status, headers, raw body and parsed value.
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
    body: PlanWorkflowRequest,
) -> WorkflowPlan:
    """Compute the order in which the workflow's current steps would run.
    Step overrides with `enabled: false` take those steps, and the dependencies on them, out of
    the plan. An unknown `step_ref`, or disabling every step, returns 400.

    `POST /v1/workflows/{workflow_id}/plan`

    Args:
        workflow_id (str):
        body (PlanWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowPlan
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
