"""Download an organization's usage as a CSV or PDF file.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.usage_export_format import UsageExportFormat
from ...types import UNSET, Response, Unset

OPERATION = "export_usage"


def _get_kwargs(
    *,
    org_id: str,
    from_: str,
    to: str,
    format_: UsageExportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params["from"] = from_

    params["to"] = to

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = UsageExportFormat(format_).value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/usage/export",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> str:
    if response.status_code == 200:
        try:
            response_200 = response.text
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[str]:
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
    format_: UsageExportFormat | Unset = UNSET,
) -> Response[str]:
    """Download an organization's usage as a CSV or PDF file.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    The body is the file itself, sent as an attachment. The server returns 406 to an `Accept`
    header that allows only `application/pdf`, so send `*/*` when asking for a PDF. Ranges too
    large to export answer 413.

    `GET /v1/usage/export`

    Args:
        org_id (str):
        from_ (str):
        to (str):
        format_ (UsageExportFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
    format_: UsageExportFormat | Unset = UNSET,
) -> str:
    """Download an organization's usage as a CSV or PDF file.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    The body is the file itself, sent as an attachment. The server returns 406 to an `Accept`
    header that allows only `application/pdf`, so send `*/*` when asking for a PDF. Ranges too
    large to export answer 413.

    `GET /v1/usage/export`

    Args:
        org_id (str):
        from_ (str):
        to (str):
        format_ (UsageExportFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        org_id=org_id,
        from_=from_,
        to=to,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
    format_: UsageExportFormat | Unset = UNSET,
) -> Response[str]:
    """Download an organization's usage as a CSV or PDF file.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    The body is the file itself, sent as an attachment. The server returns 406 to an `Accept`
    header that allows only `application/pdf`, so send `*/*` when asking for a PDF. Ranges too
    large to export answer 413.

    `GET /v1/usage/export`

    Args:
        org_id (str):
        from_ (str):
        to (str):
        format_ (UsageExportFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[str]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    org_id: str,
    from_: str,
    to: str,
    format_: UsageExportFormat | Unset = UNSET,
) -> str:
    """Download an organization's usage as a CSV or PDF file.
    Reads the organization named by `org_id`. API keys must be scoped to that organization: a key
    of a single project gets 403. Servers without a billing backend answer 501.
    The body is the file itself, sent as an attachment. The server returns 406 to an `Accept`
    header that allows only `application/pdf`, so send `*/*` when asking for a PDF. Ranges too
    large to export answer 413.

    `GET /v1/usage/export`

    Args:
        org_id (str):
        from_ (str):
        to (str):
        format_ (UsageExportFormat | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            org_id=org_id,
            from_=from_,
            to=to,
            format_=format_,
        )
    ).parsed
