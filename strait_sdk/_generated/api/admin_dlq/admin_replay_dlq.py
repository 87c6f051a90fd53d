"""Queue a dead-letter run again.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.job_run import JobRun
from ...types import Response

OPERATION = "admin_replay_dlq"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/dlq/{run_id}/replay".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

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
) -> Response[JobRun]:
    """Queue a dead-letter run again.
    Moves the run from `dead_letter` back to `queued` under the same id and records the replay
    in the audit log. Needs the `dlq:replay` scope. A run in any other status gives 409.

    `POST /v1/admin/dlq/{run_id}/replay`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
) -> JobRun:
    """Queue a dead-letter run again.
    Moves the run from `dead_letter` back to `queued` under the same id and records the replay
    in the audit log. Needs the `dlq:replay` scope. A run in any other status gives 409.

    `POST /v1/admin/dlq/{run_id}/replay`

    Args:
        run_id (str):

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
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[JobRun]:
    """Queue a dead-letter run again.
    Moves the run from `dead_letter` back to `queued` under the same id and records the replay
    in the audit log. Needs the `dlq:replay` scope. A run in any other status gives 409.

    `POST /v1/admin/dlq/{run_id}/replay`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[JobRun]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> JobRun:
    """Queue a dead-letter run again.
    Moves the run from `dead_letter` back to `queued` under the same id and records the replay
    in the audit log. Needs the `dlq:replay` scope. A run in any other status gives 409.

    `POST /v1/admin/dlq/{run_id}/replay`

    Args:
        run_id (str):

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
        )
    ).parsed
