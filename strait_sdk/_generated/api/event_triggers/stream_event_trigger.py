"""Follow the status of an event trigger as server-sent events.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...types import UNSET, Response, Unset

OPERATION = "stream_event_trigger"


def _get_kwargs(
    event_key: str,
    *,
    token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events/{event_key}/stream".format(
            event_key=path_segment(event_key, "event_key"),
        ),
        "params": params,
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
    event_key: str,
    *,
    client: HTTPClientProvider,
    token: str | Unset = UNSET,
) -> Response[str]:
    """Follow the status of an event trigger as server-sent events.
    Returns `text/event-stream`. Every frame is named `status` and its data is one line of JSON.
    The first frame is the whole trigger (an `EventTrigger`). Each later frame is an
    `EventTriggerStatusChange`, sent when the trigger's status changes, such as on delivery or
    cancellation. The server closes the stream after the first frame whose status is not
    `waiting`. A trigger that has already left `waiting` gets its one frame and the stream
    closes. Lines starting with `:` are keepalive comments, sent every 15 seconds by default.
    Frames carry no `id`, and `Last-Event-ID` is not supported, so a client that reconnects gets
    the current state again. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/events/{event_key}/stream`

    Args:
        event_key (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        token=token,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    event_key: str,
    *,
    client: HTTPClientProvider,
    token: str | Unset = UNSET,
) -> str:
    """Follow the status of an event trigger as server-sent events.
    Returns `text/event-stream`. Every frame is named `status` and its data is one line of JSON.
    The first frame is the whole trigger (an `EventTrigger`). Each later frame is an
    `EventTriggerStatusChange`, sent when the trigger's status changes, such as on delivery or
    cancellation. The server closes the stream after the first frame whose status is not
    `waiting`. A trigger that has already left `waiting` gets its one frame and the stream
    closes. Lines starting with `:` are keepalive comments, sent every 15 seconds by default.
    Frames carry no `id`, and `Last-Event-ID` is not supported, so a client that reconnects gets
    the current state again. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/events/{event_key}/stream`

    Args:
        event_key (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return sync_detailed(
        event_key=event_key,
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
    token: str | Unset = UNSET,
) -> Response[str]:
    """Follow the status of an event trigger as server-sent events.
    Returns `text/event-stream`. Every frame is named `status` and its data is one line of JSON.
    The first frame is the whole trigger (an `EventTrigger`). Each later frame is an
    `EventTriggerStatusChange`, sent when the trigger's status changes, such as on delivery or
    cancellation. The server closes the stream after the first frame whose status is not
    `waiting`. A trigger that has already left `waiting` gets its one frame and the stream
    closes. Lines starting with `:` are keepalive comments, sent every 15 seconds by default.
    Frames carry no `id`, and `Last-Event-ID` is not supported, so a client that reconnects gets
    the current state again. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/events/{event_key}/stream`

    Args:
        event_key (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
    token: str | Unset = UNSET,
) -> str:
    """Follow the status of an event trigger as server-sent events.
    Returns `text/event-stream`. Every frame is named `status` and its data is one line of JSON.
    The first frame is the whole trigger (an `EventTrigger`). Each later frame is an
    `EventTriggerStatusChange`, sent when the trigger's status changes, such as on delivery or
    cancellation. The server closes the stream after the first frame whose status is not
    `waiting`. A trigger that has already left `waiting` gets its one frame and the stream
    closes. Lines starting with `:` are keepalive comments, sent every 15 seconds by default.
    Frames carry no `id`, and `Last-Event-ID` is not supported, so a client that reconnects gets
    the current state again. Browsers may authenticate with `token` instead of the
    `Authorization` header.

    `GET /v1/events/{event_key}/stream`

    Args:
        event_key (str):
        token (str | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            event_key=event_key,
            client=client,
            token=token,
        )
    ).parsed
