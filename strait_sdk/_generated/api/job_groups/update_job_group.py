"""Change the name, slug or description of a job group.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_group import JobGroup
from ...models.update_job_group_request import UpdateJobGroupRequest
from ...types import Response

OPERATION = "update_job_group"


def _get_kwargs(
    group_id: str,
    *,
    body: UpdateJobGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/job-groups/{group_id}".format(
            group_id=path_segment(group_id, "group_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobGroup:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobGroup.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobGroup]:
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
    body: UpdateJobGroupRequest,
) -> Response[JobGroup]:
    """Change the name, slug or description of a job group.
    Fields that are absent or null keep their values.

    `PATCH /v1/job-groups/{group_id}`

    Args:
        group_id (str):
        body (UpdateJobGroupRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroup]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    group_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateJobGroupRequest,
) -> JobGroup:
    """Change the name, slug or description of a job group.
    Fields that are absent or null keep their values.

    `PATCH /v1/job-groups/{group_id}`

    Args:
        group_id (str):
        body (UpdateJobGroupRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroup
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateJobGroupRequest,
) -> Response[JobGroup]:
    """Change the name, slug or description of a job group.
    Fields that are absent or null keep their values.

    `PATCH /v1/job-groups/{group_id}`

    Args:
        group_id (str):
        body (UpdateJobGroupRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobGroup]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    group_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateJobGroupRequest,
) -> JobGroup:
    """Change the name, slug or description of a job group.
    Fields that are absent or null keep their values.

    `PATCH /v1/job-groups/{group_id}`

    Args:
        group_id (str):
        body (UpdateJobGroupRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobGroup
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
