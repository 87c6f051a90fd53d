"""Get an audit event by its id.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.audit_event import AuditEvent
from ...types import Response

OPERATION = "get_audit_event"


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events/{id}".format(
            id=path_segment(id, "id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> AuditEvent:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = AuditEvent.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[AuditEvent]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: HTTPClientProvider,
) -> Response[AuditEvent]:
    """Get an audit event by its id.
    `GET /v1/audit-events/{id}`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditEvent]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    id: str,
    *,
    client: HTTPClientProvider,
) -> AuditEvent:
    """Get an audit event by its id.
    `GET /v1/audit-events/{id}`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditEvent
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[AuditEvent]:
    """Get an audit event by its id.
    `GET /v1/audit-events/{id}`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditEvent]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> AuditEvent:
    """Get an audit event by its id.
    `GET /v1/audit-events/{id}`

    Args:
        id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditEvent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
