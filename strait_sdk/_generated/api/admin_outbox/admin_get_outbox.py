"""Get a quarantined outbox row by its id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.admin_outbox_row import AdminOutboxRow
from ...types import Response

OPERATION = "admin_get_outbox"


def _get_kwargs(
    outbox_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/outbox/{outbox_id}".format(
            outbox_id=path_segment(outbox_id, "outbox_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> AdminOutboxRow:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = AdminOutboxRow.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[AdminOutboxRow]:
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
) -> Response[AdminOutboxRow]:
    """Get a quarantined outbox row by its id.
    Needs the `outbox:read` scope.

    `GET /v1/admin/outbox/{outbox_id}`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AdminOutboxRow]: the status, headers, raw body and parsed value.
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
) -> AdminOutboxRow:
    """Get a quarantined outbox row by its id.
    Needs the `outbox:read` scope.

    `GET /v1/admin/outbox/{outbox_id}`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AdminOutboxRow
    """

    return sync_detailed(
        outbox_id=outbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    outbox_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[AdminOutboxRow]:
    """Get a quarantined outbox row by its id.
    Needs the `outbox:read` scope.

    `GET /v1/admin/outbox/{outbox_id}`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AdminOutboxRow]: the status, headers, raw body and parsed value.
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
) -> AdminOutboxRow:
    """Get a quarantined outbox row by its id.
    Needs the `outbox:read` scope.

    `GET /v1/admin/outbox/{outbox_id}`

    Args:
        outbox_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AdminOutboxRow
    """

    return (
        await asyncio_detailed(
            outbox_id=outbox_id,
            client=client,
        )
    ).parsed
