"""Send a signed test request to the job's endpoint and report the outcome.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.verify_job_endpoint_result import VerifyJobEndpointResult
from ...types import Response

OPERATION = "verify_job_endpoint"


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/endpoint/verify".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> VerifyJobEndpointResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = VerifyJobEndpointResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[VerifyJobEndpointResult]:
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
) -> Response[VerifyJobEndpointResult]:
    """Send a signed test request to the job's endpoint and report the outcome.
    The server POSTs `{"type":"endpoint.test"}` to `endpoint_url`, signed like a dispatch
    when the job has a signing secret, with a 10 second timeout and at most two redirects.
    A failed or non-2xx answer is still a 200 here with `success` false. A job without an
    `endpoint_url` gives 400. The request has no body. Limited to 10 requests a minute per
    client IP.

    `POST /v1/jobs/{job_id}/endpoint/verify`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[VerifyJobEndpointResult]: the status, headers, raw body and parsed value.
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
) -> VerifyJobEndpointResult:
    """Send a signed test request to the job's endpoint and report the outcome.
    The server POSTs `{"type":"endpoint.test"}` to `endpoint_url`, signed like a dispatch
    when the job has a signing secret, with a 10 second timeout and at most two redirects.
    A failed or non-2xx answer is still a 200 here with `success` false. A job without an
    `endpoint_url` gives 400. The request has no body. Limited to 10 requests a minute per
    client IP.

    `POST /v1/jobs/{job_id}/endpoint/verify`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        VerifyJobEndpointResult
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[VerifyJobEndpointResult]:
    """Send a signed test request to the job's endpoint and report the outcome.
    The server POSTs `{"type":"endpoint.test"}` to `endpoint_url`, signed like a dispatch
    when the job has a signing secret, with a 10 second timeout and at most two redirects.
    A failed or non-2xx answer is still a 200 here with `success` false. A job without an
    `endpoint_url` gives 400. The request has no body. Limited to 10 requests a minute per
    client IP.

    `POST /v1/jobs/{job_id}/endpoint/verify`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[VerifyJobEndpointResult]: the status, headers, raw body and parsed value.
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
) -> VerifyJobEndpointResult:
    """Send a signed test request to the job's endpoint and report the outcome.
    The server POSTs `{"type":"endpoint.test"}` to `endpoint_url`, signed like a dispatch
    when the job has a signing secret, with a 10 second timeout and at most two redirects.
    A failed or non-2xx answer is still a 200 here with `success` false. A job without an
    `endpoint_url` gives 400. The request has no body. Limited to 10 requests a minute per
    client IP.

    `POST /v1/jobs/{job_id}/endpoint/verify`

    Args:
        job_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        VerifyJobEndpointResult
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
