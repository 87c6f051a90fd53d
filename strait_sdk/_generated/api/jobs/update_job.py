"""Change some fields of a job.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job import Job
from ...models.update_job_request import UpdateJobRequest
from ...types import Response

OPERATION = "update_job"


def _get_kwargs(
    job_id: str,
    *,
    body: UpdateJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/jobs/{job_id}".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: UpdateJobRequest,
) -> Response[Job]:
    """Change some fields of a job.
    Only fields that are present and not null change; the rest keep their values.

    `PATCH /v1/jobs/{job_id}`

    Args:
        job_id (str):
        body (UpdateJobRequest): Every field is optional; fields left out keep their values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Job]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateJobRequest,
) -> Job:
    """Change some fields of a job.
    Only fields that are present and not null change; the rest keep their values.

    `PATCH /v1/jobs/{job_id}`

    Args:
        job_id (str):
        body (UpdateJobRequest): Every field is optional; fields left out keep their values.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateJobRequest,
) -> Response[Job]:
    """Change some fields of a job.
    Only fields that are present and not null change; the rest keep their values.

    `PATCH /v1/jobs/{job_id}`

    Args:
        job_id (str):
        body (UpdateJobRequest): Every field is optional; fields left out keep their values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Job]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateJobRequest,
) -> Job:
    """Change some fields of a job.
    Only fields that are present and not null change; the rest keep their values.

    `PATCH /v1/jobs/{job_id}`

    Args:
        job_id (str):
        body (UpdateJobRequest): Every field is optional; fields left out keep their values.

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
            body=body,
        )
    ).parsed
