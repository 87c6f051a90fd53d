"""Queue a continuation run that carries on this run's work.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.continue_request import ContinueRequest
from ...models.job_run import JobRun
from ...types import Response

OPERATION = "sdk_continue"


def _get_kwargs(
    run_id: str,
    *,
    body: ContinueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sdk/v1/runs/{run_id}/continue".format(
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
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = JobRun.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

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
    body: ContinueRequest,
) -> Response[JobRun]:
    """Queue a continuation run that carries on this run's work.
    The new run has `continuation_of` set to this run and a lineage depth one higher, at most
    10. This run is not finished by the call.

    `POST /sdk/v1/runs/{run_id}/continue`

    Args:
        run_id (str):
        body (ContinueRequest):

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
    body: ContinueRequest,
) -> JobRun:
    """Queue a continuation run that carries on this run's work.
    The new run has `continuation_of` set to this run and a lineage depth one higher, at most
    10. This run is not finished by the call.

    `POST /sdk/v1/runs/{run_id}/continue`

    Args:
        run_id (str):
        body (ContinueRequest):

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
    body: ContinueRequest,
) -> Response[JobRun]:
    """Queue a continuation run that carries on this run's work.
    The new run has `continuation_of` set to this run and a lineage depth one higher, at most
    10. This run is not finished by the call.

    `POST /sdk/v1/runs/{run_id}/continue`

    Args:
        run_id (str):
        body (ContinueRequest):

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
    body: ContinueRequest,
) -> JobRun:
    """Queue a continuation run that carries on this run's work.
    The new run has `continuation_of` set to this run and a lineage depth one higher, at most
    10. This run is not finished by the call.

    `POST /sdk/v1/runs/{run_id}/continue`

    Args:
        run_id (str):
        body (ContinueRequest):

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
