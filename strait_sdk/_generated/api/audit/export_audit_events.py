"""Download the project's audit events of a time window as JSON, NDJSON or CSV.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.audit_export_format import AuditExportFormat
from ...types import UNSET, Response, Unset

OPERATION = "export_audit_events"


def _get_kwargs(
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: AuditExportFormat | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = AuditExportFormat(format_).value

    params["format"] = json_format_

    params["actor_id"] = actor_id

    params["resource_type"] = resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events/export",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> str:
    if response.status_code == 200:
        try:
            response_200 = response.text
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[str]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: AuditExportFormat | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[str]:
    """Download the project's audit events of a time window as JSON, NDJSON or CSV.
    Streams every event of the window as a file download. The window is required and at most
    90 days. A project may export 10 times an hour (429 after that, 503 when the limiter is
    unavailable). When the export reaches the server's row cap (one million rows unless
    configured otherwise), it ends with a marker instead of an error: the object
    `{"_capped": true, "exported": N}` in JSON and NDJSON, or a row whose first cell is
    `_capped` in CSV. Export the rest in narrower windows.

    When the server is configured to sign exports, a complete export carries the trailer
    `X-Audit-Signature: sha256=<hex>`, an HMAC of the body. An export cut short by an error
    after the first bytes has no trailer and may be truncated.

    `GET /v1/audit-events/export`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (AuditExportFormat | Unset):
        actor_id (str | Unset):
        resource_type (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        format_=format_,
        actor_id=actor_id,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: AuditExportFormat | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> str:
    """Download the project's audit events of a time window as JSON, NDJSON or CSV.
    Streams every event of the window as a file download. The window is required and at most
    90 days. A project may export 10 times an hour (429 after that, 503 when the limiter is
    unavailable). When the export reaches the server's row cap (one million rows unless
    configured otherwise), it ends with a marker instead of an error: the object
    `{"_capped": true, "exported": N}` in JSON and NDJSON, or a row whose first cell is
    `_capped` in CSV. Export the rest in narrower windows.

    When the server is configured to sign exports, a complete export carries the trailer
    `X-Audit-Signature: sha256=<hex>`, an HMAC of the body. An export cut short by an error
    after the first bytes has no trailer and may be truncated.

    `GET /v1/audit-events/export`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (AuditExportFormat | Unset):
        actor_id (str | Unset):
        resource_type (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        format_=format_,
        actor_id=actor_id,
        resource_type=resource_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: AuditExportFormat | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[str]:
    """Download the project's audit events of a time window as JSON, NDJSON or CSV.
    Streams every event of the window as a file download. The window is required and at most
    90 days. A project may export 10 times an hour (429 after that, 503 when the limiter is
    unavailable). When the export reaches the server's row cap (one million rows unless
    configured otherwise), it ends with a marker instead of an error: the object
    `{"_capped": true, "exported": N}` in JSON and NDJSON, or a row whose first cell is
    `_capped` in CSV. Export the rest in narrower windows.

    When the server is configured to sign exports, a complete export carries the trailer
    `X-Audit-Signature: sha256=<hex>`, an HMAC of the body. An export cut short by an error
    after the first bytes has no trailer and may be truncated.

    `GET /v1/audit-events/export`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (AuditExportFormat | Unset):
        actor_id (str | Unset):
        resource_type (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        format_=format_,
        actor_id=actor_id,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime,
    to: datetime.datetime,
    format_: AuditExportFormat | Unset = UNSET,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> str:
    """Download the project's audit events of a time window as JSON, NDJSON or CSV.
    Streams every event of the window as a file download. The window is required and at most
    90 days. A project may export 10 times an hour (429 after that, 503 when the limiter is
    unavailable). When the export reaches the server's row cap (one million rows unless
    configured otherwise), it ends with a marker instead of an error: the object
    `{"_capped": true, "exported": N}` in JSON and NDJSON, or a row whose first cell is
    `_capped` in CSV. Export the rest in narrower windows.

    When the server is configured to sign exports, a complete export carries the trailer
    `X-Audit-Signature: sha256=<hex>`, an HMAC of the body. An export cut short by an error
    after the first bytes has no trailer and may be truncated.

    `GET /v1/audit-events/export`

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        format_ (AuditExportFormat | Unset):
        actor_id (str | Unset):
        resource_type (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            format_=format_,
            actor_id=actor_id,
            resource_type=resource_type,
        )
    ).parsed
