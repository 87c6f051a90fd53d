"""Send a test event to a URL and report the endpoint's response.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from typing import Any

import httpx

from ...._json_body import encode_json_body
from ...._response import was_replayed
from ... import errors
from ...client import AsyncHTTPClientProvider, HTTPClientProvider
from ...models.test_webhook_request import TestWebhookRequest
from ...models.test_webhook_result import TestWebhookResult
from ...types import UNSET, Response, Unset

OPERATION = "test_webhook"


def _get_kwargs(
    *,
    body: TestWebhookRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/test",
        "extensions": {"strait_operation": OPERATION},
    }

    json_body = body.to_dict()
    _kwargs["content"] = encode_json_body(json_body, OPERATION)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, response: httpx.Response) -> TestWebhookResult:
    if response.status_code == 200:
        errors.check_json_content_type(response)
        try:
            response_200 = TestWebhookResult.from_dict(response.json())

        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise errors.invalid_response_body(response, exc) from exc
        return response_200

    raise errors.error_for_unexpected_response(response)


def _build_response(*, response: httpx.Response) -> Response[TestWebhookResult]:
    parsed = _parse_response(response=response)
    # Taken from the header, not the body, so that to_dict() never sends it back.
    parsed.idempotency_replayed = was_replayed(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: HTTPClientProvider,
    body: TestWebhookRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[TestWebhookResult]:
    """Send a test event to a URL and report the endpoint's response.
    POSTs `{"type": "webhook.test", "timestamp": ...}` to `url` with a 10 second timeout. With
    `secret`, the request carries `X-Strait-Timestamp` and `X-Strait-Signature: v1=<hex>`, an
    HMAC-SHA256 of `<timestamp>.<body>`. The URL must pass the server's address checks (400
    otherwise). An endpoint that cannot be reached still returns 200, with `success` false.
    Limited to 5 calls a minute per client IP.

    `POST /v1/webhooks/test`

    Args:
        idempotency_key (str | Unset):
        body (TestWebhookRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[TestWebhookResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(**kwargs)

    return _build_response(response=response)


def sync(
    *,
    client: HTTPClientProvider,
    body: TestWebhookRequest,
    idempotency_key: str | Unset = UNSET,
) -> TestWebhookResult:
    """Send a test event to a URL and report the endpoint's response.
    POSTs `{"type": "webhook.test", "timestamp": ...}` to `url` with a 10 second timeout. With
    `secret`, the request carries `X-Strait-Timestamp` and `X-Strait-Signature: v1=<hex>`, an
    HMAC-SHA256 of `<timestamp>.<body>`. The URL must pass the server's address checks (400
    otherwise). An endpoint that cannot be reached still returns 200, with `success` false.
    Limited to 5 calls a minute per client IP.

    `POST /v1/webhooks/test`

    Args:
        idempotency_key (str | Unset):
        body (TestWebhookRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        TestWebhookResult
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncHTTPClientProvider,
    body: TestWebhookRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[TestWebhookResult]:
    """Send a test event to a URL and report the endpoint's response.
    POSTs `{"type": "webhook.test", "timestamp": ...}` to `url` with a 10 second timeout. With
    `secret`, the request carries `X-Strait-Timestamp` and `X-Strait-Signature: v1=<hex>`, an
    HMAC-SHA256 of `<timestamp>.<body>`. The URL must pass the server's address checks (400
    otherwise). An endpoint that cannot be reached still returns 200, with `success` false.
    Limited to 5 calls a minute per client IP.

    `POST /v1/webhooks/test`

    Args:
        idempotency_key (str | Unset):
        body (TestWebhookRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        Response[TestWebhookResult]: the status, headers, raw body and parsed value.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AsyncHTTPClientProvider,
    body: TestWebhookRequest,
    idempotency_key: str | Unset = UNSET,
) -> TestWebhookResult:
    """Send a test event to a URL and report the endpoint's response.
    POSTs `{"type": "webhook.test", "timestamp": ...}` to `url` with a 10 second timeout. With
    `secret`, the request carries `X-Strait-Timestamp` and `X-Strait-Signature: v1=<hex>`, an
    HMAC-SHA256 of `<timestamp>.<body>`. The URL must pass the server's address checks (400
    otherwise). An endpoint that cannot be reached still returns 200, with `success` false.
    Limited to 5 calls a minute per client IP.

    `POST /v1/webhooks/test`

    Args:
        idempotency_key (str | Unset):
        body (TestWebhookRequest):

    Raises:
        strait_sdk.APIStatusError: The server returned a status outside 2xx (a subclass per status).
        strait_sdk.APIConnectionError: The request failed before a response arrived.
        strait_sdk.APIResponseValidationError: A 2xx body did not match the document.

    Returns:
        TestWebhookResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
