"""Get an organization's runs and spend per day.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.usage_history_entry import UsageHistoryEntry
from ...types import UNSET, Response

OPERATION = "get_usage_history"


def _get_kwargs(
    *,
    org_id: str,
    from_: str,
    to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/history",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> list[UsageHistoryEntry]:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = UsageHistoryEntry.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[list[UsageHistoryEntry]]:
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
    from_: str,
    to: str,
) -> Response[list[UsageHistoryEntry]]:
    """Get an organization's runs and spend per day.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    Every day of the range has an entry, with zeros on days without runs.

    `GET /v1/usage/history`

    Args:
        org_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[UsageHistoryEntry]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
) -> list[UsageHistoryEntry]:
    """Get an organization's runs and spend per day.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    Every day of the range has an entry, with zeros on days without runs.

    `GET /v1/usage/history`

    Args:
        org_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[UsageHistoryEntry]
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
) -> Response[list[UsageHistoryEntry]]:
    """Get an organization's runs and spend per day.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    Every day of the range has an entry, with zeros on days without runs.

    `GET /v1/usage/history`

    Args:
        org_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[list[UsageHistoryEntry]]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
) -> list[UsageHistoryEntry]:
    """Get an organization's runs and spend per day.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    Every day of the range has an entry, with zeros on days without runs.

    `GET /v1/usage/history`

    Args:
        org_id (str):
        from_ (str):
        to (str):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        list[UsageHistoryEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            from_=from_,
            to=to,
        )
    ).parsed
