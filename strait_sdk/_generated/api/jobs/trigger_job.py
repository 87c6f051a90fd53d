"""Start a run of a job.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.batch_flushed_trigger import BatchFlushedTrigger
from ...models.buffered_trigger import BufferedTrigger
from ...models.debounced_trigger import DebouncedTrigger
from ...models.dry_run_result import DryRunResult
from ...models.idempotent_trigger_hit import IdempotentTriggerHit
from ...models.trigger_request import TriggerRequest
from ...models.triggered_run import TriggeredRun
from ...types import UNSET, Response, Unset

OPERATION = "trigger_job"


def _get_kwargs(
    job_id: str,
    *,
    body: TriggerRequest,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(traceparent, Unset):
        headers["Traceparent"] = traceparent

    if not isinstance(tracestate, Unset):
        headers["Tracestate"] = tracestate

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/trigger".format(
            job_id=path_segment(job_id, "job_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, response: httpx.Response
) -> (
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
):
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:

            def _parse_response_200(data: object) -> DryRunResult | IdempotentTriggerHit:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = IdempotentTriggerHit.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = DryRunResult.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:

            def _parse_response_201(
                data: object,
            ) -> BatchFlushedTrigger | BufferedTrigger | DebouncedTrigger | TriggeredRun:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_201_type_0 = TriggeredRun.from_dict(data)

                    return response_201_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_201_type_1 = BatchFlushedTrigger.from_dict(data)

                    return response_201_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_201_type_2 = DebouncedTrigger.from_dict(data)

                    return response_201_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_3 = BufferedTrigger.from_dict(data)

                return response_201_type_3

            response_201 = _parse_response_201(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(
    *, response: httpx.Response
) -> Response[
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
]:
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
    body: TriggerRequest,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
) -> Response[
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
]:
    """Start a run of a job.
    Queues a run and returns 201 with its id and status; the body is not a full run and
    contains no run token. A job that debounces or batches its triggers returns one of the
    buffered forms instead. A repeated `Idempotency-Key` returns 200 with the earlier run, and
    `dry_run` returns 200 with what the server would do.

    `POST /v1/jobs/{job_id}/trigger`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        body (TriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchFlushedTrigger | BufferedTrigger | DebouncedTrigger | TriggeredRun | DryRunResult | IdempotentTriggerHit]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    job_id: str,
    *,
    client: HTTPClientProvider,
    body: TriggerRequest,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
) -> (
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
):
    """Start a run of a job.
    Queues a run and returns 201 with its id and status; the body is not a full run and
    contains no run token. A job that debounces or batches its triggers returns one of the
    buffered forms instead. A repeated `Idempotency-Key` returns 200 with the earlier run, and
    `dry_run` returns 200 with what the server would do.

    `POST /v1/jobs/{job_id}/trigger`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        body (TriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchFlushedTrigger | BufferedTrigger | DebouncedTrigger | TriggeredRun | DryRunResult | IdempotentTriggerHit
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: TriggerRequest,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
) -> Response[
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
]:
    """Start a run of a job.
    Queues a run and returns 201 with its id and status; the body is not a full run and
    contains no run token. A job that debounces or batches its triggers returns one of the
    buffered forms instead. A repeated `Idempotency-Key` returns 200 with the earlier run, and
    `dry_run` returns 200 with what the server would do.

    `POST /v1/jobs/{job_id}/trigger`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        body (TriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BatchFlushedTrigger | BufferedTrigger | DebouncedTrigger | TriggeredRun | DryRunResult | IdempotentTriggerHit]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    job_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: TriggerRequest,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
) -> (
    BatchFlushedTrigger
    | BufferedTrigger
    | DebouncedTrigger
    | TriggeredRun
    | DryRunResult
    | IdempotentTriggerHit
):
    """Start a run of a job.
    Queues a run and returns 201 with its id and status; the body is not a full run and
    contains no run token. A job that debounces or batches its triggers returns one of the
    buffered forms instead. A repeated `Idempotency-Key` returns 200 with the earlier run, and
    `dry_run` returns 200 with what the server would do.

    `POST /v1/jobs/{job_id}/trigger`

    Args:
        job_id (str):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        body (TriggerRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BatchFlushedTrigger | BufferedTrigger | DebouncedTrigger | TriggeredRun | DryRunResult | IdempotentTriggerHit
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
        )
    ).parsed
