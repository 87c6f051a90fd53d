"""Check whether a user may create another organization on a plan.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.org_limit_check import OrgLimitCheck
from ...models.plan_tier import PlanTier
from ...types import UNSET, Response, Unset

OPERATION = "check_org_limit"


def _get_kwargs(
    *,
    user_id: str,
    plan_tier: PlanTier | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    json_plan_tier: str | Unset = UNSET
    if not isinstance(plan_tier, Unset):
        json_plan_tier = PlanTier(plan_tier).value

    params["plan_tier"] = json_plan_tier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/check-org-limit",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> OrgLimitCheck:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = OrgLimitCheck.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[OrgLimitCheck]:
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
    user_id: str,
    plan_tier: PlanTier | Unset = UNSET,
) -> Response[OrgLimitCheck]:
    """Check whether a user may create another organization on a plan.
    Meant for Strait's own services: API keys always get 403. Returns 402 with the quota body
    when the user already has as many organizations as the plan allows.

    `GET /v1/billing/check-org-limit`

    Args:
        user_id (str):
        plan_tier (PlanTier | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OrgLimitCheck]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        plan_tier=plan_tier,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    user_id: str,
    plan_tier: PlanTier | Unset = UNSET,
) -> OrgLimitCheck:
    """Check whether a user may create another organization on a plan.
    Meant for Strait's own services: API keys always get 403. Returns 402 with the quota body
    when the user already has as many organizations as the plan allows.

    `GET /v1/billing/check-org-limit`

    Args:
        user_id (str):
        plan_tier (PlanTier | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OrgLimitCheck
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        plan_tier=plan_tier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    user_id: str,
    plan_tier: PlanTier | Unset = UNSET,
) -> Response[OrgLimitCheck]:
    """Check whether a user may create another organization on a plan.
    Meant for Strait's own services: API keys always get 403. Returns 402 with the quota body
    when the user already has as many organizations as the plan allows.

    `GET /v1/billing/check-org-limit`

    Args:
        user_id (str):
        plan_tier (PlanTier | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[OrgLimitCheck]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        plan_tier=plan_tier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    user_id: str,
    plan_tier: PlanTier | Unset = UNSET,
) -> OrgLimitCheck:
    """Check whether a user may create another organization on a plan.
    Meant for Strait's own services: API keys always get 403. Returns 402 with the quota body
    when the user already has as many organizations as the plan allows.

    `GET /v1/billing/check-org-limit`

    Args:
        user_id (str):
        plan_tier (PlanTier | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        OrgLimitCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            plan_tier=plan_tier,
        )
    ).parsed
