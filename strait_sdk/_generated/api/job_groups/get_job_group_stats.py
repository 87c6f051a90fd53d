"""Count the runs of a job group's jobs by status.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_group_stats import JobGroupStats
from ...types import Response

OPERATION = "get_job_group_stats"


def _get_kwargs(
    group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/job-groups/{group_id}/stats".format(
            group_id=path_segment(group_id, "group_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobGroupStats:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobGroupStats.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobGroupStats]:
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
) -> Response[JobGroupStats]:
    """Count the runs of a job group's jobs by status.
    `GET /v1/job-groups/{group_id}/stats`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroupStats]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    group_id: str,
    *,
    client: HTTPClientProvider,
) -> JobGroupStats:
    """Count the runs of a job group's jobs by status.
    `GET /v1/job-groups/{group_id}/stats`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroupStats
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[JobGroupStats]:
    """Count the runs of a job group's jobs by status.
    `GET /v1/job-groups/{group_id}/stats`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroupStats]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> JobGroupStats:
    """Count the runs of a job group's jobs by status.
    `GET /v1/job-groups/{group_id}/stats`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroupStats
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
