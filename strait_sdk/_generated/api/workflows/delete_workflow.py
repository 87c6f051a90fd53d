"""Delete a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import Response

OPERATION = "delete_workflow"


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workflows/{workflow_id}".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[None]:
    _parse_response(response=response)
    parsed = None
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
) -> Response[None]:
    """Delete a workflow.
    Fails with 409 while the workflow has runs that have not finished.

    `DELETE /v1/workflows/{workflow_id}`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
) -> None:
    """Delete a workflow.
    Fails with 409 while the workflow has runs that have not finished.

    `DELETE /v1/workflows/{workflow_id}`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[None]:
    """Delete a workflow.
    Fails with 409 while the workflow has runs that have not finished.

    `DELETE /v1/workflows/{workflow_id}`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> None:
    """Delete a workflow.
    Fails with 409 while the workflow has runs that have not finished.

    `DELETE /v1/workflows/{workflow_id}`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
        )
    ).parsed
