"""Resource clients for the operations tagged deployments: `client.deployments` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_deployment_request import CreateDeploymentRequest
    from ...models.deployment_action_request import DeploymentActionRequest
    from ...models.deployment_version import DeploymentVersion
    from ...models.deployment_version_list import DeploymentVersionList


class Deployments:
    """Operations tagged deployments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> DeploymentVersionList:
        """List the project's deployment versions, newest first.

        Calls `list_deployments`: `GET /v1/deployments`.
        """
        from . import list_deployments  # noqa: PLC0415

        return list_deployments.sync(
            client=self._client,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[DeploymentVersion]:
        """Iterate over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_deployments  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_deployments.sync(
                client=self._client,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create(
        self,
        *,
        body: CreateDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> DeploymentVersion:
        """Register a new deployment version as a draft.

        Calls `create_deployment`: `POST /v1/deployments`.
        """
        from . import create_deployment  # noqa: PLC0415

        return create_deployment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def finalize(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Finalize a deployment version.

        Calls `finalize_deployment`: `POST /v1/deployments/{deployment_id}/finalize`.
        """
        from . import finalize_deployment  # noqa: PLC0415

        return finalize_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    def promote(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Promote a deployment version in an environment.

        Calls `promote_deployment`: `POST /v1/deployments/{deployment_id}/promote`.
        """
        from . import promote_deployment  # noqa: PLC0415

        return promote_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    def rollback(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Roll an environment back to a deployment version.

        Calls `rollback_deployment`: `POST /v1/deployments/{deployment_id}/rollback`.
        """
        from . import rollback_deployment  # noqa: PLC0415

        return rollback_deployment.sync(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )


class AsyncDeployments:
    """Operations tagged deployments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        environment: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> DeploymentVersionList:
        """List the project's deployment versions, newest first.

        Calls `list_deployments`: `GET /v1/deployments`.
        """
        from . import list_deployments  # noqa: PLC0415

        return await list_deployments.asyncio(
            client=self._client,
            environment=environment,
            limit=limit,
            cursor=cursor,
        )

    def iter(
        self,
        *,
        environment: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[DeploymentVersion]:
        """Iterate with `async for` over every item of `list`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_deployments  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_deployments.asyncio(
                client=self._client,
                environment=environment,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create(
        self,
        *,
        body: CreateDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> DeploymentVersion:
        """Register a new deployment version as a draft.

        Calls `create_deployment`: `POST /v1/deployments`.
        """
        from . import create_deployment  # noqa: PLC0415

        return await create_deployment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def finalize(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Finalize a deployment version.

        Calls `finalize_deployment`: `POST /v1/deployments/{deployment_id}/finalize`.
        """
        from . import finalize_deployment  # noqa: PLC0415

        return await finalize_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    async def promote(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Promote a deployment version in an environment.

        Calls `promote_deployment`: `POST /v1/deployments/{deployment_id}/promote`.
        """
        from . import promote_deployment  # noqa: PLC0415

        return await promote_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )

    async def rollback(
        self,
        deployment_id: str,
        *,
        body: DeploymentActionRequest,
    ) -> DeploymentVersion:
        """Roll an environment back to a deployment version.

        Calls `rollback_deployment`: `POST /v1/deployments/{deployment_id}/rollback`.
        """
        from . import rollback_deployment  # noqa: PLC0415

        return await rollback_deployment.asyncio(
            deployment_id=deployment_id,
            client=self._client,
            body=body,
        )
