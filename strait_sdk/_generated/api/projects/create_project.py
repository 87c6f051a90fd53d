"""Create a project in an organization.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.create_project_request import CreateProjectRequest
from ...models.project import Project
from ...types import UNSET, Response, Unset

OPERATION = "create_project"


def _get_kwargs(
    *,
    body: CreateProjectRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> Project:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = Project.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[Project]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    body: CreateProjectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Project]:
    """Create a project in an organization.
    Meant for Strait's own services: API keys are bound to one project, so they always get
    403. Returns 402 with the quota body when the organization has as many projects as its
    plan allows, and 409 when the id is taken by a project of another organization.

    `POST /v1/projects`

    Args:
        idempotency_key (str | Unset):
        body (CreateProjectRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Project]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: CreateProjectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Project:
    """Create a project in an organization.
    Meant for Strait's own services: API keys are bound to one project, so they always get
    403. Returns 402 with the quota body when the organization has as many projects as its
    plan allows, and 409 when the id is taken by a project of another organization.

    `POST /v1/projects`

    Args:
        idempotency_key (str | Unset):
        body (CreateProjectRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Project
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateProjectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Project]:
    """Create a project in an organization.
    Meant for Strait's own services: API keys are bound to one project, so they always get
    403. Returns 402 with the quota body when the organization has as many projects as its
    plan allows, and 409 when the id is taken by a project of another organization.

    `POST /v1/projects`

    Args:
        idempotency_key (str | Unset):
        body (CreateProjectRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Project]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateProjectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Project:
    """Create a project in an organization.
    Meant for Strait's own services: API keys are bound to one project, so they always get
    403. Returns 402 with the quota body when the organization has as many projects as its
    plan allows, and 409 when the id is taken by a project of another organization.

    `POST /v1/projects`

    Args:
        idempotency_key (str | Unset):
        body (CreateProjectRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
