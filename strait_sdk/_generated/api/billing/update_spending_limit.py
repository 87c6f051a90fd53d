"""Set an organization's spending limit and what happens when spend reaches it.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.billing_update_result import BillingUpdateResult
from ...models.update_spending_limit_request import UpdateSpendingLimitRequest
from ...types import UNSET, Response

OPERATION = "update_spending_limit"


def _get_kwargs(
    *,
    body: UpdateSpendingLimitRequest,
    org_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/spending-limit",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> BillingUpdateResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = BillingUpdateResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[BillingUpdateResult]:
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
    body: UpdateSpendingLimitRequest,
    org_id: str,
) -> Response[BillingUpdateResult]:
    """Set an organization's spending limit and what happens when spend reaches it.
    Changes the organization named by `org_id`. API keys must be scoped to that organization: a
    key of a single project gets 403. Servers without a billing backend answer 501.
    The Free plan has no spending limit, and each plan caps the limit; both answer 400.

    `PUT /v1/spending-limit`

    Args:
        org_id (str):
        body (UpdateSpendingLimitRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BillingUpdateResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        org_id=org_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: UpdateSpendingLimitRequest,
    org_id: str,
) -> BillingUpdateResult:
    """Set an organization's spending limit and what happens when spend reaches it.
    Changes the organization named by `org_id`. API keys must be scoped to that organization: a
    key of a single project gets 403. Servers without a billing backend answer 501.
    The Free plan has no spending limit, and each plan caps the limit; both answer 400.

    `PUT /v1/spending-limit`

    Args:
        org_id (str):
        body (UpdateSpendingLimitRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BillingUpdateResult
    """

    return sync_detailed(
        client=client,
        body=body,
        org_id=org_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateSpendingLimitRequest,
    org_id: str,
) -> Response[BillingUpdateResult]:
    """Set an organization's spending limit and what happens when spend reaches it.
    Changes the organization named by `org_id`. API keys must be scoped to that organization: a
    key of a single project gets 403. Servers without a billing backend answer 501.
    The Free plan has no spending limit, and each plan caps the limit; both answer 400.

    `PUT /v1/spending-limit`

    Args:
        org_id (str):
        body (UpdateSpendingLimitRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[BillingUpdateResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: UpdateSpendingLimitRequest,
    org_id: str,
) -> BillingUpdateResult:
    """Set an organization's spending limit and what happens when spend reaches it.
    Changes the organization named by `org_id`. API keys must be scoped to that organization: a
    key of a single project gets 403. Servers without a billing backend answer 501.
    The Free plan has no spending limit, and each plan caps the limit; both answer 400.

    `PUT /v1/spending-limit`

    Args:
        org_id (str):
        body (UpdateSpendingLimitRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        BillingUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            org_id=org_id,
        )
    ).parsed
