"""Change some fields of an event source.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.update_event_source_request import UpdateEventSourceRequest
from ...types import Response

OPERATION = "update_event_source"


def _get_kwargs(
    source_id: str,
    *,
    body: UpdateEventSourceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/event-sources/{source_id}".format(
            source_id=path_segment(source_id, "source_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    source_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateEventSourceRequest,
) -> Response[None]:
    """Change some fields of an event source.
    Fields left out keep their values; a request without any field returns 400. An empty
    `signature_secret` removes the stored secret.

    `PATCH /v1/event-sources/{source_id}`

    Args:
        source_id (str):
        body (UpdateEventSourceRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    source_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateEventSourceRequest,
) -> None:
    """Change some fields of an event source.
    Fields left out keep their values; a request without any field returns 400. An empty
    `signature_secret` removes the stored secret.

    `PATCH /v1/event-sources/{source_id}`

    Args:
        source_id (str):
        body (UpdateEventSourceRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return sync_detailed(
        source_id=source_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateEventSourceRequest,
) -> Response[None]:
    """Change some fields of an event source.
    Fields left out keep their values; a request without any field returns 400. An empty
    `signature_secret` removes the stored secret.

    `PATCH /v1/event-sources/{source_id}`

    Args:
        source_id (str):
        body (UpdateEventSourceRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[None]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    source_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateEventSourceRequest,
) -> None:
    """Change some fields of an event source.
    Fields left out keep their values; a request without any field returns 400. An empty
    `signature_secret` removes the stored secret.

    `PATCH /v1/event-sources/{source_id}`

    Args:
        source_id (str):
        body (UpdateEventSourceRequest): Every field is optional; fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            client=client,
            body=body,
        )
    ).parsed
