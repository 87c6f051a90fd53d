"""Resource clients for the operations tagged job_groups: `client.job_groups` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_job_group_request import CreateJobGroupRequest
    from ...models.job import Job
    from ...models.job_group import JobGroup
    from ...models.job_group_list import JobGroupList
    from ...models.job_group_pause_status import JobGroupPauseStatus
    from ...models.job_group_stats import JobGroupStats
    from ...models.job_list import JobList
    from ...models.update_job_group_request import UpdateJobGroupRequest


class JobGroups:
    """Operations tagged job_groups in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobGroupList:
        """List the project's job groups, newest first.

        Calls `list_job_groups`: `GET /v1/job-groups`.
        """
        from . import list_job_groups  # noqa: PLC0415

        return list_job_groups.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobGroup]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_groups  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_groups.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateJobGroupRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobGroup:
        """Create a job group.

        Calls `create_job_group`: `POST /v1/job-groups`.
        """
        from . import create_job_group  # noqa: PLC0415

        return create_job_group.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        group_id: str,
    ) -> JobGroup:
        """Get a job group by its id.

        Calls `get_job_group`: `GET /v1/job-groups/{group_id}`.
        """
        from . import get_job_group  # noqa: PLC0415

        return get_job_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a job group.

        Calls `delete_job_group`: `DELETE /v1/job-groups/{group_id}`.
        """
        from . import delete_job_group  # noqa: PLC0415

        return delete_job_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def update(
        self,
        group_id: str,
        *,
        body: UpdateJobGroupRequest,
    ) -> JobGroup:
        """Change the name, slug or description of a job group.

        Calls `update_job_group`: `PATCH /v1/job-groups/{group_id}`.
        """
        from . import update_job_group  # noqa: PLC0415

        return update_job_group.sync(
            group_id=group_id,
            client=self._client,
            body=body,
        )

    def list_jobs(
        self,
        group_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of a job group, newest first.

        Calls `list_jobs_by_group`: `GET /v1/job-groups/{group_id}/jobs`.
        """
        from . import list_jobs_by_group  # noqa: PLC0415

        return list_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        group_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_jobs_by_group  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_jobs_by_group.sync(
                group_id=group_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def pause_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Pause every job of a job group.

        Calls `pause_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/pause-all`.
        """
        from . import pause_all_jobs_by_group  # noqa: PLC0415

        return pause_all_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def resume_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Resume every job of a job group.

        Calls `resume_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/resume-all`.
        """
        from . import resume_all_jobs_by_group  # noqa: PLC0415

        return resume_all_jobs_by_group.sync(
            group_id=group_id,
            client=self._client,
        )

    def get_stats(
        self,
        group_id: str,
    ) -> JobGroupStats:
        """Count the runs of a job group's jobs by status.

        Calls `get_job_group_stats`: `GET /v1/job-groups/{group_id}/stats`.
        """
        from . import get_job_group_stats  # noqa: PLC0415

        return get_job_group_stats.sync(
            group_id=group_id,
            client=self._client,
        )


class AsyncJobGroups:
    """Operations tagged job_groups in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobGroupList:
        """List the project's job groups, newest first.

        Calls `list_job_groups`: `GET /v1/job-groups`.
        """
        from . import list_job_groups  # noqa: PLC0415

        return await list_job_groups.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobGroup]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_groups  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_groups.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateJobGroupRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobGroup:
        """Create a job group.

        Calls `create_job_group`: `POST /v1/job-groups`.
        """
        from . import create_job_group  # noqa: PLC0415

        return await create_job_group.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        group_id: str,
    ) -> JobGroup:
        """Get a job group by its id.

        Calls `get_job_group`: `GET /v1/job-groups/{group_id}`.
        """
        from . import get_job_group  # noqa: PLC0415

        return await get_job_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def delete(
        self,
        group_id: str,
    ) -> None:
        """Delete a job group.

        Calls `delete_job_group`: `DELETE /v1/job-groups/{group_id}`.
        """
        from . import delete_job_group  # noqa: PLC0415

        return await delete_job_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def update(
        self,
        group_id: str,
        *,
        body: UpdateJobGroupRequest,
    ) -> JobGroup:
        """Change the name, slug or description of a job group.

        Calls `update_job_group`: `PATCH /v1/job-groups/{group_id}`.
        """
        from . import update_job_group  # noqa: PLC0415

        return await update_job_group.asyncio(
            group_id=group_id,
            client=self._client,
            body=body,
        )

    async def list_jobs(
        self,
        group_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the jobs of a job group, newest first.

        Calls `list_jobs_by_group`: `GET /v1/job-groups/{group_id}/jobs`.
        """
        from . import list_jobs_by_group  # noqa: PLC0415

        return await list_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_jobs(
        self,
        group_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list_jobs`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_jobs_by_group  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_jobs_by_group.asyncio(
                group_id=group_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def pause_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Pause every job of a job group.

        Calls `pause_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/pause-all`.
        """
        from . import pause_all_jobs_by_group  # noqa: PLC0415

        return await pause_all_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def resume_all(
        self,
        group_id: str,
    ) -> JobGroupPauseStatus:
        """Resume every job of a job group.

        Calls `resume_all_jobs_by_group`: `POST /v1/job-groups/{group_id}/resume-all`.
        """
        from . import resume_all_jobs_by_group  # noqa: PLC0415

        return await resume_all_jobs_by_group.asyncio(
            group_id=group_id,
            client=self._client,
        )

    async def get_stats(
        self,
        group_id: str,
    ) -> JobGroupStats:
        """Count the runs of a job group's jobs by status.

        Calls `get_job_group_stats`: `GET /v1/job-groups/{group_id}/stats`.
        """
        from . import get_job_group_stats  # noqa: PLC0415

        return await get_job_group_stats.asyncio(
            group_id=group_id,
            client=self._client,
        )
