"""Get a job by its id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job import Job
from ...types import Response

OPERATION = "get_job"


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> Job:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = Job.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[Job]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    job_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[Job]:
    """Get a job by its id.
    The path takes the job id, never the slug. Look a slug up with `list-jobs`.

    `GET /v1/jobs/{job_id}`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Job]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
) -> Job:
    """Get a job by its id.
    The path takes the job id, never the slug. Look a slug up with `list-jobs`.

    `GET /v1/jobs/{job_id}`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Job
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[Job]:
    """Get a job by its id.
    The path takes the job id, never the slug. Look a slug up with `list-jobs`.

    `GET /v1/jobs/{job_id}`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Job]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Job:
    """Get a job by its id.
    The path takes the job id, never the slug. Look a slug up with `list-jobs`.

    `GET /v1/jobs/{job_id}`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Job
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
