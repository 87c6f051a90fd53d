"""Mint a short-lived token for server-sent-event streams opened by a browser.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.sse_token import SseToken
from ...types import Response

OPERATION = "create_sse_token"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sse-token",
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> SseToken:
    if response.status_code == 201:
        errors.check_json_content_type(response)
        try:
            response_201 = SseToken.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_201

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[SseToken]:
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
) -> Response[SseToken]:
    """Mint a short-lived token for server-sent-event streams opened by a browser.
    The token is a JWT valid for 5 minutes that carries the caller's project, environment and
    scopes. Pass it as the `token` query parameter of `GET /v1/events/{eventKey}/stream` or
    `GET /v1/projects/{projectID}/activity/stream`, so that the API key stays out of URLs. The
    run streams under `/v1/runs/{runID}/stream` do not accept it. The request has no body.
    Needs the `runs:read` scope.

    `POST /v1/sse-token`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[SseToken]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
) -> SseToken:
    """Mint a short-lived token for server-sent-event streams opened by a browser.
    The token is a JWT valid for 5 minutes that carries the caller's project, environment and
    scopes. Pass it as the `token` query parameter of `GET /v1/events/{eventKey}/stream` or
    `GET /v1/projects/{projectID}/activity/stream`, so that the API key stays out of URLs. The
    run streams under `/v1/runs/{runID}/stream` do not accept it. The request has no body.
    Needs the `runs:read` scope.

    `POST /v1/sse-token`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        SseToken
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
) -> Response[SseToken]:
    """Mint a short-lived token for server-sent-event streams opened by a browser.
    The token is a JWT valid for 5 minutes that carries the caller's project, environment and
    scopes. Pass it as the `token` query parameter of `GET /v1/events/{eventKey}/stream` or
    `GET /v1/projects/{projectID}/activity/stream`, so that the API key stays out of URLs. The
    run streams under `/v1/runs/{runID}/stream` do not accept it. The request has no body.
    Needs the `runs:read` scope.

    `POST /v1/sse-token`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[SseToken]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
) -> SseToken:
    """Mint a short-lived token for server-sent-event streams opened by a browser.
    The token is a JWT valid for 5 minutes that carries the caller's project, environment and
    scopes. Pass it as the `token` query parameter of `GET /v1/events/{eventKey}/stream` or
    `GET /v1/projects/{projectID}/activity/stream`, so that the API key stays out of URLs. The
    run streams under `/v1/runs/{runID}/stream` do not accept it. The request has no body.
    Needs the `runs:read` scope.

    `POST /v1/sse-token`

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        SseToken
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
