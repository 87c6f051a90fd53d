"""Get a role by its id, optionally with its chain of parent roles.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.project_role import ProjectRole
from ...models.role_with_lineage import RoleWithLineage
from ...types import UNSET, Response, Unset

OPERATION = "get_role"


def _get_kwargs(
    role_id: str,
    *,
    include_lineage: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_lineage"] = include_lineage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/roles/{role_id}".format(
            role_id=path_segment(role_id, "role_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProjectRole | RoleWithLineage:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:

            def _parse_response_200(data: object) -> ProjectRole | RoleWithLineage:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = ProjectRole.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = RoleWithLineage.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ProjectRole | RoleWithLineage]:
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
    include_lineage: bool | Unset = UNSET,
) -> Response[ProjectRole | RoleWithLineage]:
    """Get a role by its id, optionally with its chain of parent roles.
    `GET /v1/roles/{role_id}`

    Args:
        role_id (str):
        include_lineage (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole | RoleWithLineage]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        include_lineage=include_lineage,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    role_id: str,
    *,
    client: HTTPClientProvider,
    include_lineage: bool | Unset = UNSET,
) -> ProjectRole | RoleWithLineage:
    """Get a role by its id, optionally with its chain of parent roles.
    `GET /v1/roles/{role_id}`

    Args:
        role_id (str):
        include_lineage (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole | RoleWithLineage
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        include_lineage=include_lineage,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AsyncHTTPClientProvider,
    include_lineage: bool | Unset = UNSET,
) -> Response[ProjectRole | RoleWithLineage]:
    """Get a role by its id, optionally with its chain of parent roles.
    `GET /v1/roles/{role_id}`

    Args:
        role_id (str):
        include_lineage (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectRole | RoleWithLineage]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        include_lineage=include_lineage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    role_id: str,
    *,
    client: AsyncHTTPClientProvider,
    include_lineage: bool | Unset = UNSET,
) -> ProjectRole | RoleWithLineage:
    """Get a role by its id, optionally with its chain of parent roles.
    `GET /v1/roles/{role_id}`

    Args:
        role_id (str):
        include_lineage (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectRole | RoleWithLineage
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            include_lineage=include_lineage,
        )
    ).parsed
