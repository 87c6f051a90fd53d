"""Pause a job so that it rejects new triggers.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job import Job
from ...models.pause_job_request import PauseJobRequest
from ...types import UNSET, Response, Unset

OPERATION = "pause_job"


def _get_kwargs(
    job_id: str,
    *,
    body: PauseJobRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/pause".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body: dict[str, Any] | Unset = UNSET
    if not isinstance(body, Unset):
        json_body = body.to_dict()
    if not isinstance(json_body, Unset):
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
    body: PauseJobRequest | Unset = UNSET,
) -> Response[Job]:
    """Pause a job so that it rejects new triggers.
    While paused, triggers answer 409. Pausing a job that is already paused keeps its first
    `pause_reason` and returns the job unchanged.

    `POST /v1/jobs/{job_id}/pause`

    Args:
        job_id (str):
        body (PauseJobRequest | Unset): The body is optional.

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
    body: PauseJobRequest | Unset = UNSET,
) -> Job:
    """Pause a job so that it rejects new triggers.
    While paused, triggers answer 409. Pausing a job that is already paused keeps its first
    `pause_reason` and returns the job unchanged.

    `POST /v1/jobs/{job_id}/pause`

    Args:
        job_id (str):
        body (PauseJobRequest | Unset): The body is optional.

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
    body: PauseJobRequest | Unset = UNSET,
) -> Response[Job]:
    """Pause a job so that it rejects new triggers.
    While paused, triggers answer 409. Pausing a job that is already paused keeps its first
    `pause_reason` and returns the job unchanged.

    `POST /v1/jobs/{job_id}/pause`

    Args:
        job_id (str):
        body (PauseJobRequest | Unset): The body is optional.

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
    body: PauseJobRequest | Unset = UNSET,
) -> Job:
    """Pause a job so that it rejects new triggers.
    While paused, triggers answer 409. Pausing a job that is already paused keeps its first
    `pause_reason` and returns the job unchanged.

    `POST /v1/jobs/{job_id}/pause`

    Args:
        job_id (str):
        body (PauseJobRequest | Unset): The body is optional.

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
