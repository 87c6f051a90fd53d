"""Delete a quarantined outbox row.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.outbox_purge_result import OutboxPurgeResult
from ...types import Response

OPERATION = "admin_purge_outbox"


def _get_kwargs(
    outbox_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/outbox/{outbox_id}/purge".format(
            outbox_id=path_segment(outbox_id, "outbox_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> OutboxPurgeResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = OutboxPurgeResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[OutboxPurgeResult]:
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
) -> Response[OutboxPurgeResult]:
    """Delete a quarantined outbox row.
    Records the purge in the audit log. Needs the `outbox:purge` scope. Limited to 10 calls a
    minute per client IP.

    `POST /v1/admin/outbox/{outbox_id}/purge`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OutboxPurgeResult]: the status, headers, raw body and parsed value.
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
) -> OutboxPurgeResult:
    """Delete a quarantined outbox row.
    Records the purge in the audit log. Needs the `outbox:purge` scope. Limited to 10 calls a
    minute per client IP.

    `POST /v1/admin/outbox/{outbox_id}/purge`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OutboxPurgeResult
    """

    return sync_detailed(
        outbox_id=outbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    outbox_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[OutboxPurgeResult]:
    """Delete a quarantined outbox row.
    Records the purge in the audit log. Needs the `outbox:purge` scope. Limited to 10 calls a
    minute per client IP.

    `POST /v1/admin/outbox/{outbox_id}/purge`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OutboxPurgeResult]: the status, headers, raw body and parsed value.
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
) -> OutboxPurgeResult:
    """Delete a quarantined outbox row.
    Records the purge in the audit log. Needs the `outbox:purge` scope. Limited to 10 calls a
    minute per client IP.

    `POST /v1/admin/outbox/{outbox_id}/purge`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OutboxPurgeResult
    """

    return (
        await asyncio_detailed(
            outbox_id=outbox_id,
            client=client,
        )
    ).parsed
