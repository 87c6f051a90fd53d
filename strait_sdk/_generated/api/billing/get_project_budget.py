"""Get a project's monthly budget and its spend this month.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.project_budget import ProjectBudget
from ...types import UNSET, Response

OPERATION = "get_project_budget"


def _get_kwargs(
    *,
    project_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/project-budget",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> ProjectBudget:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = ProjectBudget.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[ProjectBudget]:
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
    project_id: str,
) -> Response[ProjectBudget]:
    """Get a project's monthly budget and its spend this month.
    Keys scoped to an organization may read any project of it; other keys only their own
    project. Servers without a billing backend answer 501.

    `GET /v1/project-budget`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectBudget]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    project_id: str,
) -> ProjectBudget:
    """Get a project's monthly budget and its spend this month.
    Keys scoped to an organization may read any project of it; other keys only their own
    project. Servers without a billing backend answer 501.

    `GET /v1/project-budget`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectBudget
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    project_id: str,
) -> Response[ProjectBudget]:
    """Get a project's monthly budget and its spend this month.
    Keys scoped to an organization may read any project of it; other keys only their own
    project. Servers without a billing backend answer 501.

    `GET /v1/project-budget`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[ProjectBudget]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    project_id: str,
) -> ProjectBudget:
    """Get a project's monthly budget and its spend this month.
    Keys scoped to an organization may read any project of it; other keys only their own
    project. Servers without a billing backend answer 501.

    `GET /v1/project-budget`

    Args:
        project_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        ProjectBudget
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
        )
    ).parsed
