"""Get the timing of each step of a workflow run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_run_timeline import WorkflowRunTimeline
from ...types import Response

OPERATION = "get_workflow_run_timeline"


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflow-runs/{workflow_run_id}/timeline".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowRunTimeline:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowRunTimeline.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowRunTimeline]:
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
) -> Response[WorkflowRunTimeline]:
    """Get the timing of each step of a workflow run.
    Steps are sorted by start time, with steps that have not started last. Durations of
    unfinished steps and runs are measured up to the time of the request.

    `GET /v1/workflow-runs/{workflow_run_id}/timeline`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunTimeline]: the status, headers, raw body and parsed value.
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
) -> WorkflowRunTimeline:
    """Get the timing of each step of a workflow run.
    Steps are sorted by start time, with steps that have not started last. Durations of
    unfinished steps and runs are measured up to the time of the request.

    `GET /v1/workflow-runs/{workflow_run_id}/timeline`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunTimeline
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowRunTimeline]:
    """Get the timing of each step of a workflow run.
    Steps are sorted by start time, with steps that have not started last. Durations of
    unfinished steps and runs are measured up to the time of the request.

    `GET /v1/workflow-runs/{workflow_run_id}/timeline`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunTimeline]: the status, headers, raw body and parsed value.
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
) -> WorkflowRunTimeline:
    """Get the timing of each step of a workflow run.
    Steps are sorted by start time, with steps that have not started last. Durations of
    unfinished steps and runs are measured up to the time of the request.

    `GET /v1/workflow-runs/{workflow_run_id}/timeline`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunTimeline
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
