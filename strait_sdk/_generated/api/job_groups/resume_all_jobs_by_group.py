"""Resume every job of a job group.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_group_pause_status import JobGroupPauseStatus
from ...types import Response

OPERATION = "resume_all_jobs_by_group"


def _get_kwargs(
    group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/job-groups/{group_id}/resume-all".format(
            group_id=path_segment(group_id, "group_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobGroupPauseStatus:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobGroupPauseStatus.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobGroupPauseStatus]:
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
) -> Response[JobGroupPauseStatus]:
    """Resume every job of a job group.
    Clears the pause of every job in the group, including jobs that were paused one by one
    rather than through `pause-all`. The request has no body.

    `POST /v1/job-groups/{group_id}/resume-all`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroupPauseStatus]: the status, headers, raw body and parsed value.
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
) -> JobGroupPauseStatus:
    """Resume every job of a job group.
    Clears the pause of every job in the group, including jobs that were paused one by one
    rather than through `pause-all`. The request has no body.

    `POST /v1/job-groups/{group_id}/resume-all`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroupPauseStatus
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[JobGroupPauseStatus]:
    """Resume every job of a job group.
    Clears the pause of every job in the group, including jobs that were paused one by one
    rather than through `pause-all`. The request has no body.

    `POST /v1/job-groups/{group_id}/resume-all`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroupPauseStatus]: the status, headers, raw body and parsed value.
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
) -> JobGroupPauseStatus:
    """Resume every job of a job group.
    Clears the pause of every job in the group, including jobs that were paused one by one
    rather than through `pause-all`. The request has no body.

    `POST /v1/job-groups/{group_id}/resume-all`

    Args:
        group_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroupPauseStatus
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
