"""Resource clients for the operations tagged environments: `client.environments` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_environment_request import CreateEnvironmentRequest
    from ...models.environment import Environment
    from ...models.environment_list import EnvironmentList
    from ...models.resolved_variables import ResolvedVariables
    from ...models.update_environment_request import UpdateEnvironmentRequest


class Environments:
    """Operations tagged environments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EnvironmentList:
        """List the project's environments, newest first.

        Calls `list_environments`: `GET /v1/environments`.
        """
        from . import list_environments  # noqa: PLC0415

        return list_environments.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[Environment]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_environments  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_environments.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateEnvironmentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Environment:
        """Create an environment in the key's project.

        Calls `create_environment`: `POST /v1/environments`.
        """
        from . import create_environment  # noqa: PLC0415

        return create_environment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        env_id: str,
    ) -> Environment:
        """Get an environment by its id.

        Calls `get_environment`: `GET /v1/environments/{env_id}`.
        """
        from . import get_environment  # noqa: PLC0415

        return get_environment.sync(
            env_id=env_id,
            client=self._client,
        )

    def delete(
        self,
        env_id: str,
    ) -> None:
        """Delete an environment.

        Calls `delete_environment`: `DELETE /v1/environments/{env_id}`.
        """
        from . import delete_environment  # noqa: PLC0415

        return delete_environment.sync(
            env_id=env_id,
            client=self._client,
        )

    def update(
        self,
        env_id: str,
        *,
        body: UpdateEnvironmentRequest,
    ) -> Environment:
        """Change some fields of an environment.

        Calls `update_environment`: `PATCH /v1/environments/{env_id}`.
        """
        from . import update_environment  # noqa: PLC0415

        return update_environment.sync(
            env_id=env_id,
            client=self._client,
            body=body,
        )

    def get_resolved_variables(
        self,
        env_id: str,
    ) -> ResolvedVariables:
        """Get the variables an environment resolves to, with their values.

        Calls `get_resolved_variables`: `GET /v1/environments/{env_id}/variables`.
        """
        from . import get_resolved_variables  # noqa: PLC0415

        return get_resolved_variables.sync(
            env_id=env_id,
            client=self._client,
        )


class AsyncEnvironments:
    """Operations tagged environments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> EnvironmentList:
        """List the project's environments, newest first.

        Calls `list_environments`: `GET /v1/environments`.
        """
        from . import list_environments  # noqa: PLC0415

        return await list_environments.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Environment]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_environments  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_environments.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateEnvironmentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Environment:
        """Create an environment in the key's project.

        Calls `create_environment`: `POST /v1/environments`.
        """
        from . import create_environment  # noqa: PLC0415

        return await create_environment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        env_id: str,
    ) -> Environment:
        """Get an environment by its id.

        Calls `get_environment`: `GET /v1/environments/{env_id}`.
        """
        from . import get_environment  # noqa: PLC0415

        return await get_environment.asyncio(
            env_id=env_id,
            client=self._client,
        )

    async def delete(
        self,
        env_id: str,
    ) -> None:
        """Delete an environment.

        Calls `delete_environment`: `DELETE /v1/environments/{env_id}`.
        """
        from . import delete_environment  # noqa: PLC0415

        return await delete_environment.asyncio(
            env_id=env_id,
            client=self._client,
        )

    async def update(
        self,
        env_id: str,
        *,
        body: UpdateEnvironmentRequest,
    ) -> Environment:
        """Change some fields of an environment.

        Calls `update_environment`: `PATCH /v1/environments/{env_id}`.
        """
        from . import update_environment  # noqa: PLC0415

        return await update_environment.asyncio(
            env_id=env_id,
            client=self._client,
            body=body,
        )

    async def get_resolved_variables(
        self,
        env_id: str,
    ) -> ResolvedVariables:
        """Get the variables an environment resolves to, with their values.

        Calls `get_resolved_variables`: `GET /v1/environments/{env_id}/variables`.
        """
        from . import get_resolved_variables  # noqa: PLC0415

        return await get_resolved_variables.asyncio(
            env_id=env_id,
            client=self._client,
        )
