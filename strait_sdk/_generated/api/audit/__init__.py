"""Resource clients for the operations tagged audit: `client.audit` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.audit_chain_verification import AuditChainVerification
    from ...models.audit_event import AuditEvent
    from ...models.audit_event_list import AuditEventList
    from ...models.audit_export_format import AuditExportFormat
    from ...models.list_audit_events_order import ListAuditEventsOrder


class Audit:
    """Operations tagged audit in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AuditEventList:
        """List the project's audit events in a time window, newest first by default.

        Calls `list_audit_events`: `GET /v1/audit-events`.
        """
        from . import list_audit_events  # noqa: PLC0415

        return list_audit_events.sync(
            client=self._client,
            actor_id=actor_id,
            resource_type=resource_type,
            resource_id=resource_id,
            order=order,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[AuditEvent]:
        """Iterate over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_audit_events  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_audit_events.sync(
                client=self._client,
                actor_id=actor_id,
                resource_type=resource_type,
                resource_id=resource_id,
                order=order,
                from_=from_,
                to=to,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def export_events(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: AuditExportFormat | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
    ) -> str:
        """Download the project's audit events of a time window as JSON, NDJSON or CSV.

        Calls `export_audit_events`: `GET /v1/audit-events/export`.
        """
        from . import export_audit_events  # noqa: PLC0415

        return export_audit_events.sync(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
            actor_id=actor_id,
            resource_type=resource_type,
        )

    def verify_chain(
        self,
        *,
        incremental: bool | Unset = UNSET,
    ) -> AuditChainVerification:
        """Check the signature chain of the project's audit log.

        Calls `verify_audit_chain`: `GET /v1/audit-events/verify`.
        """
        from . import verify_audit_chain  # noqa: PLC0415

        return verify_audit_chain.sync(
            client=self._client,
            incremental=incremental,
        )

    def get_event(
        self,
        id: str,
    ) -> AuditEvent:
        """Get an audit event by its id.

        Calls `get_audit_event`: `GET /v1/audit-events/{id}`.
        """
        from . import get_audit_event  # noqa: PLC0415

        return get_audit_event.sync(
            id=id,
            client=self._client,
        )


class AsyncAudit:
    """Operations tagged audit in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AuditEventList:
        """List the project's audit events in a time window, newest first by default.

        Calls `list_audit_events`: `GET /v1/audit-events`.
        """
        from . import list_audit_events  # noqa: PLC0415

        return await list_audit_events.asyncio(
            client=self._client,
            actor_id=actor_id,
            resource_type=resource_type,
            resource_id=resource_id,
            order=order,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
        )

    def iter_events(
        self,
        *,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        order: ListAuditEventsOrder | Unset = UNSET,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AuditEvent]:
        """Iterate with `async for` over every item of `list_events`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_audit_events  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_audit_events.asyncio(
                client=self._client,
                actor_id=actor_id,
                resource_type=resource_type,
                resource_id=resource_id,
                order=order,
                from_=from_,
                to=to,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def export_events(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: AuditExportFormat | Unset = UNSET,
        actor_id: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
    ) -> str:
        """Download the project's audit events of a time window as JSON, NDJSON or CSV.

        Calls `export_audit_events`: `GET /v1/audit-events/export`.
        """
        from . import export_audit_events  # noqa: PLC0415

        return await export_audit_events.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
            actor_id=actor_id,
            resource_type=resource_type,
        )

    async def verify_chain(
        self,
        *,
        incremental: bool | Unset = UNSET,
    ) -> AuditChainVerification:
        """Check the signature chain of the project's audit log.

        Calls `verify_audit_chain`: `GET /v1/audit-events/verify`.
        """
        from . import verify_audit_chain  # noqa: PLC0415

        return await verify_audit_chain.asyncio(
            client=self._client,
            incremental=incremental,
        )

    async def get_event(
        self,
        id: str,
    ) -> AuditEvent:
        """Get an audit event by its id.

        Calls `get_audit_event`: `GET /v1/audit-events/{id}`.
        """
        from . import get_audit_event  # noqa: PLC0415

        return await get_audit_event.asyncio(
            id=id,
            client=self._client,
        )
