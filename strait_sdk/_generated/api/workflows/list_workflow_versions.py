"""List the saved versions of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_version import WorkflowVersion
from ...types import UNSET, Response, Unset

OPERATION = "list_workflow_versions"


def _get_kwargs(
    workflow_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[WorkflowVersion]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = WorkflowVersion.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[WorkflowVersion]]:
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
    limit: int | Unset = UNSET,
) -> Response[list[WorkflowVersion]]:
    """List the saved versions of a workflow.
    Returns a plain array of at most `limit` versions, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions`

    Args:
        workflow_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[WorkflowVersion]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
) -> list[WorkflowVersion]:
    """List the saved versions of a workflow.
    Returns a plain array of at most `limit` versions, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions`

    Args:
        workflow_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[WorkflowVersion]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
) -> Response[list[WorkflowVersion]]:
    """List the saved versions of a workflow.
    Returns a plain array of at most `limit` versions, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions`

    Args:
        workflow_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[WorkflowVersion]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
) -> list[WorkflowVersion]:
    """List the saved versions of a workflow.
    Returns a plain array of at most `limit` versions, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions`

    Args:
        workflow_id (str):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[WorkflowVersion]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            limit=limit,
        )
    ).parsed
