"""Start a new run with the payload of a finished run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_run import JobRun
from ...types import UNSET, Response, Unset

OPERATION = "replay_run"


def _get_kwargs(
    run_id: str,
    *,
    from_checkpoint: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_checkpoint"] = from_checkpoint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{run_id}/replay".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

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
    from_checkpoint: int | Unset = UNSET,
) -> Response[JobRun]:
    """Start a new run with the payload of a finished run.
    Only runs in `failed`, `timed_out`, `crashed` or `system_failed` can be replayed (400
    otherwise, and 400 when the job is missing or disabled). The new run starts at attempt 1
    with the same payload, tags and priority, `triggered_by` `manual`, and no idempotency
    key. With `from_checkpoint`, the payload is the `state` of that checkpoint and the new
    run has `debug_mode` set. The request has no body.

    `POST /v1/runs/{run_id}/replay`

    Args:
        run_id (str):
        from_checkpoint (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        from_checkpoint=from_checkpoint,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
    from_checkpoint: int | Unset = UNSET,
) -> JobRun:
    """Start a new run with the payload of a finished run.
    Only runs in `failed`, `timed_out`, `crashed` or `system_failed` can be replayed (400
    otherwise, and 400 when the job is missing or disabled). The new run starts at attempt 1
    with the same payload, tags and priority, `triggered_by` `manual`, and no idempotency
    key. With `from_checkpoint`, the payload is the `state` of that checkpoint and the new
    run has `debug_mode` set. The request has no body.

    `POST /v1/runs/{run_id}/replay`

    Args:
        run_id (str):
        from_checkpoint (int | Unset):

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
        from_checkpoint=from_checkpoint,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_checkpoint: int | Unset = UNSET,
) -> Response[JobRun]:
    """Start a new run with the payload of a finished run.
    Only runs in `failed`, `timed_out`, `crashed` or `system_failed` can be replayed (400
    otherwise, and 400 when the job is missing or disabled). The new run starts at attempt 1
    with the same payload, tags and priority, `triggered_by` `manual`, and no idempotency
    key. With `from_checkpoint`, the payload is the `state` of that checkpoint and the new
    run has `debug_mode` set. The request has no body.

    `POST /v1/runs/{run_id}/replay`

    Args:
        run_id (str):
        from_checkpoint (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        from_checkpoint=from_checkpoint,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_checkpoint: int | Unset = UNSET,
) -> JobRun:
    """Start a new run with the payload of a finished run.
    Only runs in `failed`, `timed_out`, `crashed` or `system_failed` can be replayed (400
    otherwise, and 400 when the job is missing or disabled). The new run starts at attempt 1
    with the same payload, tags and priority, `triggered_by` `manual`, and no idempotency
    key. With `from_checkpoint`, the payload is the `state` of that checkpoint and the new
    run has `debug_mode` set. The request has no body.

    `POST /v1/runs/{run_id}/replay`

    Args:
        run_id (str):
        from_checkpoint (int | Unset):

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
            from_checkpoint=from_checkpoint,
        )
    ).parsed
