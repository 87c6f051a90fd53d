"""Deliver an event to the trigger that waits for it.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_trigger import EventTrigger
from ...models.send_event_request import SendEventRequest
from ...types import UNSET, Response, Unset

OPERATION = "send_event"


def _get_kwargs(
    event_key: str,
    *,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_key}/send".format(
            event_key=path_segment(event_key, "event_key"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> EventTrigger:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = EventTrigger.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EventTrigger]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
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
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventTrigger]:
    """Deliver an event to the trigger that waits for it.
    Moves the trigger to `received`. A job run that waits on it goes back to `queued` with the
    payload stored as a checkpoint whose source is `event_trigger`, and is dispatched again.
    Sending the same payload again returns 200; a different payload gives 409.

    `POST /v1/events/{event_key}/send`

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTrigger]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    event_key: str,
    *,
    client: HTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> EventTrigger:
    """Deliver an event to the trigger that waits for it.
    Moves the trigger to `received`. A job run that waits on it goes back to `queued` with the
    payload stored as a checkpoint whose source is `event_trigger`, and is dispatched again.
    Sending the same payload again returns 200; a different payload gives 409.

    `POST /v1/events/{event_key}/send`

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTrigger
    """

    return sync_detailed(
        event_key=event_key,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[EventTrigger]:
    """Deliver an event to the trigger that waits for it.
    Moves the trigger to `received`. A job run that waits on it goes back to `queued` with the
    payload stored as a checkpoint whose source is `event_trigger`, and is dispatched again.
    Sending the same payload again returns 200; a different payload gives 409.

    `POST /v1/events/{event_key}/send`

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventTrigger]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    event_key: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> EventTrigger:
    """Deliver an event to the trigger that waits for it.
    Moves the trigger to `received`. A job run that waits on it goes back to `queued` with the
    payload stored as a checkpoint whose source is `event_trigger`, and is dispatched again.
    Sending the same payload again returns 200; a different payload gives 409.

    `POST /v1/events/{event_key}/send`

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventTrigger
    """

    return (
        await asyncio_detailed(
            event_key=event_key,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
