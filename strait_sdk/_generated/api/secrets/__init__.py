"""Resource clients for the operations tagged secrets: `client.secrets` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_secret_request import CreateSecretRequest
    from ...models.job_secret import JobSecret
    from ...models.job_secret_list import JobSecretList


class Secrets:
    """Operations tagged secrets in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobSecretList:
        """List the project's secrets without their values, newest first.

        Calls `list_secrets`: `GET /v1/secrets`.
        """
        from . import list_secrets  # noqa: PLC0415

        return list_secrets.sync(
            client=self._client,
            job_id=job_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[JobSecret]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_secrets  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_secrets.sync(
                client=self._client,
                job_id=job_id,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateSecretRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobSecret:
        """Store a secret for the project, one environment or one job.

        Calls `create_secret`: `POST /v1/secrets`.
        """
        from . import create_secret  # noqa: PLC0415

        return create_secret.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        secret_id: str,
    ) -> JobSecret:
        """Get a secret's metadata by its id.

        Calls `get_secret`: `GET /v1/secrets/{secret_id}`.
        """
        from . import get_secret  # noqa: PLC0415

        return get_secret.sync(
            secret_id=secret_id,
            client=self._client,
        )

    def delete(
        self,
        secret_id: str,
    ) -> None:
        """Delete a secret.

        Calls `delete_secret`: `DELETE /v1/secrets/{secret_id}`.
        """
        from . import delete_secret  # noqa: PLC0415

        return delete_secret.sync(
            secret_id=secret_id,
            client=self._client,
        )


class AsyncSecrets:
    """Operations tagged secrets in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> JobSecretList:
        """List the project's secrets without their values, newest first.

        Calls `list_secrets`: `GET /v1/secrets`.
        """
        from . import list_secrets  # noqa: PLC0415

        return await list_secrets.asyncio(
            client=self._client,
            job_id=job_id,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        job_id: str | Unset = UNSET,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[JobSecret]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_secrets  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_secrets.asyncio(
                client=self._client,
                job_id=job_id,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateSecretRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> JobSecret:
        """Store a secret for the project, one environment or one job.

        Calls `create_secret`: `POST /v1/secrets`.
        """
        from . import create_secret  # noqa: PLC0415

        return await create_secret.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        secret_id: str,
    ) -> JobSecret:
        """Get a secret's metadata by its id.

        Calls `get_secret`: `GET /v1/secrets/{secret_id}`.
        """
        from . import get_secret  # noqa: PLC0415

        return await get_secret.asyncio(
            secret_id=secret_id,
            client=self._client,
        )

    async def delete(
        self,
        secret_id: str,
    ) -> None:
        """Delete a secret.

        Calls `delete_secret`: `DELETE /v1/secrets/{secret_id}`.
        """
        from . import delete_secret  # noqa: PLC0415

        return await delete_secret.asyncio(
            secret_id=secret_id,
            client=self._client,
        )
