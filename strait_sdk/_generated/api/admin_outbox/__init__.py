"""Resource clients for the operations tagged admin_outbox: `client.admin_outbox` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.admin_outbox_row import AdminOutboxRow
    from ...models.admin_outbox_row_list import AdminOutboxRowList
    from ...models.outbox_purge_result import OutboxPurgeResult
    from ...models.outbox_retry_result import OutboxRetryResult


class AdminOutbox:
    """Operations tagged admin_outbox in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AdminOutboxRowList:
        """List the project's quarantined outbox rows.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        from . import admin_list_outbox  # noqa: PLC0415

        return admin_list_outbox.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[AdminOutboxRow]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import admin_list_outbox  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return admin_list_outbox.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get(
        self,
        outbox_id: str,
    ) -> AdminOutboxRow:
        """Get a quarantined outbox row by its id.

        Calls `admin_get_outbox`: `GET /v1/admin/outbox/{outbox_id}`.
        """
        from . import admin_get_outbox  # noqa: PLC0415

        return admin_get_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )

    def purge(
        self,
        outbox_id: str,
    ) -> OutboxPurgeResult:
        """Delete a quarantined outbox row.

        Calls `admin_purge_outbox`: `POST /v1/admin/outbox/{outbox_id}/purge`.
        """
        from . import admin_purge_outbox  # noqa: PLC0415

        return admin_purge_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )

    def retry(
        self,
        outbox_id: str,
    ) -> OutboxRetryResult:
        """Enqueue a copy of a quarantined outbox row.

        Calls `admin_retry_outbox`: `POST /v1/admin/outbox/{outbox_id}/retry`.
        """
        from . import admin_retry_outbox  # noqa: PLC0415

        return admin_retry_outbox.sync(
            outbox_id=outbox_id,
            client=self._client,
        )


class AsyncAdminOutbox:
    """Operations tagged admin_outbox in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> AdminOutboxRowList:
        """List the project's quarantined outbox rows.

        Calls `admin_list_outbox`: `GET /v1/admin/outbox`.
        """
        from . import admin_list_outbox  # noqa: PLC0415

        return await admin_list_outbox.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[AdminOutboxRow]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import admin_list_outbox  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await admin_list_outbox.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get(
        self,
        outbox_id: str,
    ) -> AdminOutboxRow:
        """Get a quarantined outbox row by its id.

        Calls `admin_get_outbox`: `GET /v1/admin/outbox/{outbox_id}`.
        """
        from . import admin_get_outbox  # noqa: PLC0415

        return await admin_get_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )

    async def purge(
        self,
        outbox_id: str,
    ) -> OutboxPurgeResult:
        """Delete a quarantined outbox row.

        Calls `admin_purge_outbox`: `POST /v1/admin/outbox/{outbox_id}/purge`.
        """
        from . import admin_purge_outbox  # noqa: PLC0415

        return await admin_purge_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )

    async def retry(
        self,
        outbox_id: str,
    ) -> OutboxRetryResult:
        """Enqueue a copy of a quarantined outbox row.

        Calls `admin_retry_outbox`: `POST /v1/admin/outbox/{outbox_id}/retry`.
        """
        from . import admin_retry_outbox  # noqa: PLC0415

        return await admin_retry_outbox.asyncio(
            outbox_id=outbox_id,
            client=self._client,
        )
