"""List the project's runs, newest first.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.run_list import RunList
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset

OPERATION = "list_runs"


def _get_kwargs(
    *,
    status: RunStatus | Unset = UNSET,
    statuses: list[RunStatus] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = RunStatus(status).value

    params["status"] = json_status

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = RunStatus(statuses_item_data).value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    params["tag_key"] = tag_key

    params["tag_value"] = tag_value

    params["triggered_by"] = triggered_by

    params["batch_id"] = batch_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> RunList:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = RunList.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[RunList]:
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
    status: RunStatus | Unset = UNSET,
    statuses: list[RunStatus] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RunList]:
    """List the project's runs, newest first.
    There is no job filter; the project comes from the API key.

    `GET /v1/runs`

    Args:
        status (RunStatus | Unset): Where a run is in its life. `completed`, `failed`,
            `timed_out`, `crashed`,
            `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
            appear; the SDK keeps unknown ones as they are.
        statuses (list[RunStatus] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    status: RunStatus | Unset = UNSET,
    statuses: list[RunStatus] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RunList:
    """List the project's runs, newest first.
    There is no job filter; the project comes from the API key.

    `GET /v1/runs`

    Args:
        status (RunStatus | Unset): Where a run is in its life. `completed`, `failed`,
            `timed_out`, `crashed`,
            `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
            appear; the SDK keeps unknown ones as they are.
        statuses (list[RunStatus] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RunList
    """

    return sync_detailed(
        client=client,
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    status: RunStatus | Unset = UNSET,
    statuses: list[RunStatus] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[RunList]:
    """List the project's runs, newest first.
    There is no job filter; the project comes from the API key.

    `GET /v1/runs`

    Args:
        status (RunStatus | Unset): Where a run is in its life. `completed`, `failed`,
            `timed_out`, `crashed`,
            `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
            appear; the SDK keeps unknown ones as they are.
        statuses (list[RunStatus] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[RunList]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    status: RunStatus | Unset = UNSET,
    statuses: list[RunStatus] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> RunList:
    """List the project's runs, newest first.
    There is no job filter; the project comes from the API key.

    `GET /v1/runs`

    Args:
        status (RunStatus | Unset): Where a run is in its life. `completed`, `failed`,
            `timed_out`, `crashed`,
            `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
            appear; the SDK keeps unknown ones as they are.
        statuses (list[RunStatus] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        RunList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            statuses=statuses,
            tag_key=tag_key,
            tag_value=tag_value,
            triggered_by=triggered_by,
            batch_id=batch_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
