"""Pause a running workflow run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_run import WorkflowRun
from ...types import Response

OPERATION = "pause_workflow_run"


def _get_kwargs(
    workflow_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/pause".format(
            workflow_run_id=path_segment(workflow_run_id, "workflow_run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowRun:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowRun.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowRun]:
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
) -> Response[WorkflowRun]:
    """Pause a running workflow run.
    Only a `running` run can be paused; other unfinished statuses and finished runs answer 400.
    A run that is already `paused` is returned as it is. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/pause`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRun]: the status, headers, raw body and parsed value.
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
) -> WorkflowRun:
    """Pause a running workflow run.
    Only a `running` run can be paused; other unfinished statuses and finished runs answer 400.
    A run that is already `paused` is returned as it is. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/pause`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRun
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowRun]:
    """Pause a running workflow run.
    Only a `running` run can be paused; other unfinished statuses and finished runs answer 400.
    A run that is already `paused` is returned as it is. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/pause`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRun]: the status, headers, raw body and parsed value.
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
) -> WorkflowRun:
    """Pause a running workflow run.
    Only a `running` run can be paused; other unfinished statuses and finished runs answer 400.
    A run that is already `paused` is returned as it is. The request has no body.

    `POST /v1/workflow-runs/{workflow_run_id}/pause`

    Args:
        workflow_run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRun
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            client=client,
        )
    ).parsed
