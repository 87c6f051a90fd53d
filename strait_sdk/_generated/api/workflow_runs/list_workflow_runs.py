"""List the project's workflow runs, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_run_list import WorkflowRunList
from ...models.workflow_run_status import WorkflowRunStatus
from ...types import UNSET, Response, Unset

OPERATION = "list_workflow_runs"


def _get_kwargs(
    *,
    status: WorkflowRunStatus | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = WorkflowRunStatus(status).value

    params["status"] = json_status

    params["tag_key"] = tag_key

    params["tag_value"] = tag_value

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflow-runs",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowRunList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowRunList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowRunList]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    status: WorkflowRunStatus | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WorkflowRunList]:
    """List the project's workflow runs, newest first.
    `GET /v1/workflow-runs`

    Args:
        status (WorkflowRunStatus | Unset): Where a workflow run is in its life. `completed`,
            `failed`, `timed_out`, `canceled`,
            `compensated` and `compensation_failed` are final. New values may appear; the SDK keeps
            unknown ones as they are.
        tag_key (str | Unset):
        tag_value (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        tag_key=tag_key,
        tag_value=tag_value,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    status: WorkflowRunStatus | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WorkflowRunList:
    """List the project's workflow runs, newest first.
    `GET /v1/workflow-runs`

    Args:
        status (WorkflowRunStatus | Unset): Where a workflow run is in its life. `completed`,
            `failed`, `timed_out`, `canceled`,
            `compensated` and `compensation_failed` are final. New values may appear; the SDK keeps
            unknown ones as they are.
        tag_key (str | Unset):
        tag_value (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunList
    """

    return sync_detailed(
        client=client,
        status=status,
        tag_key=tag_key,
        tag_value=tag_value,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    status: WorkflowRunStatus | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[WorkflowRunList]:
    """List the project's workflow runs, newest first.
    `GET /v1/workflow-runs`

    Args:
        status (WorkflowRunStatus | Unset): Where a workflow run is in its life. `completed`,
            `failed`, `timed_out`, `canceled`,
            `compensated` and `compensation_failed` are final. New values may appear; the SDK keeps
            unknown ones as they are.
        tag_key (str | Unset):
        tag_value (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowRunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        tag_key=tag_key,
        tag_value=tag_value,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    status: WorkflowRunStatus | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> WorkflowRunList:
    """List the project's workflow runs, newest first.
    `GET /v1/workflow-runs`

    Args:
        status (WorkflowRunStatus | Unset): Where a workflow run is in its life. `completed`,
            `failed`, `timed_out`, `canceled`,
            `compensated` and `compensation_failed` are final. New values may appear; the SDK keeps
            unknown ones as they are.
        tag_key (str | Unset):
        tag_value (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowRunList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
