"""Resource clients for the operations tagged batch_operations: `client.batch_operations` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.batch_operation import BatchOperation
    from ...models.batch_operation_list import BatchOperationList


class BatchOperations:
    """Operations tagged batch_operations in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> BatchOperationList:
        """List the project's bulk triggers, newest first.

        Calls `list_batch_operations`: `GET /v1/batch-operations`.
        """
        from . import list_batch_operations  # noqa: PLC0415

        return list_batch_operations.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[BatchOperation]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_batch_operations  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_batch_operations.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def get(
        self,
        batch_id: str,
    ) -> BatchOperation:
        """Get the progress of one bulk trigger.

        Calls `get_batch_operation`: `GET /v1/batch-operations/{batch_id}`.
        """
        from . import get_batch_operation  # noqa: PLC0415

        return get_batch_operation.sync(
            batch_id=batch_id,
            client=self._client,
        )


class AsyncBatchOperations:
    """Operations tagged batch_operations in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> BatchOperationList:
        """List the project's bulk triggers, newest first.

        Calls `list_batch_operations`: `GET /v1/batch-operations`.
        """
        from . import list_batch_operations  # noqa: PLC0415

        return await list_batch_operations.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[BatchOperation]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_batch_operations  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_batch_operations.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def get(
        self,
        batch_id: str,
    ) -> BatchOperation:
        """Get the progress of one bulk trigger.

        Calls `get_batch_operation`: `GET /v1/batch-operations/{batch_id}`.
        """
        from . import get_batch_operation  # noqa: PLC0415

        return await get_batch_operation.asyncio(
            batch_id=batch_id,
            client=self._client,
        )
