"""Get run throughput, the slowest jobs and a health summary for the last hours.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.performance_analytics import PerformanceAnalytics
from ...types import UNSET, Response, Unset

OPERATION = "get_performance_analytics"


def _get_kwargs(
    *,
    period_hours: int | Unset = 24,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period_hours"] = period_hours

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/performance",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> PerformanceAnalytics:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = PerformanceAnalytics.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[PerformanceAnalytics]:
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
    period_hours: int | Unset = 24,
) -> Response[PerformanceAnalytics]:
    """Get run throughput, the slowest jobs and a health summary for the last hours.
    Covers the `period_hours` before now. Returns 503 when the server has no analytics store.

    `GET /v1/analytics/performance`

    Args:
        period_hours (int | Unset):  Default: 24.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[PerformanceAnalytics]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        period_hours=period_hours,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    period_hours: int | Unset = 24,
) -> PerformanceAnalytics:
    """Get run throughput, the slowest jobs and a health summary for the last hours.
    Covers the `period_hours` before now. Returns 503 when the server has no analytics store.

    `GET /v1/analytics/performance`

    Args:
        period_hours (int | Unset):  Default: 24.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        PerformanceAnalytics
    """

    return sync_detailed(
        client=client,
        period_hours=period_hours,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    period_hours: int | Unset = 24,
) -> Response[PerformanceAnalytics]:
    """Get run throughput, the slowest jobs and a health summary for the last hours.
    Covers the `period_hours` before now. Returns 503 when the server has no analytics store.

    `GET /v1/analytics/performance`

    Args:
        period_hours (int | Unset):  Default: 24.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[PerformanceAnalytics]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        period_hours=period_hours,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    period_hours: int | Unset = 24,
) -> PerformanceAnalytics:
    """Get run throughput, the slowest jobs and a health summary for the last hours.
    Covers the `period_hours` before now. Returns 503 when the server has no analytics store.

    `GET /v1/analytics/performance`

    Args:
        period_hours (int | Unset):  Default: 24.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        PerformanceAnalytics
    """

    return (
        await asyncio_detailed(
            client=client,
            period_hours=period_hours,
        )
    ).parsed
