"""List the resource snapshots a run reported.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

import datetime
from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.resource_snapshot import ResourceSnapshot
from ...types import UNSET, Response, Unset

OPERATION = "list_run_resources"


def _get_kwargs(
    run_id: str,
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{run_id}/resources".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[ResourceSnapshot]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = ResourceSnapshot.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[ResourceSnapshot]]:
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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[ResourceSnapshot]]:
    """List the resource snapshots a run reported.
    Returns a plain array, not a page, whose length `limit` caps.

    `GET /v1/runs/{run_id}/resources`

    Args:
        run_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[ResourceSnapshot]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[ResourceSnapshot]:
    """List the resource snapshots a run reported.
    Returns a plain array, not a page, whose length `limit` caps.

    `GET /v1/runs/{run_id}/resources`

    Args:
        run_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[ResourceSnapshot]
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        from_=from_,
        to=to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[ResourceSnapshot]]:
    """List the resource snapshots a run reported.
    Returns a plain array, not a page, whose length `limit` caps.

    `GET /v1/runs/{run_id}/resources`

    Args:
        run_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[ResourceSnapshot]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        from_=from_,
        to=to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[ResourceSnapshot]:
    """List the resource snapshots a run reported.
    Returns a plain array, not a page, whose length `limit` caps.

    `GET /v1/runs/{run_id}/resources`

    Args:
        run_id (str):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        limit (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[ResourceSnapshot]
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            from_=from_,
            to=to,
            limit=limit,
        )
    ).parsed
