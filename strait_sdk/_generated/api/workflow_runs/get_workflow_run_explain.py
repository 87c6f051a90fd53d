"""List the decisions the engine recorded about a workflow run's steps.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_step_decision_list import WorkflowStepDecisionList
from ...types import UNSET, Response, Unset

OPERATION = "get_workflow_run_explain"


def _get_kwargs(
    workflow_run_id: str,
    *,
    step_ref: str | Unset = UNSET,
    decision_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["step_ref"] = step_ref

    params["decision_type"] = decision_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflow-runs/{workflow_run_id}/explain".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowStepDecisionList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowStepDecisionList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowStepDecisionList]:
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
    step_ref: str | Unset = UNSET,
    decision_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WorkflowStepDecisionList]:
    """List the decisions the engine recorded about a workflow run's steps.
    `GET /v1/workflow-runs/{workflow_run_id}/explain`

    Args:
        workflow_run_id (str):
        step_ref (str | Unset):
        decision_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepDecisionList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        decision_type=decision_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_run_id: str,
    *,
    client: HTTPClientProvider,
    step_ref: str | Unset = UNSET,
    decision_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WorkflowStepDecisionList:
    """List the decisions the engine recorded about a workflow run's steps.
    `GET /v1/workflow-runs/{workflow_run_id}/explain`

    Args:
        workflow_run_id (str):
        step_ref (str | Unset):
        decision_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepDecisionList
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
        step_ref=step_ref,
        decision_type=decision_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    step_ref: str | Unset = UNSET,
    decision_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WorkflowStepDecisionList]:
    """List the decisions the engine recorded about a workflow run's steps.
    `GET /v1/workflow-runs/{workflow_run_id}/explain`

    Args:
        workflow_run_id (str):
        step_ref (str | Unset):
        decision_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowStepDecisionList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        decision_type=decision_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    step_ref: str | Unset = UNSET,
    decision_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WorkflowStepDecisionList:
    """List the decisions the engine recorded about a workflow run's steps.
    `GET /v1/workflow-runs/{workflow_run_id}/explain`

    Args:
        workflow_run_id (str):
        step_ref (str | Unset):
        decision_type (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowStepDecisionList
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
            step_ref=step_ref,
            decision_type=decision_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
