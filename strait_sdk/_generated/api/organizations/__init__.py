"""Resource clients for the operations tagged organizations: `client.organizations` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.job import Job
    from ...models.job_list import JobList
    from ...models.job_run import JobRun
    from ...models.run_list import RunList


class Organizations:
    """Operations tagged organizations in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_jobs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of every project in an organization, newest first.

        Calls `list_org_jobs`: `GET /v1/organizations/{org_id}/jobs`.
        """
        from . import list_org_jobs  # noqa: PLC0415

        return list_org_jobs.sync(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_org_jobs  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_org_jobs.sync(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def list_runs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the runs of every project in an organization, newest first.

        Calls `list_org_runs`: `GET /v1/organizations/{org_id}/runs`.
        """
        from . import list_org_runs  # noqa: PLC0415

        return list_org_runs.sync(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobRun]:
        """Iterate over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_org_runs  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_org_runs.sync(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)


class AsyncOrganizations:
    """Operations tagged organizations in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_jobs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of every project in an organization, newest first.

        Calls `list_org_jobs`: `GET /v1/organizations/{org_id}/jobs`.
        """
        from . import list_org_jobs  # noqa: PLC0415

        return await list_org_jobs.asyncio(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_org_jobs  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_org_jobs.asyncio(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def list_runs(
        self,
        org_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> RunList:
        """List the runs of every project in an organization, newest first.

        Calls `list_org_runs`: `GET /v1/organizations/{org_id}/runs`.
        """
        from . import list_org_runs  # noqa: PLC0415

        return await list_org_runs.asyncio(
            org_id=org_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_runs(
        self,
        org_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobRun]:
        """Iterate with `async for` over every item of `list_runs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_org_runs  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_org_runs.asyncio(
                org_id=org_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)
