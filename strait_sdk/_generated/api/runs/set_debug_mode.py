"""Turn a run's debug mode on or off.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.set_debug_mode_request import SetDebugModeRequest
from ...models.status_ok import StatusOk
from ...types import Response

OPERATION = "set_debug_mode"


def _get_kwargs(
    run_id: str,
    *,
    body: SetDebugModeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/{run_id}/debug".format(
            run_id=path_segment(run_id, "run_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> StatusOk:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = StatusOk.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[StatusOk]:
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
    body: SetDebugModeRequest,
) -> Response[StatusOk]:
    """Turn a run's debug mode on or off.
    `POST /v1/runs/{run_id}/debug`

    Args:
        run_id (str):
        body (SetDebugModeRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[StatusOk]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    run_id: str,
    *,
    client: HTTPClientProvider,
    body: SetDebugModeRequest,
) -> StatusOk:
    """Turn a run's debug mode on or off.
    `POST /v1/runs/{run_id}/debug`

    Args:
        run_id (str):
        body (SetDebugModeRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        StatusOk
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SetDebugModeRequest,
) -> Response[StatusOk]:
    """Turn a run's debug mode on or off.
    `POST /v1/runs/{run_id}/debug`

    Args:
        run_id (str):
        body (SetDebugModeRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[StatusOk]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SetDebugModeRequest,
) -> StatusOk:
    """Turn a run's debug mode on or off.
    `POST /v1/runs/{run_id}/debug`

    Args:
        run_id (str):
        body (SetDebugModeRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        StatusOk
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
