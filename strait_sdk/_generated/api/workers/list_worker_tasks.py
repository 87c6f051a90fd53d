"""List the tasks assigned to a worker.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.worker_task_page import WorkerTaskPage
from ...types import UNSET, Response, Unset

OPERATION = "list_worker_tasks"


def _get_kwargs(
    worker_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workers/{worker_id}/tasks".format(
            worker_id=path_segment(worker_id, "worker_id"),
        ),
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkerTaskPage:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkerTaskPage.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkerTaskPage]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    worker_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[WorkerTaskPage]:
    """List the tasks assigned to a worker.
    Pages by offset, like `list-workers`.

    `GET /v1/workers/{worker_id}/tasks`

    Args:
        worker_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkerTaskPage]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    worker_id: str,
    *,
    client: HTTPClientProvider,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> WorkerTaskPage:
    """List the tasks assigned to a worker.
    Pages by offset, like `list-workers`.

    `GET /v1/workers/{worker_id}/tasks`

    Args:
        worker_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkerTaskPage
    """

    return sync_detailed(
        worker_id=worker_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    worker_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[WorkerTaskPage]:
    """List the tasks assigned to a worker.
    Pages by offset, like `list-workers`.

    `GET /v1/workers/{worker_id}/tasks`

    Args:
        worker_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkerTaskPage]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    worker_id: str,
    *,
    client: AsyncHTTPClientProvider,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> WorkerTaskPage:
    """List the tasks assigned to a worker.
    Pages by offset, like `list-workers`.

    `GET /v1/workers/{worker_id}/tasks`

    Args:
        worker_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkerTaskPage
    """

    return (
        await asyncio_detailed(
            worker_id=worker_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
