"""Count event waits created, received and timed out per hour or per day.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.analytics_bucket import AnalyticsBucket
from ...models.event_volume_bucket import EventVolumeBucket
from ...types import UNSET, Response, Unset

OPERATION = "get_event_volume"


def _get_kwargs(
    *,
    from_: str,
    to: str,
    bucket: AnalyticsBucket | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = AnalyticsBucket(bucket).value

    params["bucket"] = json_bucket

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/events/volume",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[EventVolumeBucket]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = EventVolumeBucket.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[EventVolumeBucket]]:
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
    bucket: AnalyticsBucket | Unset = UNSET,
) -> Response[list[EventVolumeBucket]]:
    """Count event waits created, received and timed out per hour or per day.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/volume`

    Args:
        from_ (str):
        to (str):
        bucket (AnalyticsBucket | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[EventVolumeBucket]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        bucket=bucket,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    from_: str,
    to: str,
    bucket: AnalyticsBucket | Unset = UNSET,
) -> list[EventVolumeBucket]:
    """Count event waits created, received and timed out per hour or per day.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/volume`

    Args:
        from_ (str):
        to (str):
        bucket (AnalyticsBucket | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[EventVolumeBucket]
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        bucket=bucket,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
    bucket: AnalyticsBucket | Unset = UNSET,
) -> Response[list[EventVolumeBucket]]:
    """Count event waits created, received and timed out per hour or per day.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/volume`

    Args:
        from_ (str):
        to (str):
        bucket (AnalyticsBucket | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[EventVolumeBucket]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        bucket=bucket,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    from_: str,
    to: str,
    bucket: AnalyticsBucket | Unset = UNSET,
) -> list[EventVolumeBucket]:
    """Count event waits created, received and timed out per hour or per day.
    Only Strait Cloud serves this route. The community edition returns 402 with the flat
    `CloudEditionRequired` body instead of the error envelope.

    `GET /v1/analytics/events/volume`

    Args:
        from_ (str):
        to (str):
        bucket (AnalyticsBucket | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[EventVolumeBucket]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            bucket=bucket,
        )
    ).parsed
