"""List the project's audit events in a time window, newest first by default.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.audit_event_list import AuditEventList
from ...models.list_audit_events_order import ListAuditEventsOrder
from ...types import UNSET, Response, Unset

OPERATION = "list_audit_events"


def _get_kwargs(
    *,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    order: ListAuditEventsOrder | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["actor_id"] = actor_id

    params["resource_type"] = resource_type

    params["resource_id"] = resource_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = ListAuditEventsOrder(order).value

    params["order"] = json_order

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> AuditEventList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = AuditEventList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[AuditEventList]:
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
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    order: ListAuditEventsOrder | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[AuditEventList]:
    """List the project's audit events in a time window, newest first by default.
    The window is at most 90 days. Without `to` it ends now, and without `from` it starts 90
    days before its end.

    `GET /v1/audit-events`

    Args:
        actor_id (str | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        order (ListAuditEventsOrder | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditEventList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        actor_id=actor_id,
        resource_type=resource_type,
        resource_id=resource_id,
        order=order,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    order: ListAuditEventsOrder | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> AuditEventList:
    """List the project's audit events in a time window, newest first by default.
    The window is at most 90 days. Without `to` it ends now, and without `from` it starts 90
    days before its end.

    `GET /v1/audit-events`

    Args:
        actor_id (str | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        order (ListAuditEventsOrder | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditEventList
    """

    return sync_detailed(
        client=client,
        actor_id=actor_id,
        resource_type=resource_type,
        resource_id=resource_id,
        order=order,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    order: ListAuditEventsOrder | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[AuditEventList]:
    """List the project's audit events in a time window, newest first by default.
    The window is at most 90 days. Without `to` it ends now, and without `from` it starts 90
    days before its end.

    `GET /v1/audit-events`

    Args:
        actor_id (str | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        order (ListAuditEventsOrder | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditEventList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        actor_id=actor_id,
        resource_type=resource_type,
        resource_id=resource_id,
        order=order,
        from_=from_,
        to=to,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    actor_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    order: ListAuditEventsOrder | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> AuditEventList:
    """List the project's audit events in a time window, newest first by default.
    The window is at most 90 days. Without `to` it ends now, and without `from` it starts 90
    days before its end.

    `GET /v1/audit-events`

    Args:
        actor_id (str | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        order (ListAuditEventsOrder | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditEventList
    """

    return (
        await asyncio_detailed(
            client=client,
            actor_id=actor_id,
            resource_type=resource_type,
            resource_id=resource_id,
            order=order,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
