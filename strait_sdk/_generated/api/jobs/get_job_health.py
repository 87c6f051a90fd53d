"""Get run counts and durations of a job over a recent window.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_health import JobHealth
from ...models.job_health_window import JobHealthWindow
from ...types import UNSET, Response, Unset

OPERATION = "get_job_health"


def _get_kwargs(
    job_id: str,
    *,
    window: JobHealthWindow | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_window: str | Unset = UNSET
    if not isinstance(window, Unset):
        json_window = JobHealthWindow(window).value

    params["window"] = json_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}/health".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobHealth:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobHealth.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobHealth]:
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
    window: JobHealthWindow | Unset = UNSET,
) -> Response[JobHealth]:
    """Get run counts and durations of a job over a recent window.
    `GET /v1/jobs/{job_id}/health`

    Args:
        job_id (str):
        window (JobHealthWindow | Unset): A look-back window of one hour, one day, seven days or
            thirty days.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobHealth]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        window=window,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
    window: JobHealthWindow | Unset = UNSET,
) -> JobHealth:
    """Get run counts and durations of a job over a recent window.
    `GET /v1/jobs/{job_id}/health`

    Args:
        job_id (str):
        window (JobHealthWindow | Unset): A look-back window of one hour, one day, seven days or
            thirty days.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobHealth
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        window=window,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    window: JobHealthWindow | Unset = UNSET,
) -> Response[JobHealth]:
    """Get run counts and durations of a job over a recent window.
    `GET /v1/jobs/{job_id}/health`

    Args:
        job_id (str):
        window (JobHealthWindow | Unset): A look-back window of one hour, one day, seven days or
            thirty days.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobHealth]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        window=window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    window: JobHealthWindow | Unset = UNSET,
) -> JobHealth:
    """Get run counts and durations of a job over a recent window.
    `GET /v1/jobs/{job_id}/health`

    Args:
        job_id (str):
        window (JobHealthWindow | Unset): A look-back window of one hour, one day, seven days or
            thirty days.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobHealth
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            window=window,
        )
    ).parsed
