"""Replace the name, description, permissions and parent of a custom role.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.project_role import ProjectRole
from ...models.update_role_request import UpdateRoleRequest
from ...types import Response

OPERATION = "update_role"


def _get_kwargs(
    role_id: str,
    *,
    body: UpdateRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/roles/{role_id}".format(
            role_id=path_segment(role_id, "role_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProjectRole:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = ProjectRole.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ProjectRole]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    role_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateRoleRequest,
) -> Response[ProjectRole]:
    """Replace the name, description, permissions and parent of a custom role.
    Despite the method, every field is replaced: a `description` or `parent_role_id` left out
    is cleared. System roles cannot be changed and return 404. The checks of `create-role`
    apply. Limited to 20 calls a minute per client IP.

    `PATCH /v1/roles/{role_id}`

    Args:
        role_id (str):
        body (UpdateRoleRequest): The role's new fields. Fields left out are cleared, not kept.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    role_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateRoleRequest,
) -> ProjectRole:
    """Replace the name, description, permissions and parent of a custom role.
    Despite the method, every field is replaced: a `description` or `parent_role_id` left out
    is cleared. System roles cannot be changed and return 404. The checks of `create-role`
    apply. Limited to 20 calls a minute per client IP.

    `PATCH /v1/roles/{role_id}`

    Args:
        role_id (str):
        body (UpdateRoleRequest): The role's new fields. Fields left out are cleared, not kept.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateRoleRequest,
) -> Response[ProjectRole]:
    """Replace the name, description, permissions and parent of a custom role.
    Despite the method, every field is replaced: a `description` or `parent_role_id` left out
    is cleared. System roles cannot be changed and return 404. The checks of `create-role`
    apply. Limited to 20 calls a minute per client IP.

    `PATCH /v1/roles/{role_id}`

    Args:
        role_id (str):
        body (UpdateRoleRequest): The role's new fields. Fields left out are cleared, not kept.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    role_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateRoleRequest,
) -> ProjectRole:
    """Replace the name, description, permissions and parent of a custom role.
    Despite the method, every field is replaced: a `description` or `parent_role_id` left out
    is cleared. System roles cannot be changed and return 404. The checks of `create-role`
    apply. Limited to 20 calls a minute per client IP.

    `PATCH /v1/roles/{role_id}`

    Args:
        role_id (str):
        body (UpdateRoleRequest): The role's new fields. Fields left out are cleared, not kept.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            body=body,
        )
    ).parsed
