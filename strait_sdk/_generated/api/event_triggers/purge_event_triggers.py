"""Delete finished event triggers older than a number of days.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.purge_event_triggers_request import PurgeEventTriggersRequest
from ...models.purge_event_triggers_result import PurgeEventTriggersResult
from ...types import Response

OPERATION = "purge_event_triggers"


def _get_kwargs(
    *,
    body: PurgeEventTriggersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/purge",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> PurgeEventTriggersResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = PurgeEventTriggersResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[PurgeEventTriggersResult]:
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
    body: PurgeEventTriggersRequest,
) -> Response[PurgeEventTriggersResult]:
    """Delete finished event triggers older than a number of days.
    Removes triggers of the API key's project and environment that finished more than
    `older_than_days` days ago, at most 10,000 per call. With `dry_run` the server only counts
    them and returns `would_delete`.

    `POST /v1/events/purge`

    Args:
        body (PurgeEventTriggersRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[PurgeEventTriggersResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: PurgeEventTriggersRequest,
) -> PurgeEventTriggersResult:
    """Delete finished event triggers older than a number of days.
    Removes triggers of the API key's project and environment that finished more than
    `older_than_days` days ago, at most 10,000 per call. With `dry_run` the server only counts
    them and returns `would_delete`.

    `POST /v1/events/purge`

    Args:
        body (PurgeEventTriggersRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        PurgeEventTriggersResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: PurgeEventTriggersRequest,
) -> Response[PurgeEventTriggersResult]:
    """Delete finished event triggers older than a number of days.
    Removes triggers of the API key's project and environment that finished more than
    `older_than_days` days ago, at most 10,000 per call. With `dry_run` the server only counts
    them and returns `would_delete`.

    `POST /v1/events/purge`

    Args:
        body (PurgeEventTriggersRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[PurgeEventTriggersResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: PurgeEventTriggersRequest,
) -> PurgeEventTriggersResult:
    """Delete finished event triggers older than a number of days.
    Removes triggers of the API key's project and environment that finished more than
    `older_than_days` days ago, at most 10,000 per call. With `dry_run` the server only counts
    them and returns `would_delete`.

    `POST /v1/events/purge`

    Args:
        body (PurgeEventTriggersRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        PurgeEventTriggersResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
