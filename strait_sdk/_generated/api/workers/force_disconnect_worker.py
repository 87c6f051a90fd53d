"""Force a worker to disconnect.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.worker_disconnected import WorkerDisconnected
from ...types import Response

OPERATION = "force_disconnect_worker"


def _get_kwargs(
    worker_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workers/{worker_id}".format(
            worker_id=path_segment(worker_id, "worker_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> WorkerDisconnected:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = WorkerDisconnected.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[WorkerDisconnected]:
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
) -> Response[WorkerDisconnected]:
    """Force a worker to disconnect.
    The server signals the replica that contains the worker's connection and waits up to 5
    seconds (a server setting) for it to confirm. Without that confirmation it returns 503
    with the message `worker_disconnect_pending` and a `Retry-After` header. It also returns
    503 when the signalling service is not configured or fails.

    `DELETE /v1/workers/{worker_id}`

    Args:
        worker_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkerDisconnected]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    worker_id: str,
    *,
    client: HTTPClientProvider,
) -> WorkerDisconnected:
    """Force a worker to disconnect.
    The server signals the replica that contains the worker's connection and waits up to 5
    seconds (a server setting) for it to confirm. Without that confirmation it returns 503
    with the message `worker_disconnect_pending` and a `Retry-After` header. It also returns
    503 when the signalling service is not configured or fails.

    `DELETE /v1/workers/{worker_id}`

    Args:
        worker_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkerDisconnected
    """

    return sync_detailed(
        worker_id=worker_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    worker_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[WorkerDisconnected]:
    """Force a worker to disconnect.
    The server signals the replica that contains the worker's connection and waits up to 5
    seconds (a server setting) for it to confirm. Without that confirmation it returns 503
    with the message `worker_disconnect_pending` and a `Retry-After` header. It also returns
    503 when the signalling service is not configured or fails.

    `DELETE /v1/workers/{worker_id}`

    Args:
        worker_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[WorkerDisconnected]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        worker_id=worker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    worker_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> WorkerDisconnected:
    """Force a worker to disconnect.
    The server signals the replica that contains the worker's connection and waits up to 5
    seconds (a server setting) for it to confirm. Without that confirmation it returns 503
    with the message `worker_disconnect_pending` and a `Retry-After` header. It also returns
    503 when the signalling service is not configured or fails.

    `DELETE /v1/workers/{worker_id}`

    Args:
        worker_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        WorkerDisconnected
    """

    return (
        await asyncio_detailed(
            worker_id=worker_id,
            client=client,
        )
    ).parsed
