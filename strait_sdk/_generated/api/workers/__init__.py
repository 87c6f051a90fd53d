"""Resource clients for the operations tagged workers: `client.workers` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.worker import Worker
    from ...models.worker_disconnected import WorkerDisconnected
    from ...models.worker_page import WorkerPage
    from ...models.worker_task_page import WorkerTaskPage


class Workers:
    """Operations tagged workers in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerPage:
        """List the workers registered in the project.

        Calls `list_workers`: `GET /v1/workers`.
        """
        from . import list_workers  # noqa: PLC0415

        return list_workers.sync(
            client=self._client,
            limit=limit,
            offset=offset,
        )

    def get(
        self,
        worker_id: str,
    ) -> Worker:
        """Get a worker by its id.

        Calls `get_worker`: `GET /v1/workers/{worker_id}`.
        """
        from . import get_worker  # noqa: PLC0415

        return get_worker.sync(
            worker_id=worker_id,
            client=self._client,
        )

    def disconnect(
        self,
        worker_id: str,
    ) -> WorkerDisconnected:
        """Force a worker to disconnect.

        Calls `force_disconnect_worker`: `DELETE /v1/workers/{worker_id}`.
        """
        from . import force_disconnect_worker  # noqa: PLC0415

        return force_disconnect_worker.sync(
            worker_id=worker_id,
            client=self._client,
        )

    def list_tasks(
        self,
        worker_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerTaskPage:
        """List the tasks assigned to a worker.

        Calls `list_worker_tasks`: `GET /v1/workers/{worker_id}/tasks`.
        """
        from . import list_worker_tasks  # noqa: PLC0415

        return list_worker_tasks.sync(
            worker_id=worker_id,
            client=self._client,
            limit=limit,
            offset=offset,
        )


class AsyncWorkers:
    """Operations tagged workers in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerPage:
        """List the workers registered in the project.

        Calls `list_workers`: `GET /v1/workers`.
        """
        from . import list_workers  # noqa: PLC0415

        return await list_workers.asyncio(
            client=self._client,
            limit=limit,
            offset=offset,
        )

    async def get(
        self,
        worker_id: str,
    ) -> Worker:
        """Get a worker by its id.

        Calls `get_worker`: `GET /v1/workers/{worker_id}`.
        """
        from . import get_worker  # noqa: PLC0415

        return await get_worker.asyncio(
            worker_id=worker_id,
            client=self._client,
        )

    async def disconnect(
        self,
        worker_id: str,
    ) -> WorkerDisconnected:
        """Force a worker to disconnect.

        Calls `force_disconnect_worker`: `DELETE /v1/workers/{worker_id}`.
        """
        from . import force_disconnect_worker  # noqa: PLC0415

        return await force_disconnect_worker.asyncio(
            worker_id=worker_id,
            client=self._client,
        )

    async def list_tasks(
        self,
        worker_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> WorkerTaskPage:
        """List the tasks assigned to a worker.

        Calls `list_worker_tasks`: `GET /v1/workers/{worker_id}/tasks`.
        """
        from . import list_worker_tasks  # noqa: PLC0415

        return await list_worker_tasks.asyncio(
            worker_id=worker_id,
            client=self._client,
            limit=limit,
            offset=offset,
        )
