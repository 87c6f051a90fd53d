"""Resource clients for the operations tagged jobs: `client.jobs` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...._resource_mixins import AsyncJobsMixin, JobsMixin
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.batch_create_jobs_request import BatchCreateJobsRequest
    from ...models.batch_create_jobs_response import BatchCreateJobsResponse
    from ...models.batch_flushed_trigger import BatchFlushedTrigger
    from ...models.batch_job_i_ds_request import BatchJobIDsRequest
    from ...models.batch_update_result import BatchUpdateResult
    from ...models.buffered_trigger import BufferedTrigger
    from ...models.bulk_trigger_request import BulkTriggerRequest
    from ...models.bulk_trigger_response import BulkTriggerResponse
    from ...models.clone_job_request import CloneJobRequest
    from ...models.create_job_dependency_request import CreateJobDependencyRequest
    from ...models.create_job_request import CreateJobRequest
    from ...models.debounced_trigger import DebouncedTrigger
    from ...models.dry_run_result import DryRunResult
    from ...models.idempotent_trigger_hit import IdempotentTriggerHit
    from ...models.job import Job
    from ...models.job_dependency import JobDependency
    from ...models.job_dependency_list import JobDependencyList
    from ...models.job_health import JobHealth
    from ...models.job_health_window import JobHealthWindow
    from ...models.job_list import JobList
    from ...models.job_version import JobVersion
    from ...models.job_version_list import JobVersionList
    from ...models.pause_job_request import PauseJobRequest
    from ...models.set_job_endpoint_request import SetJobEndpointRequest
    from ...models.set_job_endpoint_response import SetJobEndpointResponse
    from ...models.trigger_request import TriggerRequest
    from ...models.triggered_run import TriggeredRun
    from ...models.update_job_request import UpdateJobRequest
    from ...models.verify_job_endpoint_result import VerifyJobEndpointResult


class Jobs(JobsMixin):
    """Operations tagged jobs in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the project's jobs, newest first.

        Calls `list_jobs`: `GET /v1/jobs`.
        """
        from . import list_jobs  # noqa: PLC0415

        return list_jobs.sync(
            client=self._client,
            slug=slug,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Job]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_jobs  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_jobs.sync(
                client=self._client,
                slug=slug,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Create a job.

        Calls `create_job`: `POST /v1/jobs`.
        """
        from . import create_job  # noqa: PLC0415

        return create_job.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def batch_create(
        self,
        *,
        body: BatchCreateJobsRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BatchCreateJobsResponse:
        """Create up to 50 jobs in one request.

        Calls `batch_create_jobs`: `POST /v1/jobs/batch`.
        """
        from . import batch_create_jobs  # noqa: PLC0415

        return batch_create_jobs.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def batch_disable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Disable up to 50 jobs at once.

        Calls `batch_disable_jobs`: `POST /v1/jobs/batch-disable`.
        """
        from . import batch_disable_jobs  # noqa: PLC0415

        return batch_disable_jobs.sync(
            client=self._client,
            body=body,
        )

    def batch_enable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Enable up to 50 jobs at once.

        Calls `batch_enable_jobs`: `POST /v1/jobs/batch-enable`.
        """
        from . import batch_enable_jobs  # noqa: PLC0415

        return batch_enable_jobs.sync(
            client=self._client,
            body=body,
        )

    def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job by its id.

        Calls `get_job`: `GET /v1/jobs/{job_id}`.
        """
        from . import get_job  # noqa: PLC0415

        return get_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def delete(
        self,
        job_id: str,
    ) -> None:
        """Delete a job.

        Calls `delete_job`: `DELETE /v1/jobs/{job_id}`.
        """
        from . import delete_job  # noqa: PLC0415

        return delete_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def update(
        self,
        job_id: str,
        *,
        body: UpdateJobRequest,
    ) -> Job:
        """Change some fields of a job.

        Calls `update_job`: `PATCH /v1/jobs/{job_id}`.
        """
        from . import update_job  # noqa: PLC0415

        return update_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def clone(
        self,
        job_id: str,
        *,
        body: CloneJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Copy a job under a new name and slug.

        Calls `clone_job`: `POST /v1/jobs/{job_id}/clone`.
        """
        from . import clone_job  # noqa: PLC0415

        return clone_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def list_dependencies(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobDependencyList:
        """List the jobs a job depends on, newest dependency first.

        Calls `list_job_dependencies`: `GET /v1/jobs/{job_id}/dependencies`.
        """
        from . import list_job_dependencies  # noqa: PLC0415

        return list_job_dependencies.sync(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dependencies(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobDependency]:
        """Iterate over every item of `list_dependencies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_dependencies  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_dependencies.sync(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_dependency(
        self,
        job_id: str,
        *,
        body: CreateJobDependencyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobDependency:
        """Make a job wait for the outcome of another job.

        Calls `create_job_dependency`: `POST /v1/jobs/{job_id}/dependencies`.
        """
        from . import create_job_dependency  # noqa: PLC0415

        return create_job_dependency.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_dependency(
        self,
        job_id: str,
        dep_id: str,
    ) -> None:
        """Remove a dependency from a job.

        Calls `delete_job_dependency`: `DELETE /v1/jobs/{job_id}/dependencies/{dep_id}`.
        """
        from . import delete_job_dependency  # noqa: PLC0415

        return delete_job_dependency.sync(
            job_id=job_id,
            dep_id=dep_id,
            client=self._client,
        )

    def set_endpoint(
        self,
        job_id: str,
        *,
        body: SetJobEndpointRequest,
    ) -> SetJobEndpointResponse:
        """Set the URLs a job's runs are sent to, optionally with a new signing secret.

        Calls `set_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint`.
        """
        from . import set_job_endpoint  # noqa: PLC0415

        return set_job_endpoint.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def verify_endpoint(
        self,
        job_id: str,
    ) -> VerifyJobEndpointResult:
        """Send a signed test request to the job's endpoint and report the outcome.

        Calls `verify_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint/verify`.
        """
        from . import verify_job_endpoint  # noqa: PLC0415

        return verify_job_endpoint.sync(
            job_id=job_id,
            client=self._client,
        )

    def get_health(
        self,
        job_id: str,
        *,
        window: JobHealthWindow | Unset = UNSET,
    ) -> JobHealth:
        """Get run counts and durations of a job over a recent window.

        Calls `get_job_health`: `GET /v1/jobs/{job_id}/health`.
        """
        from . import get_job_health  # noqa: PLC0415

        return get_job_health.sync(
            job_id=job_id,
            client=self._client,
            window=window,
        )

    def pause(
        self,
        job_id: str,
        *,
        body: PauseJobRequest | Unset = UNSET,
    ) -> Job:
        """Pause a job so that it rejects new triggers.

        Calls `pause_job`: `POST /v1/jobs/{job_id}/pause`.
        """
        from . import pause_job  # noqa: PLC0415

        return pause_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def resume(
        self,
        job_id: str,
    ) -> Job:
        """Resume a paused job.

        Calls `resume_job`: `POST /v1/jobs/{job_id}/resume`.
        """
        from . import resume_job  # noqa: PLC0415

        return resume_job.sync(
            job_id=job_id,
            client=self._client,
        )

    def trigger(
        self,
        job_id: str,
        *,
        body: TriggerRequest,
        idempotency_key: str | Unset = UNSET,
        traceparent: str | Unset = UNSET,
        tracestate: str | Unset = UNSET,
    ) -> (
        BatchFlushedTrigger
        | BufferedTrigger
        | DebouncedTrigger
        | TriggeredRun
        | DryRunResult
        | IdempotentTriggerHit
    ):
        """Start a run of a job.

        Calls `trigger_job`: `POST /v1/jobs/{job_id}/trigger`.
        """
        from . import trigger_job  # noqa: PLC0415

        return trigger_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
        )

    def bulk_trigger(
        self,
        job_id: str,
        *,
        body: BulkTriggerRequest,
    ) -> BulkTriggerResponse:
        """Start many runs of a job in one request.

        Calls `bulk_trigger_job`: `POST /v1/jobs/{job_id}/trigger/bulk`.
        """
        from . import bulk_trigger_job  # noqa: PLC0415

        return bulk_trigger_job.sync(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    def list_versions(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobVersionList:
        """List the saved versions of a job, highest version first.

        Calls `list_job_versions`: `GET /v1/jobs/{job_id}/versions`.
        """
        from . import list_job_versions  # noqa: PLC0415

        return list_job_versions.sync(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_versions(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobVersion]:
        """Iterate over every item of `list_versions`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_versions  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_job_versions.sync(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get_version(
        self,
        job_id: str,
        version_id: str,
    ) -> JobVersion:
        """Get one saved version of a job.

        Calls `get_job_version`: `GET /v1/jobs/{job_id}/versions/{version_id}`.
        """
        from . import get_job_version  # noqa: PLC0415

        return get_job_version.sync(
            job_id=job_id,
            version_id=version_id,
            client=self._client,
        )


class AsyncJobs(AsyncJobsMixin):
    """Operations tagged jobs in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobList:
        """List the project's jobs, newest first.

        Calls `list_jobs`: `GET /v1/jobs`.
        """
        from . import list_jobs  # noqa: PLC0415

        return await list_jobs.asyncio(
            client=self._client,
            slug=slug,
            tag_key=tag_key,
            tag_value=tag_value,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        slug: str | Unset = UNSET,
        tag_key: str | Unset = UNSET,
        tag_value: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Job]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_jobs  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_jobs.asyncio(
                client=self._client,
                slug=slug,
                tag_key=tag_key,
                tag_value=tag_value,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Create a job.

        Calls `create_job`: `POST /v1/jobs`.
        """
        from . import create_job  # noqa: PLC0415

        return await create_job.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def batch_create(
        self,
        *,
        body: BatchCreateJobsRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BatchCreateJobsResponse:
        """Create up to 50 jobs in one request.

        Calls `batch_create_jobs`: `POST /v1/jobs/batch`.
        """
        from . import batch_create_jobs  # noqa: PLC0415

        return await batch_create_jobs.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def batch_disable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Disable up to 50 jobs at once.

        Calls `batch_disable_jobs`: `POST /v1/jobs/batch-disable`.
        """
        from . import batch_disable_jobs  # noqa: PLC0415

        return await batch_disable_jobs.asyncio(
            client=self._client,
            body=body,
        )

    async def batch_enable(
        self,
        *,
        body: BatchJobIDsRequest,
    ) -> BatchUpdateResult:
        """Enable up to 50 jobs at once.

        Calls `batch_enable_jobs`: `POST /v1/jobs/batch-enable`.
        """
        from . import batch_enable_jobs  # noqa: PLC0415

        return await batch_enable_jobs.asyncio(
            client=self._client,
            body=body,
        )

    async def get(
        self,
        job_id: str,
    ) -> Job:
        """Get a job by its id.

        Calls `get_job`: `GET /v1/jobs/{job_id}`.
        """
        from . import get_job  # noqa: PLC0415

        return await get_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def delete(
        self,
        job_id: str,
    ) -> None:
        """Delete a job.

        Calls `delete_job`: `DELETE /v1/jobs/{job_id}`.
        """
        from . import delete_job  # noqa: PLC0415

        return await delete_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def update(
        self,
        job_id: str,
        *,
        body: UpdateJobRequest,
    ) -> Job:
        """Change some fields of a job.

        Calls `update_job`: `PATCH /v1/jobs/{job_id}`.
        """
        from . import update_job  # noqa: PLC0415

        return await update_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def clone(
        self,
        job_id: str,
        *,
        body: CloneJobRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Job:
        """Copy a job under a new name and slug.

        Calls `clone_job`: `POST /v1/jobs/{job_id}/clone`.
        """
        from . import clone_job  # noqa: PLC0415

        return await clone_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def list_dependencies(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobDependencyList:
        """List the jobs a job depends on, newest dependency first.

        Calls `list_job_dependencies`: `GET /v1/jobs/{job_id}/dependencies`.
        """
        from . import list_job_dependencies  # noqa: PLC0415

        return await list_job_dependencies.asyncio(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_dependencies(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobDependency]:
        """Iterate with `async for` over every item of `list_dependencies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_dependencies  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_dependencies.asyncio(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_dependency(
        self,
        job_id: str,
        *,
        body: CreateJobDependencyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobDependency:
        """Make a job wait for the outcome of another job.

        Calls `create_job_dependency`: `POST /v1/jobs/{job_id}/dependencies`.
        """
        from . import create_job_dependency  # noqa: PLC0415

        return await create_job_dependency.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_dependency(
        self,
        job_id: str,
        dep_id: str,
    ) -> None:
        """Remove a dependency from a job.

        Calls `delete_job_dependency`: `DELETE /v1/jobs/{job_id}/dependencies/{dep_id}`.
        """
        from . import delete_job_dependency  # noqa: PLC0415

        return await delete_job_dependency.asyncio(
            job_id=job_id,
            dep_id=dep_id,
            client=self._client,
        )

    async def set_endpoint(
        self,
        job_id: str,
        *,
        body: SetJobEndpointRequest,
    ) -> SetJobEndpointResponse:
        """Set the URLs a job's runs are sent to, optionally with a new signing secret.

        Calls `set_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint`.
        """
        from . import set_job_endpoint  # noqa: PLC0415

        return await set_job_endpoint.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def verify_endpoint(
        self,
        job_id: str,
    ) -> VerifyJobEndpointResult:
        """Send a signed test request to the job's endpoint and report the outcome.

        Calls `verify_job_endpoint`: `POST /v1/jobs/{job_id}/endpoint/verify`.
        """
        from . import verify_job_endpoint  # noqa: PLC0415

        return await verify_job_endpoint.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def get_health(
        self,
        job_id: str,
        *,
        window: JobHealthWindow | Unset = UNSET,
    ) -> JobHealth:
        """Get run counts and durations of a job over a recent window.

        Calls `get_job_health`: `GET /v1/jobs/{job_id}/health`.
        """
        from . import get_job_health  # noqa: PLC0415

        return await get_job_health.asyncio(
            job_id=job_id,
            client=self._client,
            window=window,
        )

    async def pause(
        self,
        job_id: str,
        *,
        body: PauseJobRequest | Unset = UNSET,
    ) -> Job:
        """Pause a job so that it rejects new triggers.

        Calls `pause_job`: `POST /v1/jobs/{job_id}/pause`.
        """
        from . import pause_job  # noqa: PLC0415

        return await pause_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def resume(
        self,
        job_id: str,
    ) -> Job:
        """Resume a paused job.

        Calls `resume_job`: `POST /v1/jobs/{job_id}/resume`.
        """
        from . import resume_job  # noqa: PLC0415

        return await resume_job.asyncio(
            job_id=job_id,
            client=self._client,
        )

    async def trigger(
        self,
        job_id: str,
        *,
        body: TriggerRequest,
        idempotency_key: str | Unset = UNSET,
        traceparent: str | Unset = UNSET,
        tracestate: str | Unset = UNSET,
    ) -> (
        BatchFlushedTrigger
        | BufferedTrigger
        | DebouncedTrigger
        | TriggeredRun
        | DryRunResult
        | IdempotentTriggerHit
    ):
        """Start a run of a job.

        Calls `trigger_job`: `POST /v1/jobs/{job_id}/trigger`.
        """
        from . import trigger_job  # noqa: PLC0415

        return await trigger_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
        )

    async def bulk_trigger(
        self,
        job_id: str,
        *,
        body: BulkTriggerRequest,
    ) -> BulkTriggerResponse:
        """Start many runs of a job in one request.

        Calls `bulk_trigger_job`: `POST /v1/jobs/{job_id}/trigger/bulk`.
        """
        from . import bulk_trigger_job  # noqa: PLC0415

        return await bulk_trigger_job.asyncio(
            job_id=job_id,
            client=self._client,
            body=body,
        )

    async def list_versions(
        self,
        job_id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobVersionList:
        """List the saved versions of a job, highest version first.

        Calls `list_job_versions`: `GET /v1/jobs/{job_id}/versions`.
        """
        from . import list_job_versions  # noqa: PLC0415

        return await list_job_versions.asyncio(
            job_id=job_id,
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_versions(
        self,
        job_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobVersion]:
        """Iterate with `async for` over every item of `list_versions`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_job_versions  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_job_versions.asyncio(
                job_id=job_id,
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get_version(
        self,
        job_id: str,
        version_id: str,
    ) -> JobVersion:
        """Get one saved version of a job.

        Calls `get_job_version`: `GET /v1/jobs/{job_id}/versions/{version_id}`.
        """
        from . import get_job_version  # noqa: PLC0415

        return await get_job_version.asyncio(
            job_id=job_id,
            version_id=version_id,
            client=self._client,
        )
