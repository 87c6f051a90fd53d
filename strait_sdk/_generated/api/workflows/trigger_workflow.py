"""Start a run of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.trigger_workflow_request import TriggerWorkflowRequest
from ...models.workflow_run import WorkflowRun
from ...types import UNSET, Response, Unset

OPERATION = "trigger_workflow"


def _get_kwargs(
    workflow_id: str,
    *,
    body: TriggerWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_id}/trigger".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowRun:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = WorkflowRun.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowRun]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
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
    body: TriggerWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[WorkflowRun]:
    """Start a run of a workflow.
    Returns 201 with the new workflow run. A disabled workflow returns 409, and so do steps that
    break the project's workflow policy. `step_overrides` disable steps for this run only.
    `labels` are stored with the run and read back with `get-workflow-run-labels`. A server
    without a workflow engine returns 503.

    `POST /v1/workflows/{workflow_id}/trigger`

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (TriggerWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    body: TriggerWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> WorkflowRun:
    """Start a run of a workflow.
    Returns 201 with the new workflow run. A disabled workflow returns 409, and so do steps that
    break the project's workflow policy. `step_overrides` disable steps for this run only.
    `labels` are stored with the run and read back with `get-workflow-run-labels`. A server
    without a workflow engine returns 503.

    `POST /v1/workflows/{workflow_id}/trigger`

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (TriggerWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRun
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: TriggerWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[WorkflowRun]:
    """Start a run of a workflow.
    Returns 201 with the new workflow run. A disabled workflow returns 409, and so do steps that
    break the project's workflow policy. `step_overrides` disable steps for this run only.
    `labels` are stored with the run and read back with `get-workflow-run-labels`. A server
    without a workflow engine returns 503.

    `POST /v1/workflows/{workflow_id}/trigger`

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (TriggerWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: TriggerWorkflowRequest,
    idempotency_key: str | Unset = UNSET,
) -> WorkflowRun:
    """Start a run of a workflow.
    Returns 201 with the new workflow run. A disabled workflow returns 409, and so do steps that
    break the project's workflow policy. `step_overrides` disable steps for this run only.
    `labels` are stored with the run and read back with `get-workflow-run-labels`. A server
    without a workflow engine returns 503.

    `POST /v1/workflows/{workflow_id}/trigger`

    Args:
        workflow_id (str):
        idempotency_key (str | Unset):
        body (TriggerWorkflowRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRun
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
