"""Resource clients for the operations tagged webhooks: `client.webhooks` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_webhook_subscription_request import (
        CreateWebhookSubscriptionRequest,
    )
    from ...models.created_webhook_subscription import CreatedWebhookSubscription
    from ...models.rotate_webhook_secret_request import RotateWebhookSecretRequest
    from ...models.rotated_webhook_secret import RotatedWebhookSecret
    from ...models.test_webhook_request import TestWebhookRequest
    from ...models.test_webhook_result import TestWebhookResult
    from ...models.webhook_delivery import WebhookDelivery
    from ...models.webhook_delivery_list import WebhookDeliveryList
    from ...models.webhook_delivery_status import WebhookDeliveryStatus
    from ...models.webhook_subscription import WebhookSubscription


class Webhooks:
    """Operations tagged webhooks in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first, at the older path.

        Calls `list_webhook_deliveries_legacy`: `GET /v1/webhook-deliveries`.
        """
        from . import list_webhook_deliveries_legacy  # noqa: PLC0415

        return list_webhook_deliveries_legacy.sync(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterate over every item of `list_deliveries_legacy`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_webhook_deliveries_legacy  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_webhook_deliveries_legacy.sync(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def retry_delivery_legacy(
        self,
        delivery_id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt, at the older path.

        Calls `retry_webhook_delivery_legacy`: `POST /v1/webhook-deliveries/{delivery_id}/retry`.
        """
        from . import retry_webhook_delivery_legacy  # noqa: PLC0415

        return retry_webhook_delivery_legacy.sync(
            delivery_id=delivery_id,
            client=self._client,
        )

    def list_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first.

        Calls `list_webhook_deliveries`: `GET /v1/webhooks/deliveries`.
        """
        from . import list_webhook_deliveries  # noqa: PLC0415

        return list_webhook_deliveries.sync(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterate over every item of `list_deliveries`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_webhook_deliveries  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_webhook_deliveries.sync(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Get a webhook delivery by its id.

        Calls `get_webhook_delivery`: `GET /v1/webhooks/deliveries/{id}`.
        """
        from . import get_webhook_delivery  # noqa: PLC0415

        return get_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def replay_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Send a webhook delivery again as a new delivery.

        Calls `replay_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/replay`.
        """
        from . import replay_webhook_delivery  # noqa: PLC0415

        return replay_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def retry_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt.

        Calls `retry_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/retry`.
        """
        from . import retry_webhook_delivery  # noqa: PLC0415

        return retry_webhook_delivery.sync(
            id=id,
            client=self._client,
        )

    def list_subscriptions(
        self,
    ) -> builtins.list[WebhookSubscription]:
        """List the project's webhook subscriptions.

        Calls `list_webhook_subscriptions`: `GET /v1/webhooks/subscriptions`.
        """
        from . import list_webhook_subscriptions  # noqa: PLC0415

        return list_webhook_subscriptions.sync(
            client=self._client,
        )

    def create_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> CreatedWebhookSubscription:
        """Subscribe a URL to project events.

        Calls `create_webhook_subscription`: `POST /v1/webhooks/subscriptions`.
        """
        from . import create_webhook_subscription  # noqa: PLC0415

        return create_webhook_subscription.sync(
            client=self._client,
            body=body,
        )

    def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete a webhook subscription.

        Calls `delete_webhook_subscription`: `DELETE /v1/webhooks/subscriptions/{id}`.
        """
        from . import delete_webhook_subscription  # noqa: PLC0415

        return delete_webhook_subscription.sync(
            id=id,
            client=self._client,
        )

    def rotate_secret(
        self,
        id: str,
        *,
        body: RotateWebhookSecretRequest | Unset = UNSET,
    ) -> RotatedWebhookSecret:
        """Replace a subscription's signing secret.

        Calls `rotate_webhook_secret`: `POST /v1/webhooks/subscriptions/{id}/rotate-secret`.
        """
        from . import rotate_webhook_secret  # noqa: PLC0415

        return rotate_webhook_secret.sync(
            id=id,
            client=self._client,
            body=body,
        )

    def test(
        self,
        *,
        body: TestWebhookRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TestWebhookResult:
        """Send a test event to a URL and report the endpoint's response.

        Calls `test_webhook`: `POST /v1/webhooks/test`.
        """
        from . import test_webhook  # noqa: PLC0415

        return test_webhook.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class AsyncWebhooks:
    """Operations tagged webhooks in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first, at the older path.

        Calls `list_webhook_deliveries_legacy`: `GET /v1/webhook-deliveries`.
        """
        from . import list_webhook_deliveries_legacy  # noqa: PLC0415

        return await list_webhook_deliveries_legacy.asyncio(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries_legacy(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterate with `async for` over every item of `list_deliveries_legacy`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_webhook_deliveries_legacy  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_webhook_deliveries_legacy.asyncio(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def retry_delivery_legacy(
        self,
        delivery_id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt, at the older path.

        Calls `retry_webhook_delivery_legacy`: `POST /v1/webhook-deliveries/{delivery_id}/retry`.
        """
        from . import retry_webhook_delivery_legacy  # noqa: PLC0415

        return await retry_webhook_delivery_legacy.asyncio(
            delivery_id=delivery_id,
            client=self._client,
        )

    async def list_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> WebhookDeliveryList:
        """List the project's webhook deliveries, newest first.

        Calls `list_webhook_deliveries`: `GET /v1/webhooks/deliveries`.
        """
        from . import list_webhook_deliveries  # noqa: PLC0415

        return await list_webhook_deliveries.asyncio(
            client=self._client,
            status=status,
            limit=limit,
            cursor=cursor,
        )

    def iter_deliveries(
        self,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterate with `async for` over every item of `list_deliveries`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_webhook_deliveries  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_webhook_deliveries.asyncio(
                client=self._client,
                status=status,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Get a webhook delivery by its id.

        Calls `get_webhook_delivery`: `GET /v1/webhooks/deliveries/{id}`.
        """
        from . import get_webhook_delivery  # noqa: PLC0415

        return await get_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def replay_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Send a webhook delivery again as a new delivery.

        Calls `replay_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/replay`.
        """
        from . import replay_webhook_delivery  # noqa: PLC0415

        return await replay_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def retry_delivery(
        self,
        id: str,
    ) -> WebhookDelivery:
        """Schedule a failed or dead webhook delivery for another attempt.

        Calls `retry_webhook_delivery`: `POST /v1/webhooks/deliveries/{id}/retry`.
        """
        from . import retry_webhook_delivery  # noqa: PLC0415

        return await retry_webhook_delivery.asyncio(
            id=id,
            client=self._client,
        )

    async def list_subscriptions(
        self,
    ) -> builtins.list[WebhookSubscription]:
        """List the project's webhook subscriptions.

        Calls `list_webhook_subscriptions`: `GET /v1/webhooks/subscriptions`.
        """
        from . import list_webhook_subscriptions  # noqa: PLC0415

        return await list_webhook_subscriptions.asyncio(
            client=self._client,
        )

    async def create_subscription(
        self,
        *,
        body: CreateWebhookSubscriptionRequest,
    ) -> CreatedWebhookSubscription:
        """Subscribe a URL to project events.

        Calls `create_webhook_subscription`: `POST /v1/webhooks/subscriptions`.
        """
        from . import create_webhook_subscription  # noqa: PLC0415

        return await create_webhook_subscription.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete a webhook subscription.

        Calls `delete_webhook_subscription`: `DELETE /v1/webhooks/subscriptions/{id}`.
        """
        from . import delete_webhook_subscription  # noqa: PLC0415

        return await delete_webhook_subscription.asyncio(
            id=id,
            client=self._client,
        )

    async def rotate_secret(
        self,
        id: str,
        *,
        body: RotateWebhookSecretRequest | Unset = UNSET,
    ) -> RotatedWebhookSecret:
        """Replace a subscription's signing secret.

        Calls `rotate_webhook_secret`: `POST /v1/webhooks/subscriptions/{id}/rotate-secret`.
        """
        from . import rotate_webhook_secret  # noqa: PLC0415

        return await rotate_webhook_secret.asyncio(
            id=id,
            client=self._client,
            body=body,
        )

    async def test(
        self,
        *,
        body: TestWebhookRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TestWebhookResult:
        """Send a test event to a URL and report the endpoint's response.

        Calls `test_webhook`: `POST /v1/webhooks/test`.
        """
        from . import test_webhook  # noqa: PLC0415

        return await test_webhook.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )
