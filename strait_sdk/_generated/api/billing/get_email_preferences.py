"""Get whether an organization receives the monthly usage email.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.email_preferences import EmailPreferences
from ...types import UNSET, Response

OPERATION = "get_email_preferences"


def _get_kwargs(
    *,
    org_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/email-preferences",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> EmailPreferences:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = EmailPreferences.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[EmailPreferences]:
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
) -> Response[EmailPreferences]:
    """Get whether an organization receives the monthly usage email.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend report the email as on.

    `GET /v1/usage/email-preferences`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EmailPreferences]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    org_id: str,
) -> EmailPreferences:
    """Get whether an organization receives the monthly usage email.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend report the email as on.

    `GET /v1/usage/email-preferences`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EmailPreferences
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
) -> Response[EmailPreferences]:
    """Get whether an organization receives the monthly usage email.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend report the email as on.

    `GET /v1/usage/email-preferences`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[EmailPreferences]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
) -> EmailPreferences:
    """Get whether an organization receives the monthly usage email.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend report the email as on.

    `GET /v1/usage/email-preferences`

    Args:
        org_id (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        EmailPreferences
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
        )
    ).parsed
