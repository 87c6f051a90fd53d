"""Change some fields of a log drain.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._paths import path_segment
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.log_drain import LogDrain
from ...models.update_log_drain_request import UpdateLogDrainRequest
from ...types import Response

OPERATION = "update_log_drain"


def _get_kwargs(
    drain_id: str,
    *,
    body: UpdateLogDrainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/log-drains/{drain_id}".format(
            drain_id=path_segment(drain_id, "drain_id"),
        ),
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> LogDrain:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = LogDrain.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[LogDrain]:
    parsed = _parse_response(response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    drain_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateLogDrainRequest,
) -> Response[LogDrain]:
    """Change some fields of a log drain.
    Fields that are absent keep their values, and a body without any field gives 400. The drain
    type cannot be changed.

    `PATCH /v1/log-drains/{drain_id}`

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[LogDrain]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        drain_id=drain_id,
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    drain_id: str,
    *,
    client: HTTPClientProvider,
    body: UpdateLogDrainRequest,
) -> LogDrain:
    """Change some fields of a log drain.
    Fields that are absent keep their values, and a body without any field gives 400. The drain
    type cannot be changed.

    `PATCH /v1/log-drains/{drain_id}`

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        LogDrain
    """

    return sync_detailed(
        drain_id=drain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    drain_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateLogDrainRequest,
) -> Response[LogDrain]:
    """Change some fields of a log drain.
    Fields that are absent keep their values, and a body without any field gives 400. The drain
    type cannot be changed.

    `PATCH /v1/log-drains/{drain_id}`

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[LogDrain]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        drain_id=drain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    drain_id: str,
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateLogDrainRequest,
) -> LogDrain:
    """Change some fields of a log drain.
    Fields that are absent keep their values, and a body without any field gives 400. The drain
    type cannot be changed.

    `PATCH /v1/log-drains/{drain_id}`

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest): Every field is optional, and fields left out keep their
            values.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        LogDrain
    """

    return (
        await asyncio_detailed(
            drain_id=drain_id,
            client=client,
            body=body,
        )
    ).parsed
