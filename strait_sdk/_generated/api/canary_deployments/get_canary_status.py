"""Get the active canary of a workflow.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.canary_deployment import CanaryDeployment
from ...types import Response

OPERATION = "get_canary_status"


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/canary".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> CanaryDeployment:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = CanaryDeployment.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[CanaryDeployment]:
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
) -> Response[CanaryDeployment]:
    """Get the active canary of a workflow.
    Without an active canary the server returns 404.

    `GET /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CanaryDeployment]: the status, headers, raw body and parsed value.
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
) -> CanaryDeployment:
    """Get the active canary of a workflow.
    Without an active canary the server returns 404.

    `GET /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CanaryDeployment
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[CanaryDeployment]:
    """Get the active canary of a workflow.
    Without an active canary the server returns 404.

    `GET /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CanaryDeployment]: the status, headers, raw body and parsed value.
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
) -> CanaryDeployment:
    """Get the active canary of a workflow.
    Without an active canary the server returns 404.

    `GET /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CanaryDeployment
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
        )
    ).parsed
