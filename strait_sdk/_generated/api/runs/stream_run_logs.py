"""Follow the log lines of a worker-mode run, as server-sent events.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import Response

OPERATION = "stream_run_logs"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs/{run_id}/stream/logs".format(
            run_id=path_segment(run_id, "run_id"),
        ),
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
    run_id: str,
    *,
    client: HTTPClientProvider,
) -> Response[str]:
    """Follow the log lines of a worker-mode run, as server-sent events.
    Each frame is named `log` and its `data:` line contains a RunLogFrame. Only runs executed by
    a worker produce lines, and for HTTP-mode runs the stream stays idle. Unlike the other run
    streams, a finished run is not rejected. The plan must include log streaming (403
    otherwise). Keepalive comments, the `error` frame and the rules on credentials are as
    for `stream-run`.

    `GET /v1/runs/{run_id}/stream/logs`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
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
) -> str:
    """Follow the log lines of a worker-mode run, as server-sent events.
    Each frame is named `log` and its `data:` line contains a RunLogFrame. Only runs executed by
    a worker produce lines, and for HTTP-mode runs the stream stays idle. Unlike the other run
    streams, a finished run is not rejected. The plan must include log streaming (403
    otherwise). Keepalive comments, the `error` frame and the rules on credentials are as
    for `stream-run`.

    `GET /v1/runs/{run_id}/stream/logs`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AsyncHTTPClientProvider,
) -> Response[str]:
    """Follow the log lines of a worker-mode run, as server-sent events.
    Each frame is named `log` and its `data:` line contains a RunLogFrame. Only runs executed by
    a worker produce lines, and for HTTP-mode runs the stream stays idle. Unlike the other run
    streams, a finished run is not rejected. The plan must include log streaming (403
    otherwise). Keepalive comments, the `error` frame and the rules on credentials are as
    for `stream-run`.

    `GET /v1/runs/{run_id}/stream/logs`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
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
) -> str:
    """Follow the log lines of a worker-mode run, as server-sent events.
    Each frame is named `log` and its `data:` line contains a RunLogFrame. Only runs executed by
    a worker produce lines, and for HTTP-mode runs the stream stays idle. Unlike the other run
    streams, a finished run is not rejected. The plan must include log streaming (403
    otherwise). Keepalive comments, the `error` frame and the rules on credentials are as
    for `stream-run`.

    `GET /v1/runs/{run_id}/stream/logs`

    Args:
        run_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
