"""Move the start time of a run that has not started, and optionally replace its payload.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_run import JobRun
from ...models.reschedule_run_request import RescheduleRunRequest
from ...types import Response

OPERATION = "reschedule_run"


def _get_kwargs(
    run_id: str,
    *,
    body: RescheduleRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{run_id}/reschedule".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> JobRun:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = JobRun.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[JobRun]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    run_id: str,
    *,
    client: HTTPClientProvider,
    body: RescheduleRunRequest,
) -> Response[JobRun]:
    """Move the start time of a run that has not started, and optionally replace its payload.
    Only runs in `delayed` or `queued` that never started can be rescheduled, and others answer
    404. The run becomes `delayed` when `scheduled_at` is in the future and `queued`
    otherwise.

    `POST /v1/runs/{run_id}/reschedule`

    Args:
        run_id (str):
        body (RescheduleRunRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
    body: RescheduleRunRequest,
) -> JobRun:
    """Move the start time of a run that has not started, and optionally replace its payload.
    Only runs in `delayed` or `queued` that never started can be rescheduled, and others answer
    404. The run becomes `delayed` when `scheduled_at` is in the future and `queued`
    otherwise.

    `POST /v1/runs/{run_id}/reschedule`

    Args:
        run_id (str):
        body (RescheduleRunRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobRun
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RescheduleRunRequest,
) -> Response[JobRun]:
    """Move the start time of a run that has not started, and optionally replace its payload.
    Only runs in `delayed` or `queued` that never started can be rescheduled, and others answer
    404. The run becomes `delayed` when `scheduled_at` is in the future and `queued`
    otherwise.

    `POST /v1/runs/{run_id}/reschedule`

    Args:
        run_id (str):
        body (RescheduleRunRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: RescheduleRunRequest,
) -> JobRun:
    """Move the start time of a run that has not started, and optionally replace its payload.
    Only runs in `delayed` or `queued` that never started can be rescheduled, and others answer
    404. The run becomes `delayed` when `scheduled_at` is in the future and `queued`
    otherwise.

    `POST /v1/runs/{run_id}/reschedule`

    Args:
        run_id (str):
        body (RescheduleRunRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        JobRun
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
