"""Remove one memory entry of the run's job.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import Response

OPERATION = "sdk_delete_memory"


def _get_kwargs(
    run_id: str,
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sdk/v1/runs/{run_id}/memory/{key}".format(
            run_id=path_segment(run_id, "run_id"),
            key=path_segment(key, "key"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[None]:
    _parse_response(response=response)
    parsed = None
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    run_id: str,
    key: str,
    *,
    client: HTTPClientProvider,
) -> Response[None]:
    """Remove one memory entry of the run's job.
    `DELETE /sdk/v1/runs/{run_id}/memory/{key}`

    Args:
        run_id (str):
        key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        key=key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    key: str,
    *,
    client: HTTPClientProvider,
) -> None:
    """Remove one memory entry of the run's job.
    `DELETE /sdk/v1/runs/{run_id}/memory/{key}`

    Args:
        run_id (str):
        key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return sync_detailed(
        run_id=run_id,
        key=key,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    key: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[None]:
    """Remove one memory entry of the run's job.
    `DELETE /sdk/v1/runs/{run_id}/memory/{key}`

    Args:
        run_id (str):
        key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    key: str,
    *,
    client: AsyncHTTPClientProvider,
) -> None:
    """Remove one memory entry of the run's job.
    `DELETE /sdk/v1/runs/{run_id}/memory/{key}`

    Args:
        run_id (str):
        key (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            key=key,
            client=client,
        )
    ).parsed
