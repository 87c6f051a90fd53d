"""Create or replace a project's workflow policy.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.upsert_workflow_policy_request import UpsertWorkflowPolicyRequest
from ...models.workflow_policy import WorkflowPolicy
from ...types import Response

OPERATION = "upsert_workflow_policy"


def _get_kwargs(
    project_id: str,
    *,
    body: UpsertWorkflowPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workflow-policies/{project_id}".format(
            project_id=path_segment(project_id, "project_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpsertWorkflowPolicyRequest,
) -> Response[WorkflowPolicy]:
    """Create or replace a project's workflow policy.
    Needs the `rbac:manage` scope. Every field is required and replaces the stored value.
    Creating or updating a workflow whose steps break the policy then returns 400, and
    triggering one returns 409.

    `PUT /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):
        body (UpsertWorkflowPolicyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPolicy]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    project_id: str,
    *,
    client: HTTPClientProvider,
    body: UpsertWorkflowPolicyRequest,
) -> WorkflowPolicy:
    """Create or replace a project's workflow policy.
    Needs the `rbac:manage` scope. Every field is required and replaces the stored value.
    Creating or updating a workflow whose steps break the policy then returns 400, and
    triggering one returns 409.

    `PUT /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):
        body (UpsertWorkflowPolicyRequest):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpsertWorkflowPolicyRequest,
) -> Response[WorkflowPolicy]:
    """Create or replace a project's workflow policy.
    Needs the `rbac:manage` scope. Every field is required and replaces the stored value.
    Creating or updating a workflow whose steps break the policy then returns 400, and
    triggering one returns 409.

    `PUT /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):
        body (UpsertWorkflowPolicyRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowPolicy]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    project_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpsertWorkflowPolicyRequest,
) -> WorkflowPolicy:
    """Create or replace a project's workflow policy.
    Needs the `rbac:manage` scope. Every field is required and replaces the stored value.
    Creating or updating a workflow whose steps break the policy then returns 400, and
    triggering one returns 409.

    `PUT /v1/workflow-policies/{project_id}`

    Args:
        project_id (str):
        body (UpsertWorkflowPolicyRequest):

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
            body=body,
        )
    ).parsed
