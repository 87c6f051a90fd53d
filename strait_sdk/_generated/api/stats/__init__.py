"""Resource clients for the operations tagged stats: `client.stats` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.run_queue_stats import RunQueueStats


class Stats:
    """Operations tagged stats in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get(
        self,
    ) -> RunQueueStats:
        """Count the runs that are queued, executing or delayed.

        Calls `get_stats`: `GET /v1/stats`.
        """
        from . import get_stats  # noqa: PLC0415

        return get_stats.sync(
            client=self._client,
        )


class AsyncStats:
    """Operations tagged stats in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get(
        self,
    ) -> RunQueueStats:
        """Count the runs that are queued, executing or delayed.

        Calls `get_stats`: `GET /v1/stats`.
        """
        from . import get_stats  # noqa: PLC0415

        return await get_stats.asyncio(
            client=self._client,
        )
