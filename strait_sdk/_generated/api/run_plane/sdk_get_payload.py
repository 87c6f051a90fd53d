"""Read the payload the run was triggered with.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import Response

OPERATION = "sdk_get_payload"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sdk/v1/runs/{run_id}/payload".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> Any:
    if response.status_code == 200:
        if not response.content:
            return None
        errors.check_json_content_type(response)
        try:
            return response.json()
        except ValueError as exc:
            raise errors.invalid_response_body(response, exc) from exc

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Read the payload the run was triggered with.
    Returns the stored payload verbatim. A run triggered without a payload has `{}`. A run
    whose stored payload is empty returns an empty body, which the SDK returns as `None`.

    `GET /sdk/v1/runs/{run_id}/payload`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Any]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
) -> Any:
    """Read the payload the run was triggered with.
    Returns the stored payload verbatim. A run triggered without a payload has `{}`. A run
    whose stored payload is empty returns an empty body, which the SDK returns as `None`.

    `GET /sdk/v1/runs/{run_id}/payload`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Any
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[Any]:
    """Read the payload the run was triggered with.
    Returns the stored payload verbatim. A run triggered without a payload has `{}`. A run
    whose stored payload is empty returns an empty body, which the SDK returns as `None`.

    `GET /sdk/v1/runs/{run_id}/payload`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[Any]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Any:
    """Read the payload the run was triggered with.
    Returns the stored payload verbatim. A run triggered without a payload has `{}`. A run
    whose stored payload is empty returns an empty body, which the SDK returns as `None`.

    `GET /sdk/v1/runs/{run_id}/payload`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
