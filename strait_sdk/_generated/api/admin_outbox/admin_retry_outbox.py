"""Enqueue a copy of a quarantined outbox row.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.outbox_retry_result import OutboxRetryResult
from ...types import Response

OPERATION = "admin_retry_outbox"


def _get_kwargs(
    outbox_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/outbox/{outbox_id}/retry".format(
            outbox_id=path_segment(outbox_id, "outbox_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> OutboxRetryResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = OutboxRetryResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[OutboxRetryResult]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    outbox_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[OutboxRetryResult]:
    """Enqueue a copy of a quarantined outbox row.
    Writes a new outbox row with the same content, which the server processes like any other,
    and records the retry in the audit log. Needs the `outbox:retry` scope. While an earlier
    retry of the row is still active the server returns 409. Limited to 10 calls a minute per
    client IP.

    `POST /v1/admin/outbox/{outbox_id}/retry`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OutboxRetryResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        outbox_id=outbox_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    outbox_id: str,
    *,
    client: HTTPClientProvider,
) -> OutboxRetryResult:
    """Enqueue a copy of a quarantined outbox row.
    Writes a new outbox row with the same content, which the server processes like any other,
    and records the retry in the audit log. Needs the `outbox:retry` scope. While an earlier
    retry of the row is still active the server returns 409. Limited to 10 calls a minute per
    client IP.

    `POST /v1/admin/outbox/{outbox_id}/retry`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OutboxRetryResult
    """

    return sync_detailed(
        outbox_id=outbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    outbox_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[OutboxRetryResult]:
    """Enqueue a copy of a quarantined outbox row.
    Writes a new outbox row with the same content, which the server processes like any other,
    and records the retry in the audit log. Needs the `outbox:retry` scope. While an earlier
    retry of the row is still active the server returns 409. Limited to 10 calls a minute per
    client IP.

    `POST /v1/admin/outbox/{outbox_id}/retry`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OutboxRetryResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        outbox_id=outbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    outbox_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> OutboxRetryResult:
    """Enqueue a copy of a quarantined outbox row.
    Writes a new outbox row with the same content, which the server processes like any other,
    and records the retry in the audit log. Needs the `outbox:retry` scope. While an earlier
    retry of the row is still active the server returns 409. Limited to 10 calls a minute per
    client IP.

    `POST /v1/admin/outbox/{outbox_id}/retry`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OutboxRetryResult
    """

    return (
        await asyncio_detailed(
            outbox_id=outbox_id,
            client=client,
        )
    ).parsed
