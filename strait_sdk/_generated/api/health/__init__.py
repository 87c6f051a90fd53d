"""Resource clients for the operations tagged health: `client.health` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.health_readiness import HealthReadiness
    from ...models.health_status import HealthStatus


class Health:
    """Operations tagged health in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def check(
        self,
    ) -> HealthStatus:
        """Report whether the server is up.

        Calls `health_check`: `GET /health`.
        """
        from . import health_check  # noqa: PLC0415

        return health_check.sync(
            client=self._client,
        )

    def check_ready(
        self,
    ) -> HealthReadiness:
        """Report whether the server can take requests.

        Calls `health_ready`: `GET /health/ready`.
        """
        from . import health_ready  # noqa: PLC0415

        return health_ready.sync(
            client=self._client,
        )


class AsyncHealth:
    """Operations tagged health in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def check(
        self,
    ) -> HealthStatus:
        """Report whether the server is up.

        Calls `health_check`: `GET /health`.
        """
        from . import health_check  # noqa: PLC0415

        return await health_check.asyncio(
            client=self._client,
        )

    async def check_ready(
        self,
    ) -> HealthReadiness:
        """Report whether the server can take requests.

        Calls `health_ready`: `GET /health/ready`.
        """
        from . import health_ready  # noqa: PLC0415

        return await health_ready.asyncio(
            client=self._client,
        )
