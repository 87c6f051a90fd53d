"""Resource clients for the operations tagged log_drains: `client.log_drains` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_log_drain_request import CreateLogDrainRequest
    from ...models.log_drain import LogDrain
    from ...models.update_log_drain_request import UpdateLogDrainRequest


class LogDrains:
    """Operations tagged log_drains in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[LogDrain]:
        """List the project's log drains.

        Calls `list_log_drains`: `GET /v1/log-drains`.
        """
        from . import list_log_drains  # noqa: PLC0415

        return list_log_drains.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: CreateLogDrainRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> LogDrain:
        """Create a log drain that forwards the events of finished runs.

        Calls `create_log_drain`: `POST /v1/log-drains`.
        """
        from . import create_log_drain  # noqa: PLC0415

        return create_log_drain.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        drain_id: str,
    ) -> LogDrain:
        """Get a log drain by its id.

        Calls `get_log_drain`: `GET /v1/log-drains/{drain_id}`.
        """
        from . import get_log_drain  # noqa: PLC0415

        return get_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
        )

    def delete(
        self,
        drain_id: str,
    ) -> None:
        """Delete a log drain.

        Calls `delete_log_drain`: `DELETE /v1/log-drains/{drain_id}`.
        """
        from . import delete_log_drain  # noqa: PLC0415

        return delete_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
        )

    def update(
        self,
        drain_id: str,
        *,
        body: UpdateLogDrainRequest,
    ) -> LogDrain:
        """Change some fields of a log drain.

        Calls `update_log_drain`: `PATCH /v1/log-drains/{drain_id}`.
        """
        from . import update_log_drain  # noqa: PLC0415

        return update_log_drain.sync(
            drain_id=drain_id,
            client=self._client,
            body=body,
        )


class AsyncLogDrains:
    """Operations tagged log_drains in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[LogDrain]:
        """List the project's log drains.

        Calls `list_log_drains`: `GET /v1/log-drains`.
        """
        from . import list_log_drains  # noqa: PLC0415

        return await list_log_drains.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CreateLogDrainRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> LogDrain:
        """Create a log drain that forwards the events of finished runs.

        Calls `create_log_drain`: `POST /v1/log-drains`.
        """
        from . import create_log_drain  # noqa: PLC0415

        return await create_log_drain.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        drain_id: str,
    ) -> LogDrain:
        """Get a log drain by its id.

        Calls `get_log_drain`: `GET /v1/log-drains/{drain_id}`.
        """
        from . import get_log_drain  # noqa: PLC0415

        return await get_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
        )

    async def delete(
        self,
        drain_id: str,
    ) -> None:
        """Delete a log drain.

        Calls `delete_log_drain`: `DELETE /v1/log-drains/{drain_id}`.
        """
        from . import delete_log_drain  # noqa: PLC0415

        return await delete_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
        )

    async def update(
        self,
        drain_id: str,
        *,
        body: UpdateLogDrainRequest,
    ) -> LogDrain:
        """Change some fields of a log drain.

        Calls `update_log_drain`: `PATCH /v1/log-drains/{drain_id}`.
        """
        from . import update_log_drain  # noqa: PLC0415

        return await update_log_drain.asyncio(
            drain_id=drain_id,
            client=self._client,
            body=body,
        )
