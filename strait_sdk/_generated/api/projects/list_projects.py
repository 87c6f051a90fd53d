"""List the projects of an organization.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.project import Project
from ...types import UNSET, Response

OPERATION = "list_projects"


def _get_kwargs(
    *,
    org_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[Project]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = Project.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[Project]]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    org_id: str,
) -> Response[list[Project]]:
    """List the projects of an organization.
    Meant for Strait's own services: API keys always get 403. The list is not paginated.

    `GET /v1/projects`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[Project]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    org_id: str,
) -> list[Project]:
    """List the projects of an organization.
    Meant for Strait's own services: API keys always get 403. The list is not paginated.

    `GET /v1/projects`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[Project]
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
) -> Response[list[Project]]:
    """List the projects of an organization.
    Meant for Strait's own services: API keys always get 403. The list is not paginated.

    `GET /v1/projects`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[Project]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
) -> list[Project]:
    """List the projects of an organization.
    Meant for Strait's own services: API keys always get 403. The list is not paginated.

    `GET /v1/projects`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[Project]
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
        )
    ).parsed
