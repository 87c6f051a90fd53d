"""Resource clients for the operations tagged api_keys: `client.api_keys` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.api_key import ApiKey
    from ...models.api_key_list import ApiKeyList
    from ...models.api_key_revocation import ApiKeyRevocation
    from ...models.create_api_key_request import CreateApiKeyRequest
    from ...models.created_api_key import CreatedApiKey
    from ...models.expiring_api_key import ExpiringApiKey
    from ...models.rotate_api_key_request import RotateApiKeyRequest
    from ...models.rotated_api_key import RotatedApiKey


class ApiKeys:
    """Operations tagged api_keys in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ApiKeyList:
        """List the project's API keys, newest first.

        Calls `list_api_keys`: `GET /v1/api-keys`.
        """
        from . import list_api_keys  # noqa: PLC0415

        return list_api_keys.sync(
            client=self._client,
            org_id=org_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        org_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ApiKey]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_api_keys  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_api_keys.sync(
                client=self._client,
                org_id=org_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreatedApiKey:
        """Create an API key for the project.

        Calls `create_api_key`: `POST /v1/api-keys`.
        """
        from . import create_api_key  # noqa: PLC0415

        return create_api_key.sync(
            client=self._client,
            body=body,
        )

    def list_expiring(
        self,
        *,
        within_days: int | Unset = UNSET,
    ) -> builtins.list[ExpiringApiKey]:
        """List the project's API keys that expire within a number of days.

        Calls `list_expiring_keys`: `GET /v1/api-keys/expiring-soon`.
        """
        from . import list_expiring_keys  # noqa: PLC0415

        return list_expiring_keys.sync(
            client=self._client,
            within_days=within_days,
        )

    def revoke(
        self,
        key_id: str,
    ) -> ApiKeyRevocation:
        """Revoke an API key.

        Calls `revoke_api_key`: `DELETE /v1/api-keys/{key_id}`.
        """
        from . import revoke_api_key  # noqa: PLC0415

        return revoke_api_key.sync(
            key_id=key_id,
            client=self._client,
        )

    def rotate(
        self,
        key_id: str,
        *,
        body: RotateApiKeyRequest | Unset = UNSET,
    ) -> RotatedApiKey:
        """Replace an API key with a new one that has the same scopes.

        Calls `rotate_api_key`: `POST /v1/api-keys/{key_id}/rotate`.
        """
        from . import rotate_api_key  # noqa: PLC0415

        return rotate_api_key.sync(
            key_id=key_id,
            client=self._client,
            body=body,
        )


class AsyncApiKeys:
    """Operations tagged api_keys in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        org_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ApiKeyList:
        """List the project's API keys, newest first.

        Calls `list_api_keys`: `GET /v1/api-keys`.
        """
        from . import list_api_keys  # noqa: PLC0415

        return await list_api_keys.asyncio(
            client=self._client,
            org_id=org_id,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        org_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ApiKey]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_api_keys  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_api_keys.asyncio(
                client=self._client,
                org_id=org_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateApiKeyRequest,
    ) -> CreatedApiKey:
        """Create an API key for the project.

        Calls `create_api_key`: `POST /v1/api-keys`.
        """
        from . import create_api_key  # noqa: PLC0415

        return await create_api_key.asyncio(
            client=self._client,
            body=body,
        )

    async def list_expiring(
        self,
        *,
        within_days: int | Unset = UNSET,
    ) -> builtins.list[ExpiringApiKey]:
        """List the project's API keys that expire within a number of days.

        Calls `list_expiring_keys`: `GET /v1/api-keys/expiring-soon`.
        """
        from . import list_expiring_keys  # noqa: PLC0415

        return await list_expiring_keys.asyncio(
            client=self._client,
            within_days=within_days,
        )

    async def revoke(
        self,
        key_id: str,
    ) -> ApiKeyRevocation:
        """Revoke an API key.

        Calls `revoke_api_key`: `DELETE /v1/api-keys/{key_id}`.
        """
        from . import revoke_api_key  # noqa: PLC0415

        return await revoke_api_key.asyncio(
            key_id=key_id,
            client=self._client,
        )

    async def rotate(
        self,
        key_id: str,
        *,
        body: RotateApiKeyRequest | Unset = UNSET,
    ) -> RotatedApiKey:
        """Replace an API key with a new one that has the same scopes.

        Calls `rotate_api_key`: `POST /v1/api-keys/{key_id}/rotate`.
        """
        from . import rotate_api_key  # noqa: PLC0415

        return await rotate_api_key.asyncio(
            key_id=key_id,
            client=self._client,
            body=body,
        )
