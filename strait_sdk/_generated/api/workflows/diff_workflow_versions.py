"""Compare the step references of two saved versions of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.workflow_version_diff import WorkflowVersionDiff
from ...types import Response

OPERATION = "diff_workflow_versions"


def _get_kwargs(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
            from_version_id=path_segment(from_version_id, "from_version_id"),
            to_version_id=path_segment(to_version_id, "to_version_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkflowVersionDiff:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkflowVersionDiff.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkflowVersionDiff]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[WorkflowVersionDiff]:
    """Compare the step references of two saved versions of a workflow.
    Lists the `step_ref` values that only the `to` version has and those that only the `from`
    version has. Changes inside a step that both versions have are not reported.

    `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowVersionDiff]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: HTTPClientProvider,
) -> WorkflowVersionDiff:
    """Compare the step references of two saved versions of a workflow.
    Lists the `step_ref` values that only the `to` version has and those that only the `from`
    version has. Changes inside a step that both versions have are not reported.

    `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowVersionDiff
    """

    return sync_detailed(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkflowVersionDiff]:
    """Compare the step references of two saved versions of a workflow.
    Lists the `step_ref` values that only the `to` version has and those that only the `from`
    version has. Changes inside a step that both versions have are not reported.

    `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkflowVersionDiff]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WorkflowVersionDiff:
    """Compare the step references of two saved versions of a workflow.
    Lists the `step_ref` values that only the `to` version has and those that only the `from`
    version has. Changes inside a step that both versions have are not reported.

    `GET /v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}`

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkflowVersionDiff
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            from_version_id=from_version_id,
            to_version_id=to_version_id,
            client=client,
        )
    ).parsed
