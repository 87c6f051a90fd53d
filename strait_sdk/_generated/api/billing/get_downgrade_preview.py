"""Show which resources exceed the limits of a lower plan.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.downgrade_impact import DowngradeImpact
from ...models.plan_tier import PlanTier
from ...types import UNSET, Response

OPERATION = "get_downgrade_preview"


def _get_kwargs(
    *,
    org_id: str,
    target_tier: PlanTier,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    json_target_tier = PlanTier(target_tier).value
    params["target_tier"] = json_target_tier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/downgrade-preview",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> DowngradeImpact:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = DowngradeImpact.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[DowngradeImpact]:
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
    org_id: str,
    target_tier: PlanTier,
) -> Response[DowngradeImpact]:
    """Show which resources exceed the limits of a lower plan.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.

    `GET /v1/downgrade-preview`

    Args:
        org_id (str):
        target_tier (PlanTier):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DowngradeImpact]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        target_tier=target_tier,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    org_id: str,
    target_tier: PlanTier,
) -> DowngradeImpact:
    """Show which resources exceed the limits of a lower plan.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.

    `GET /v1/downgrade-preview`

    Args:
        org_id (str):
        target_tier (PlanTier):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DowngradeImpact
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        target_tier=target_tier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    target_tier: PlanTier,
) -> Response[DowngradeImpact]:
    """Show which resources exceed the limits of a lower plan.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.

    `GET /v1/downgrade-preview`

    Args:
        org_id (str):
        target_tier (PlanTier):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[DowngradeImpact]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        target_tier=target_tier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    target_tier: PlanTier,
) -> DowngradeImpact:
    """Show which resources exceed the limits of a lower plan.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.

    `GET /v1/downgrade-preview`

    Args:
        org_id (str):
        target_tier (PlanTier):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        DowngradeImpact
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            target_tier=target_tier,
        )
    ).parsed
