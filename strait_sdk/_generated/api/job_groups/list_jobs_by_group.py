"""List the jobs of a job group, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_list import JobList
from ...types import UNSET, Response, Unset

OPERATION = "list_jobs_by_group"


def _get_kwargs(
    group_id: str,
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
        "url": "/v1/job-groups/{group_id}/jobs".format(
            group_id=path_segment(group_id, "group_id"),
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
    group_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobList]:
    """List the jobs of a job group, newest first.
    A group that does not exist or belongs to another project returns an empty page, not 404.

    `GET /v1/job-groups/{group_id}/jobs`

    Args:
        group_id (str):
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
        group_id=group_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    group_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobList:
    """List the jobs of a job group, newest first.
    A group that does not exist or belongs to another project returns an empty page, not 404.

    `GET /v1/job-groups/{group_id}/jobs`

    Args:
        group_id (str):
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
        group_id=group_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[JobList]:
    """List the jobs of a job group, newest first.
    A group that does not exist or belongs to another project returns an empty page, not 404.

    `GET /v1/job-groups/{group_id}/jobs`

    Args:
        group_id (str):
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
        group_id=group_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> JobList:
    """List the jobs of a job group, newest first.
    A group that does not exist or belongs to another project returns an empty page, not 404.

    `GET /v1/job-groups/{group_id}/jobs`

    Args:
        group_id (str):
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
            group_id=group_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
