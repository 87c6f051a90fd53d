"""Get one saved version of a job.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_version import JobVersion
from ...types import Response

OPERATION = "get_job_version"


def _get_kwargs(
    job_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}/versions/{version_id}".format(
            job_id=path_segment(job_id, "job_id"),
            version_id=path_segment(version_id, "version_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobVersion:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobVersion.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobVersion]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    job_id: str,
    version_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[JobVersion]:
    """Get one saved version of a job.
    A version of another job returns 404.

    `GET /v1/jobs/{job_id}/versions/{version_id}`

    Args:
        job_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobVersion]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    version_id: str,
    *,
    client: HTTPClientProvider,
) -> JobVersion:
    """Get one saved version of a job.
    A version of another job returns 404.

    `GET /v1/jobs/{job_id}/versions/{version_id}`

    Args:
        job_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobVersion
    """

    return sync_detailed(
        job_id=job_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[JobVersion]:
    """Get one saved version of a job.
    A version of another job returns 404.

    `GET /v1/jobs/{job_id}/versions/{version_id}`

    Args:
        job_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobVersion]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    version_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> JobVersion:
    """Get one saved version of a job.
    A version of another job returns 404.

    `GET /v1/jobs/{job_id}/versions/{version_id}`

    Args:
        job_id (str):
        version_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobVersion
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
