"""List the jobs of every project in an organization, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_list import JobList
from ...types import UNSET, Response, Unset

OPERATION = "list_org_jobs"


def _get_kwargs(
    org_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations/{org_id}/jobs".format(
            org_id=path_segment(org_id, "org_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobList]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    org_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobList]:
    """List the jobs of every project in an organization, newest first.
    Needs an organization-scoped API key of this organization. Other keys get 403, and so
    does an organization-scoped key of another organization.

    `GET /v1/organizations/{org_id}/jobs`

    Args:
        org_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    org_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobList:
    """List the jobs of every project in an organization, newest first.
    Needs an organization-scoped API key of this organization. Other keys get 403, and so
    does an organization-scoped key of another organization.

    `GET /v1/organizations/{org_id}/jobs`

    Args:
        org_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobList
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobList]:
    """List the jobs of every project in an organization, newest first.
    Needs an organization-scoped API key of this organization. Other keys get 403, and so
    does an organization-scoped key of another organization.

    `GET /v1/organizations/{org_id}/jobs`

    Args:
        org_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    org_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobList:
    """List the jobs of every project in an organization, newest first.
    Needs an organization-scoped API key of this organization. Other keys get 403, and so
    does an organization-scoped key of another organization.

    `GET /v1/organizations/{org_id}/jobs`

    Args:
        org_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobList
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
