"""List the project's event triggers, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_trigger_list import EventTriggerList
from ...models.list_event_triggers_source_type import ListEventTriggersSourceType
from ...models.list_event_triggers_status import ListEventTriggersStatus
from ...types import UNSET, Response, Unset

OPERATION = "list_event_triggers"


def _get_kwargs(
    *,
    status: ListEventTriggersStatus | Unset = UNSET,
    workflow_run_id: str | Unset = UNSET,
    source_type: ListEventTriggersSourceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = ListEventTriggersStatus(status).value

    params["status"] = json_status

    params["workflow_run_id"] = workflow_run_id

    json_source_type: str | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = ListEventTriggersSourceType(source_type).value

    params["source_type"] = json_source_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> EventTriggerList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = EventTriggerList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EventTriggerList]:
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
    status: ListEventTriggersStatus | Unset = UNSET,
    workflow_run_id: str | Unset = UNSET,
    source_type: ListEventTriggersSourceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EventTriggerList]:
    """List the project's event triggers, newest first.
    The list is ordered by `requested_at`, which is also what the cursor holds.

    `GET /v1/events`

    Args:
        status (ListEventTriggersStatus | Unset):
        workflow_run_id (str | Unset):
        source_type (ListEventTriggersSourceType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTriggerList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        workflow_run_id=workflow_run_id,
        source_type=source_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    status: ListEventTriggersStatus | Unset = UNSET,
    workflow_run_id: str | Unset = UNSET,
    source_type: ListEventTriggersSourceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EventTriggerList:
    """List the project's event triggers, newest first.
    The list is ordered by `requested_at`, which is also what the cursor holds.

    `GET /v1/events`

    Args:
        status (ListEventTriggersStatus | Unset):
        workflow_run_id (str | Unset):
        source_type (ListEventTriggersSourceType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTriggerList
    """

    return sync_detailed(
        client=client,
        status=status,
        workflow_run_id=workflow_run_id,
        source_type=source_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    status: ListEventTriggersStatus | Unset = UNSET,
    workflow_run_id: str | Unset = UNSET,
    source_type: ListEventTriggersSourceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[EventTriggerList]:
    """List the project's event triggers, newest first.
    The list is ordered by `requested_at`, which is also what the cursor holds.

    `GET /v1/events`

    Args:
        status (ListEventTriggersStatus | Unset):
        workflow_run_id (str | Unset):
        source_type (ListEventTriggersSourceType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTriggerList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        workflow_run_id=workflow_run_id,
        source_type=source_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    status: ListEventTriggersStatus | Unset = UNSET,
    workflow_run_id: str | Unset = UNSET,
    source_type: ListEventTriggersSourceType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> EventTriggerList:
    """List the project's event triggers, newest first.
    The list is ordered by `requested_at`, which is also what the cursor holds.

    `GET /v1/events`

    Args:
        status (ListEventTriggersStatus | Unset):
        workflow_run_id (str | Unset):
        source_type (ListEventTriggersSourceType | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTriggerList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            workflow_run_id=workflow_run_id,
            source_type=source_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
