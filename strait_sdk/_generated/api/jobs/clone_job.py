"""Copy a job under a new name and slug.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.clone_job_request import CloneJobRequest
from ...models.job import Job
from ...types import UNSET, Response, Unset

OPERATION = "clone_job"


def _get_kwargs(
    job_id: str,
    *,
    body: CloneJobRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/clone".format(
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
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = Job.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[Job]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
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
    body: CloneJobRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Job]:
    """Copy a job under a new name and slug.
    The copy takes every setting of the source job, its signing secret included, and starts
    enabled. The plan checks of `create-job` apply to the copied settings. A slug that is
    already in use gives 409.

    `POST /v1/jobs/{job_id}/clone`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        body (CloneJobRequest):

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
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
    body: CloneJobRequest,
    idempotency_key: str | Unset = UNSET,
) -> Job:
    """Copy a job under a new name and slug.
    The copy takes every setting of the source job, its signing secret included, and starts
    enabled. The plan checks of `create-job` apply to the copied settings. A slug that is
    already in use gives 409.

    `POST /v1/jobs/{job_id}/clone`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        body (CloneJobRequest):

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
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: CloneJobRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Job]:
    """Copy a job under a new name and slug.
    The copy takes every setting of the source job, its signing secret included, and starts
    enabled. The plan checks of `create-job` apply to the copied settings. A slug that is
    already in use gives 409.

    `POST /v1/jobs/{job_id}/clone`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        body (CloneJobRequest):

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
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: CloneJobRequest,
    idempotency_key: str | Unset = UNSET,
) -> Job:
    """Copy a job under a new name and slug.
    The copy takes every setting of the source job, its signing secret included, and starts
    enabled. The plan checks of `create-job` apply to the copied settings. A slug that is
    already in use gives 409.

    `POST /v1/jobs/{job_id}/clone`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        body (CloneJobRequest):

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
            idempotency_key=idempotency_key,
        )
    ).parsed
