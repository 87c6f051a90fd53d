"""Resource clients for the operations tagged event_triggers: `client.event_triggers` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...._resource_mixins import AsyncEventTriggersMixin, EventTriggersMixin
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.dispatch_event_request import DispatchEventRequest
    from ...models.dispatch_event_result import DispatchEventResult
    from ...models.event_trigger import EventTrigger
    from ...models.event_trigger_list import EventTriggerList
    from ...models.event_trigger_stats import EventTriggerStats
    from ...models.list_event_triggers_source_type import ListEventTriggersSourceType
    from ...models.list_event_triggers_status import ListEventTriggersStatus
    from ...models.purge_event_triggers_request import PurgeEventTriggersRequest
    from ...models.purge_event_triggers_result import PurgeEventTriggersResult
    from ...models.send_event_by_prefix_result import SendEventByPrefixResult
    from ...models.send_event_request import SendEventRequest


class EventTriggers(EventTriggersMixin):
    """Operations tagged event_triggers in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EventTriggerList:
        """List the project's event triggers, newest first.

        Calls `list_event_triggers`: `GET /v1/events`.
        """
        from . import list_event_triggers  # noqa: PLC0415

        return list_event_triggers.sync(
            client=self._client,
            status=status,
            workflow_run_id=workflow_run_id,
            source_type=source_type,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[EventTrigger]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_event_triggers  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_event_triggers.sync(
                client=self._client,
                status=status,
                workflow_run_id=workflow_run_id,
                source_type=source_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def dispatch(
        self,
        *,
        body: DispatchEventRequest,
    ) -> DispatchEventResult:
        """Send an event to an event source, which starts runs of its subscribers.

        Calls `dispatch_event`: `POST /v1/events/dispatch`.
        """
        from . import dispatch_event  # noqa: PLC0415

        return dispatch_event.sync(
            client=self._client,
            body=body,
        )

    def send_by_prefix(
        self,
        prefix: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> SendEventByPrefixResult:
        """Deliver one payload to every waiting trigger whose key starts with a prefix.

        Calls `send_event_by_prefix`: `POST /v1/events/prefix/{prefix}/send`.
        """
        from . import send_event_by_prefix  # noqa: PLC0415

        return send_event_by_prefix.sync(
            prefix=prefix,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def purge(
        self,
        *,
        body: PurgeEventTriggersRequest,
    ) -> PurgeEventTriggersResult:
        """Delete finished event triggers older than a number of days.

        Calls `purge_event_triggers`: `POST /v1/events/purge`.
        """
        from . import purge_event_triggers  # noqa: PLC0415

        return purge_event_triggers.sync(
            client=self._client,
            body=body,
        )

    def get_stats(
        self,
    ) -> EventTriggerStats:
        """Count the project's event triggers by status.

        Calls `get_event_trigger_stats`: `GET /v1/events/stats`.
        """
        from . import get_event_trigger_stats  # noqa: PLC0415

        return get_event_trigger_stats.sync(
            client=self._client,
        )

    def get(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Get an event trigger by its key.

        Calls `get_event_trigger`: `GET /v1/events/{event_key}`.
        """
        from . import get_event_trigger  # noqa: PLC0415

        return get_event_trigger.sync(
            event_key=event_key,
            client=self._client,
        )

    def cancel(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Cancel a waiting event trigger.

        Calls `cancel_event_trigger`: `DELETE /v1/events/{event_key}`.
        """
        from . import cancel_event_trigger  # noqa: PLC0415

        return cancel_event_trigger.sync(
            event_key=event_key,
            client=self._client,
        )

    def send(
        self,
        event_key: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventTrigger:
        """Deliver an event to the trigger that waits for it.

        Calls `send_event`: `POST /v1/events/{event_key}/send`.
        """
        from . import send_event  # noqa: PLC0415

        return send_event.sync(
            event_key=event_key,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )


class AsyncEventTriggers(AsyncEventTriggersMixin):
    """Operations tagged event_triggers in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EventTriggerList:
        """List the project's event triggers, newest first.

        Calls `list_event_triggers`: `GET /v1/events`.
        """
        from . import list_event_triggers  # noqa: PLC0415

        return await list_event_triggers.asyncio(
            client=self._client,
            status=status,
            workflow_run_id=workflow_run_id,
            source_type=source_type,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        status: ListEventTriggersStatus | Unset = UNSET,
        workflow_run_id: str | Unset = UNSET,
        source_type: ListEventTriggersSourceType | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[EventTrigger]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_event_triggers  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_event_triggers.asyncio(
                client=self._client,
                status=status,
                workflow_run_id=workflow_run_id,
                source_type=source_type,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def dispatch(
        self,
        *,
        body: DispatchEventRequest,
    ) -> DispatchEventResult:
        """Send an event to an event source, which starts runs of its subscribers.

        Calls `dispatch_event`: `POST /v1/events/dispatch`.
        """
        from . import dispatch_event  # noqa: PLC0415

        return await dispatch_event.asyncio(
            client=self._client,
            body=body,
        )

    async def send_by_prefix(
        self,
        prefix: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> SendEventByPrefixResult:
        """Deliver one payload to every waiting trigger whose key starts with a prefix.

        Calls `send_event_by_prefix`: `POST /v1/events/prefix/{prefix}/send`.
        """
        from . import send_event_by_prefix  # noqa: PLC0415

        return await send_event_by_prefix.asyncio(
            prefix=prefix,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def purge(
        self,
        *,
        body: PurgeEventTriggersRequest,
    ) -> PurgeEventTriggersResult:
        """Delete finished event triggers older than a number of days.

        Calls `purge_event_triggers`: `POST /v1/events/purge`.
        """
        from . import purge_event_triggers  # noqa: PLC0415

        return await purge_event_triggers.asyncio(
            client=self._client,
            body=body,
        )

    async def get_stats(
        self,
    ) -> EventTriggerStats:
        """Count the project's event triggers by status.

        Calls `get_event_trigger_stats`: `GET /v1/events/stats`.
        """
        from . import get_event_trigger_stats  # noqa: PLC0415

        return await get_event_trigger_stats.asyncio(
            client=self._client,
        )

    async def get(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Get an event trigger by its key.

        Calls `get_event_trigger`: `GET /v1/events/{event_key}`.
        """
        from . import get_event_trigger  # noqa: PLC0415

        return await get_event_trigger.asyncio(
            event_key=event_key,
            client=self._client,
        )

    async def cancel(
        self,
        event_key: str,
    ) -> EventTrigger:
        """Cancel a waiting event trigger.

        Calls `cancel_event_trigger`: `DELETE /v1/events/{event_key}`.
        """
        from . import cancel_event_trigger  # noqa: PLC0415

        return await cancel_event_trigger.asyncio(
            event_key=event_key,
            client=self._client,
        )

    async def send(
        self,
        event_key: str,
        *,
        body: SendEventRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> EventTrigger:
        """Deliver an event to the trigger that waits for it.

        Calls `send_event`: `POST /v1/events/{event_key}/send`.
        """
        from . import send_event  # noqa: PLC0415

        return await send_event.asyncio(
            event_key=event_key,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )
