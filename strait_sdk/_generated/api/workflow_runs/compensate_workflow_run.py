"""Start the compensation jobs for the completed steps of a workflow run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.compensation_plan import CompensationPlan
from ...types import Response

OPERATION = "compensate_workflow_run"


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/compensate".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> CompensationPlan:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = CompensationPlan.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[CompensationPlan]:
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
) -> Response[CompensationPlan]:
    """Start the compensation jobs for the completed steps of a workflow run.
    Builds the compensation plan, moves the run to `compensating` and queues one job run per
    planned step. Each job run's payload carries the workflow run id, the step and the step's
    original output. A run that cannot be compensated, or has no step to compensate, returns
    400. Plans without compensating transactions answer 403. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/compensate`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CompensationPlan]: the status, headers, raw body and parsed value.
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
) -> CompensationPlan:
    """Start the compensation jobs for the completed steps of a workflow run.
    Builds the compensation plan, moves the run to `compensating` and queues one job run per
    planned step. Each job run's payload carries the workflow run id, the step and the step's
    original output. A run that cannot be compensated, or has no step to compensate, returns
    400. Plans without compensating transactions answer 403. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/compensate`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CompensationPlan
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[CompensationPlan]:
    """Start the compensation jobs for the completed steps of a workflow run.
    Builds the compensation plan, moves the run to `compensating` and queues one job run per
    planned step. Each job run's payload carries the workflow run id, the step and the step's
    original output. A run that cannot be compensated, or has no step to compensate, returns
    400. Plans without compensating transactions answer 403. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/compensate`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CompensationPlan]: the status, headers, raw body and parsed value.
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
) -> CompensationPlan:
    """Start the compensation jobs for the completed steps of a workflow run.
    Builds the compensation plan, moves the run to `compensating` and queues one job run per
    planned step. Each job run's payload carries the workflow run id, the step and the step's
    original output. A run that cannot be compensated, or has no step to compensate, returns
    400. Plans without compensating transactions answer 403. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/compensate`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CompensationPlan
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
