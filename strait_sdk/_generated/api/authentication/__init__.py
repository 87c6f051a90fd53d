"""Resource clients for the operations tagged authentication: `client.authentication` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.sse_token import SseToken


class Authentication:
    """Operations tagged authentication in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def create_sse_token(
        self,
    ) -> SseToken:
        """Mint a short-lived token for server-sent-event streams opened by a browser.

        Calls `create_sse_token`: `POST /v1/sse-token`.
        """
        from . import create_sse_token  # noqa: PLC0415

        return create_sse_token.sync(
            client=self._client,
        )


class AsyncAuthentication:
    """Operations tagged authentication in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def create_sse_token(
        self,
    ) -> SseToken:
        """Mint a short-lived token for server-sent-event streams opened by a browser.

        Calls `create_sse_token`: `POST /v1/sse-token`.
        """
        from . import create_sse_token  # noqa: PLC0415

        return await create_sse_token.asyncio(
            client=self._client,
        )
