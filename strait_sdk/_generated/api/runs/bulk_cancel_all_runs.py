"""Cancel the project's runs that match a filter and have not started.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.bulk_cancel_all_request import BulkCancelAllRequest
from ...models.bulk_cancel_all_result import BulkCancelAllResult
from ...types import Response

OPERATION = "bulk_cancel_all_runs"


def _get_kwargs(
    *,
    body: BulkCancelAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/runs/bulk-cancel-all",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BulkCancelAllResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BulkCancelAllResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BulkCancelAllResult]:
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
    body: BulkCancelAllRequest,
) -> Response[BulkCancelAllResult]:
    """Cancel the project's runs that match a filter and have not started.
    Only runs in `delayed` or `queued` that never started are canceled, at most 10,000 per
    request, so call again while `canceled` is 10,000. At least one filter is required (400
    otherwise). A key bound to an environment must give `job_id`, naming a job of its
    environment (403 otherwise).

    `POST /v1/runs/bulk-cancel-all`

    Args:
        body (BulkCancelAllRequest): The filters are combined, and at least one is required.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelAllResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: BulkCancelAllRequest,
) -> BulkCancelAllResult:
    """Cancel the project's runs that match a filter and have not started.
    Only runs in `delayed` or `queued` that never started are canceled, at most 10,000 per
    request, so call again while `canceled` is 10,000. At least one filter is required (400
    otherwise). A key bound to an environment must give `job_id`, naming a job of its
    environment (403 otherwise).

    `POST /v1/runs/bulk-cancel-all`

    Args:
        body (BulkCancelAllRequest): The filters are combined, and at least one is required.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelAllResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelAllRequest,
) -> Response[BulkCancelAllResult]:
    """Cancel the project's runs that match a filter and have not started.
    Only runs in `delayed` or `queued` that never started are canceled, at most 10,000 per
    request, so call again while `canceled` is 10,000. At least one filter is required (400
    otherwise). A key bound to an environment must give `job_id`, naming a job of its
    environment (403 otherwise).

    `POST /v1/runs/bulk-cancel-all`

    Args:
        body (BulkCancelAllRequest): The filters are combined, and at least one is required.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BulkCancelAllResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: BulkCancelAllRequest,
) -> BulkCancelAllResult:
    """Cancel the project's runs that match a filter and have not started.
    Only runs in `delayed` or `queued` that never started are canceled, at most 10,000 per
    request, so call again while `canceled` is 10,000. At least one filter is required (400
    otherwise). A key bound to an environment must give `job_id`, naming a job of its
    environment (403 otherwise).

    `POST /v1/runs/bulk-cancel-all`

    Args:
        body (BulkCancelAllRequest): The filters are combined, and at least one is required.

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BulkCancelAllResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
