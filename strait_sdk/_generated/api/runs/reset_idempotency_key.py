"""Clear the idempotency key stored on a run.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.idempotency_key_reset import IdempotencyKeyReset
from ...types import Response

OPERATION = "reset_idempotency_key"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/runs/{run_id}/idempotency-key".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> IdempotencyKeyReset:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = IdempotencyKeyReset.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[IdempotencyKeyReset]:
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
) -> Response[IdempotencyKeyReset]:
    """Clear the idempotency key stored on a run.
    Afterwards a trigger of the job with the same key starts a new run. This does not clear
    the 24-hour cache of the `Idempotency-Key` header. A run in `dequeued`, `executing` or
    `waiting` returns 404.

    `DELETE /v1/runs/{run_id}/idempotency-key`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[IdempotencyKeyReset]: the status, headers, raw body and parsed value.
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
) -> IdempotencyKeyReset:
    """Clear the idempotency key stored on a run.
    Afterwards a trigger of the job with the same key starts a new run. This does not clear
    the 24-hour cache of the `Idempotency-Key` header. A run in `dequeued`, `executing` or
    `waiting` returns 404.

    `DELETE /v1/runs/{run_id}/idempotency-key`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        IdempotencyKeyReset
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[IdempotencyKeyReset]:
    """Clear the idempotency key stored on a run.
    Afterwards a trigger of the job with the same key starts a new run. This does not clear
    the 24-hour cache of the `Idempotency-Key` header. A run in `dequeued`, `executing` or
    `waiting` returns 404.

    `DELETE /v1/runs/{run_id}/idempotency-key`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[IdempotencyKeyReset]: the status, headers, raw body and parsed value.
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
) -> IdempotencyKeyReset:
    """Clear the idempotency key stored on a run.
    Afterwards a trigger of the job with the same key starts a new run. This does not clear
    the 24-hour cache of the `Idempotency-Key` header. A run in `dequeued`, `executing` or
    `waiting` returns 404.

    `DELETE /v1/runs/{run_id}/idempotency-key`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        IdempotencyKeyReset
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
