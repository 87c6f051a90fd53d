"""Check the signature chain of the project's audit log.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.audit_chain_verification import AuditChainVerification
from ...types import UNSET, Response, Unset

OPERATION = "verify_audit_chain"


def _get_kwargs(
    *,
    incremental: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["incremental"] = incremental

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit-events/verify",
        "params": params,
        "extensions": {"strait_operation": OPERATION},
    }

    return _kwargs


def _parse_response(*, response: httpx.Response) -> AuditChainVerification:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = AuditChainVerification.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[AuditChainVerification]:
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
    incremental: bool | Unset = UNSET,
) -> Response[AuditChainVerification]:
    """Check the signature chain of the project's audit log.
    Each event is signed together with the hash of the one before it, so an edited, removed or
    reordered event breaks the chain. A broken chain still returns 200, with `valid` false and
    `broken_at_id` set. A project may verify once every 60 seconds (429 with `Retry-After`
    otherwise).

    `GET /v1/audit-events/verify`

    Args:
        incremental (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditChainVerification]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        incremental=incremental,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    incremental: bool | Unset = UNSET,
) -> AuditChainVerification:
    """Check the signature chain of the project's audit log.
    Each event is signed together with the hash of the one before it, so an edited, removed or
    reordered event breaks the chain. A broken chain still returns 200, with `valid` false and
    `broken_at_id` set. A project may verify once every 60 seconds (429 with `Retry-After`
    otherwise).

    `GET /v1/audit-events/verify`

    Args:
        incremental (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditChainVerification
    """

    return sync_detailed(
        client=client,
        incremental=incremental,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    incremental: bool | Unset = UNSET,
) -> Response[AuditChainVerification]:
    """Check the signature chain of the project's audit log.
    Each event is signed together with the hash of the one before it, so an edited, removed or
    reordered event breaks the chain. A broken chain still returns 200, with `valid` false and
    `broken_at_id` set. A project may verify once every 60 seconds (429 with `Retry-After`
    otherwise).

    `GET /v1/audit-events/verify`

    Args:
        incremental (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[AuditChainVerification]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        incremental=incremental,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    incremental: bool | Unset = UNSET,
) -> AuditChainVerification:
    """Check the signature chain of the project's audit log.
    Each event is signed together with the hash of the one before it, so an edited, removed or
    reordered event breaks the chain. A broken chain still returns 200, with `valid` false and
    `broken_at_id` set. A project may verify once every 60 seconds (429 with `Retry-After`
    otherwise).

    `GET /v1/audit-events/verify`

    Args:
        incremental (bool | Unset):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        AuditChainVerification
    """

    return (
        await asyncio_detailed(
            client=client,
            incremental=incremental,
        )
    ).parsed
