"""Get a project's workflow policy.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_policy import WorkflowPolicy
from ...types import Response

OPERATION = "get_workflow_policy"


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflow-policies/{project_id}".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowPolicy:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowPolicy.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowPolicy]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[WorkflowPolicy]:
    """Get a project's workflow policy.
    The policy limits the workflows of the project: their fan-out, their depth, the step types
    they may use and whether deploy steps need an approval step. A project without a policy
    returns 404.

    `GET /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPolicy]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    project_id: str,
    *,
    client: HTTPClientProvider,
) -> WorkflowPolicy:
    """Get a project's workflow policy.
    The policy limits the workflows of the project: their fan-out, their depth, the step types
    they may use and whether deploy steps need an approval step. A project without a policy
    returns 404.

    `GET /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowPolicy
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowPolicy]:
    """Get a project's workflow policy.
    The policy limits the workflows of the project: their fan-out, their depth, the step types
    they may use and whether deploy steps need an approval step. A project without a policy
    returns 404.

    `GET /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPolicy]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WorkflowPolicy:
    """Get a project's workflow policy.
    The policy limits the workflows of the project: their fan-out, their depth, the step types
    they may use and whether deploy steps need an approval step. A project without a policy
    returns 404.

    `GET /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowPolicy
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
