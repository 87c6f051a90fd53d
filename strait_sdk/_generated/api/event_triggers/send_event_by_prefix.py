"""Deliver one payload to every waiting trigger whose key starts with a prefix.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.send_event_by_prefix_result import SendEventByPrefixResult
from ...models.send_event_request import SendEventRequest
from ...types import UNSET, Response, Unset

OPERATION = "send_event_by_prefix"


def _get_kwargs(
    prefix: str,
    *,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/prefix/{prefix}/send".format(
            prefix=path_segment(prefix, "prefix"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> SendEventByPrefixResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = SendEventByPrefixResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[SendEventByPrefixResult]:
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
    prefix: str,
    *,
    client: HTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[SendEventByPrefixResult]:
    """Deliver one payload to every waiting trigger whose key starts with a prefix.
    Only waiting triggers of the API key's project and environment that the key may send to are
    resolved; the others keep waiting. Each resolved trigger then behaves as after `send-event`.
    The per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/prefix/{prefix}/send`

    Args:
        prefix (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[SendEventByPrefixResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    prefix: str,
    *,
    client: HTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> SendEventByPrefixResult:
    """Deliver one payload to every waiting trigger whose key starts with a prefix.
    Only waiting triggers of the API key's project and environment that the key may send to are
    resolved; the others keep waiting. Each resolved trigger then behaves as after `send-event`.
    The per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/prefix/{prefix}/send`

    Args:
        prefix (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        SendEventByPrefixResult
    """

    return sync_detailed(
        prefix=prefix,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    prefix: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[SendEventByPrefixResult]:
    """Deliver one payload to every waiting trigger whose key starts with a prefix.
    Only waiting triggers of the API key's project and environment that the key may send to are
    resolved; the others keep waiting. Each resolved trigger then behaves as after `send-event`.
    The per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/prefix/{prefix}/send`

    Args:
        prefix (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[SendEventByPrefixResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        prefix=prefix,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    prefix: str,
    *,
    client: AsyncHTTPClientProvider,
    body: SendEventRequest,
    idempotency_key: str | Unset = UNSET,
) -> SendEventByPrefixResult:
    """Deliver one payload to every waiting trigger whose key starts with a prefix.
    Only waiting triggers of the API key's project and environment that the key may send to are
    resolved; the others keep waiting. Each resolved trigger then behaves as after `send-event`.
    The per-IP trigger limit applies (10 requests a minute by default).

    `POST /v1/events/prefix/{prefix}/send`

    Args:
        prefix (str):
        idempotency_key (str | Unset):
        body (SendEventRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        SendEventByPrefixResult
    """

    return (
        await asyncio_detailed(
            prefix=prefix,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
