"""Resource clients for the operations tagged event_sources: `client.event_sources` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_event_source_request import CreateEventSourceRequest
    from ...models.event_source import EventSource
    from ...models.event_subscription import EventSubscription
    from ...models.subscribe_to_event_source_request import (
        SubscribeToEventSourceRequest,
    )
    from ...models.update_event_source_request import UpdateEventSourceRequest


class EventSources:
    """Operations tagged event_sources in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[EventSource]:
        """List the project's event sources, newest first.

        Calls `list_event_sources`: `GET /v1/event-sources`.
        """
        from . import list_event_sources  # noqa: PLC0415

        return list_event_sources.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreateEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSource:
        """Create an event source that events can be dispatched to.

        Calls `create_event_source`: `POST /v1/event-sources`.
        """
        from . import create_event_source  # noqa: PLC0415

        return create_event_source.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        source_id: str,
    ) -> EventSource:
        """Get an event source by its id.

        Calls `get_event_source`: `GET /v1/event-sources/{source_id}`.
        """
        from . import get_event_source  # noqa: PLC0415

        return get_event_source.sync(
            source_id=source_id,
            client=self._client,
        )

    def delete(
        self,
        source_id: str,
    ) -> None:
        """Delete an event source.

        Calls `delete_event_source`: `DELETE /v1/event-sources/{source_id}`.
        """
        from . import delete_event_source  # noqa: PLC0415

        return delete_event_source.sync(
            source_id=source_id,
            client=self._client,
        )

    def update(
        self,
        source_id: str,
        *,
        body: UpdateEventSourceRequest,
    ) -> None:
        """Change some fields of an event source.

        Calls `update_event_source`: `PATCH /v1/event-sources/{source_id}`.
        """
        from . import update_event_source  # noqa: PLC0415

        return update_event_source.sync(
            source_id=source_id,
            client=self._client,
            body=body,
        )

    def subscribe(
        self,
        source_id: str,
        *,
        body: SubscribeToEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSubscription:
        """Subscribe a job or a workflow to an event source.

        Calls `subscribe_to_event_source`: `POST /v1/event-sources/{source_id}/subscribe`.
        """
        from . import subscribe_to_event_source  # noqa: PLC0415

        return subscribe_to_event_source.sync(
            source_id=source_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def list_subscriptions(
        self,
        source_id: str,
    ) -> builtins.list[EventSubscription]:
        """List the subscriptions of an event source.

        Calls `list_event_source_subscriptions`: `GET /v1/event-sources/{source_id}/subscriptions`.
        """
        from . import list_event_source_subscriptions  # noqa: PLC0415

        return list_event_source_subscriptions.sync(
            source_id=source_id,
            client=self._client,
        )

    def delete_subscription(
        self,
        source_id: str,
        sub_id: str,
    ) -> None:
        """Delete a subscription of an event source.

        Calls `delete_event_subscription`: `DELETE /v1/event-sources/{source_id}/subscriptions/{sub_id}`.
        """
        from . import delete_event_subscription  # noqa: PLC0415

        return delete_event_subscription.sync(
            source_id=source_id,
            sub_id=sub_id,
            client=self._client,
        )


class AsyncEventSources:
    """Operations tagged event_sources in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[EventSource]:
        """List the project's event sources, newest first.

        Calls `list_event_sources`: `GET /v1/event-sources`.
        """
        from . import list_event_sources  # noqa: PLC0415

        return await list_event_sources.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreateEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSource:
        """Create an event source that events can be dispatched to.

        Calls `create_event_source`: `POST /v1/event-sources`.
        """
        from . import create_event_source  # noqa: PLC0415

        return await create_event_source.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        source_id: str,
    ) -> EventSource:
        """Get an event source by its id.

        Calls `get_event_source`: `GET /v1/event-sources/{source_id}`.
        """
        from . import get_event_source  # noqa: PLC0415

        return await get_event_source.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def delete(
        self,
        source_id: str,
    ) -> None:
        """Delete an event source.

        Calls `delete_event_source`: `DELETE /v1/event-sources/{source_id}`.
        """
        from . import delete_event_source  # noqa: PLC0415

        return await delete_event_source.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def update(
        self,
        source_id: str,
        *,
        body: UpdateEventSourceRequest,
    ) -> None:
        """Change some fields of an event source.

        Calls `update_event_source`: `PATCH /v1/event-sources/{source_id}`.
        """
        from . import update_event_source  # noqa: PLC0415

        return await update_event_source.asyncio(
            source_id=source_id,
            client=self._client,
            body=body,
        )

    async def subscribe(
        self,
        source_id: str,
        *,
        body: SubscribeToEventSourceRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventSubscription:
        """Subscribe a job or a workflow to an event source.

        Calls `subscribe_to_event_source`: `POST /v1/event-sources/{source_id}/subscribe`.
        """
        from . import subscribe_to_event_source  # noqa: PLC0415

        return await subscribe_to_event_source.asyncio(
            source_id=source_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def list_subscriptions(
        self,
        source_id: str,
    ) -> builtins.list[EventSubscription]:
        """List the subscriptions of an event source.

        Calls `list_event_source_subscriptions`: `GET /v1/event-sources/{source_id}/subscriptions`.
        """
        from . import list_event_source_subscriptions  # noqa: PLC0415

        return await list_event_source_subscriptions.asyncio(
            source_id=source_id,
            client=self._client,
        )

    async def delete_subscription(
        self,
        source_id: str,
        sub_id: str,
    ) -> None:
        """Delete a subscription of an event source.

        Calls `delete_event_subscription`: `DELETE /v1/event-sources/{source_id}/subscriptions/{sub_id}`.
        """
        from . import delete_event_subscription  # noqa: PLC0415

        return await delete_event_subscription.asyncio(
            source_id=source_id,
            sub_id=sub_id,
            client=self._client,
        )
