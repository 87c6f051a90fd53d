"""List the steps of one saved version of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_step import WorkflowStep
from ...types import Response

OPERATION = "list_workflow_version_steps"


def _get_kwargs(
    workflow_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions/{version_id}/steps".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[WorkflowStep]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = WorkflowStep.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[WorkflowStep]]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_id: str,
    version_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[list[WorkflowStep]]:
    """List the steps of one saved version of a workflow.
    Returns a plain array, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[WorkflowStep]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    version_id: str,
    *,
    client: HTTPClientProvider,
) -> list[WorkflowStep]:
    """List the steps of one saved version of a workflow.
    Returns a plain array, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[WorkflowStep]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[list[WorkflowStep]]:
    """List the steps of one saved version of a workflow.
    Returns a plain array, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[WorkflowStep]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> list[WorkflowStep]:
    """List the steps of one saved version of a workflow.
    Returns a plain array, not the paginated envelope.

    `GET /v1/workflows/{workflow_id}/versions/{version_id}/steps`

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[WorkflowStep]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
