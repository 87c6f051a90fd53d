"""Create a custom role in the project.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.create_role_request import CreateRoleRequest
from ...models.project_role import ProjectRole
from ...types import UNSET, Response, Unset

OPERATION = "create_role"


def _get_kwargs(
    *,
    body: CreateRoleRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/roles",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProjectRole:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = ProjectRole.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ProjectRole]:
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
    body: CreateRoleRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProjectRole]:
    """Create a custom role in the project.
    The caller cannot create a role with a permission it lacks itself, counting the
    permissions the role inherits from its parent chain (403 otherwise). A parent that does
    not exist, a cycle or a chain deeper than 20 roles gives 400. Limited to 20 calls a minute
    per client IP.

    `POST /v1/roles`

    Args:
        idempotency_key (str | Unset):
        body (CreateRoleRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole]: the status, headers, raw body and parsed value.
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
    body: CreateRoleRequest,
    idempotency_key: str | Unset = UNSET,
) -> ProjectRole:
    """Create a custom role in the project.
    The caller cannot create a role with a permission it lacks itself, counting the
    permissions the role inherits from its parent chain (403 otherwise). A parent that does
    not exist, a cycle or a chain deeper than 20 roles gives 400. Limited to 20 calls a minute
    per client IP.

    `POST /v1/roles`

    Args:
        idempotency_key (str | Unset):
        body (CreateRoleRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: CreateRoleRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ProjectRole]:
    """Create a custom role in the project.
    The caller cannot create a role with a permission it lacks itself, counting the
    permissions the role inherits from its parent chain (403 otherwise). A parent that does
    not exist, a cycle or a chain deeper than 20 roles gives 400. Limited to 20 calls a minute
    per client IP.

    `POST /v1/roles`

    Args:
        idempotency_key (str | Unset):
        body (CreateRoleRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole]: the status, headers, raw body and parsed value.
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
    body: CreateRoleRequest,
    idempotency_key: str | Unset = UNSET,
) -> ProjectRole:
    """Create a custom role in the project.
    The caller cannot create a role with a permission it lacks itself, counting the
    permissions the role inherits from its parent chain (403 otherwise). A parent that does
    not exist, a cycle or a chain deeper than 20 roles gives 400. Limited to 20 calls a minute
    per client IP.

    `POST /v1/roles`

    Args:
        idempotency_key (str | Unset):
        body (CreateRoleRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
