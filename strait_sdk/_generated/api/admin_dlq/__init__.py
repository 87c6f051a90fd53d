"""Resource clients for the operations tagged admin_dlq: `client.admin_dlq` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.dead_letter_run_ack import DeadLetterRunAck
    from ...models.job_run import JobRun
    from ...models.run_list import RunList


class AdminDlq:
    """Operations tagged admin_dlq in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's dead-letter runs, newest first.

        Calls `admin_list_dlq`: `GET /v1/admin/dlq`.
        """
        from . import admin_list_dlq  # noqa: PLC0415

        return admin_list_dlq.sync(
            client=self._client,
            job_id=job_id,
            masked=masked,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import admin_list_dlq  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return admin_list_dlq.sync(
                client=self._client,
                job_id=job_id,
                masked=masked,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def purge(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Delete a dead-letter run for good.

        Calls `admin_purge_dlq`: `POST /v1/admin/dlq/{run_id}/purge`.
        """
        from . import admin_purge_dlq  # noqa: PLC0415

        return admin_purge_dlq.sync(
            run_id=run_id,
            client=self._client,
        )

    def replay(
        self,
        run_id: str,
    ) -> JobRun:
        """Queue a dead-letter run again.

        Calls `admin_replay_dlq`: `POST /v1/admin/dlq/{run_id}/replay`.
        """
        from . import admin_replay_dlq  # noqa: PLC0415

        return admin_replay_dlq.sync(
            run_id=run_id,
            client=self._client,
        )

    def unmask(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Stop the dead-letter age-out from hiding a run.

        Calls `admin_unmask_dlq`: `POST /v1/admin/dlq/{run_id}/unmask`.
        """
        from . import admin_unmask_dlq  # noqa: PLC0415

        return admin_unmask_dlq.sync(
            run_id=run_id,
            client=self._client,
        )


class AsyncAdminDlq:
    """Operations tagged admin_dlq in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the project's dead-letter runs, newest first.

        Calls `admin_list_dlq`: `GET /v1/admin/dlq`.
        """
        from . import admin_list_dlq  # noqa: PLC0415

        return await admin_list_dlq.asyncio(
            client=self._client,
            job_id=job_id,
            masked=masked,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        masked: bool | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import admin_list_dlq  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await admin_list_dlq.asyncio(
                client=self._client,
                job_id=job_id,
                masked=masked,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def purge(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Delete a dead-letter run for good.

        Calls `admin_purge_dlq`: `POST /v1/admin/dlq/{run_id}/purge`.
        """
        from . import admin_purge_dlq  # noqa: PLC0415

        return await admin_purge_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def replay(
        self,
        run_id: str,
    ) -> JobRun:
        """Queue a dead-letter run again.

        Calls `admin_replay_dlq`: `POST /v1/admin/dlq/{run_id}/replay`.
        """
        from . import admin_replay_dlq  # noqa: PLC0415

        return await admin_replay_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )

    async def unmask(
        self,
        run_id: str,
    ) -> DeadLetterRunAck:
        """Stop the dead-letter age-out from hiding a run.

        Calls `admin_unmask_dlq`: `POST /v1/admin/dlq/{run_id}/unmask`.
        """
        from . import admin_unmask_dlq  # noqa: PLC0415

        return await admin_unmask_dlq.asyncio(
            run_id=run_id,
            client=self._client,
        )
