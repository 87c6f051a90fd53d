"""Finalize a deployment version.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.deployment_action_request import DeploymentActionRequest
from ...models.deployment_version import DeploymentVersion
from ...types import Response

OPERATION = "finalize_deployment"


def _get_kwargs(
    deployment_id: str,
    *,
    body: DeploymentActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/deployments/{deployment_id}/finalize".format(
            deployment_id=path_segment(deployment_id, "deployment_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> DeploymentVersion:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = DeploymentVersion.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[DeploymentVersion]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: HTTPClientProvider,
    body: DeploymentActionRequest,
) -> Response[DeploymentVersion]:
    """Finalize a deployment version.
    `project_id` must be the API key's project; another returns 403.

    `POST /v1/deployments/{deployment_id}/finalize`

    Args:
        deployment_id (str):
        body (DeploymentActionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DeploymentVersion]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    deployment_id: str,
    *,
    client: HTTPClientProvider,
    body: DeploymentActionRequest,
) -> DeploymentVersion:
    """Finalize a deployment version.
    `project_id` must be the API key's project; another returns 403.

    `POST /v1/deployments/{deployment_id}/finalize`

    Args:
        deployment_id (str):
        body (DeploymentActionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DeploymentVersion
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: DeploymentActionRequest,
) -> Response[DeploymentVersion]:
    """Finalize a deployment version.
    `project_id` must be the API key's project; another returns 403.

    `POST /v1/deployments/{deployment_id}/finalize`

    Args:
        deployment_id (str):
        body (DeploymentActionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DeploymentVersion]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: DeploymentActionRequest,
) -> DeploymentVersion:
    """Finalize a deployment version.
    `project_id` must be the API key's project; another returns 403.

    `POST /v1/deployments/{deployment_id}/finalize`

    Args:
        deployment_id (str):
        body (DeploymentActionRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DeploymentVersion
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
        )
    ).parsed
