"""Change the share of a workflow's runs that go to the canary version.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any, cast

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.canary_deployment import CanaryDeployment
from ...models.update_canary_deployment_request import UpdateCanaryDeploymentRequest
from ...types import Response

OPERATION = "update_canary_deployment"


def _get_kwargs(
    workflow_id: str,
    *,
    body: UpdateCanaryDeploymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workflows/{workflow_id}/canary".format(
            workflow_id=path_segment(workflow_id, "workflow_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> CanaryDeployment | None:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:

            def _parse_response_200(data: object) -> CanaryDeployment | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = CanaryDeployment.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CanaryDeployment | None, data)

            response_200 = _parse_response_200(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[CanaryDeployment | None]:
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
    body: UpdateCanaryDeploymentRequest,
) -> Response[CanaryDeployment | None]:
    """Change the share of a workflow's runs that go to the canary version.
    A `traffic_pct` of 100 completes the canary; the response body is then `null` because no
    canary is active any more. Without an active canary the server returns 404.

    `PATCH /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):
        body (UpdateCanaryDeploymentRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CanaryDeployment | None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    workflow_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateCanaryDeploymentRequest,
) -> CanaryDeployment | None:
    """Change the share of a workflow's runs that go to the canary version.
    A `traffic_pct` of 100 completes the canary; the response body is then `null` because no
    canary is active any more. Without an active canary the server returns 404.

    `PATCH /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):
        body (UpdateCanaryDeploymentRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CanaryDeployment | None
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateCanaryDeploymentRequest,
) -> Response[CanaryDeployment | None]:
    """Change the share of a workflow's runs that go to the canary version.
    A `traffic_pct` of 100 completes the canary; the response body is then `null` because no
    canary is active any more. Without an active canary the server returns 404.

    `PATCH /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):
        body (UpdateCanaryDeploymentRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[CanaryDeployment | None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateCanaryDeploymentRequest,
) -> CanaryDeployment | None:
    """Change the share of a workflow's runs that go to the canary version.
    A `traffic_pct` of 100 completes the canary; the response body is then `null` because no
    canary is active any more. Without an active canary the server returns 404.

    `PATCH /v1/workflows/{workflow_id}/canary`

    Args:
        workflow_id (str):
        body (UpdateCanaryDeploymentRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        CanaryDeployment | None
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
