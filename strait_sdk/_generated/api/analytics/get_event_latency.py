"""Get latency percentiles of event waits.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.event_latency_stats import EventLatencyStats
from ...types import UNSET, Response

OPERATION = "get_event_latency"


def _get_kwargs(
    *,
    from_: str,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/events/latency",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> EventLatencyStats:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = EventLatencyStats.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EventLatencyStats]:
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
    from_: str,
    to: str,
) -> Response[EventLatencyStats]:
    """Get latency percentiles of event waits.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/latency`

    Args:
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventLatencyStats]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    from_: str,
    to: str,
) -> EventLatencyStats:
    """Get latency percentiles of event waits.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/latency`

    Args:
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventLatencyStats
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
) -> Response[EventLatencyStats]:
    """Get latency percentiles of event waits.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/latency`

    Args:
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EventLatencyStats]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
) -> EventLatencyStats:
    """Get latency percentiles of event waits.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/latency`

    Args:
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EventLatencyStats
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
