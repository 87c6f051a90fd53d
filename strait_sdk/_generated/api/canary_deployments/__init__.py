"""Resource clients for the operations tagged canary_deployments: `client.canary_deployments` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.canary_deployment import CanaryDeployment
    from ...models.canary_rollback_result import CanaryRollbackResult
    from ...models.create_canary_deployment_request import CreateCanaryDeploymentRequest
    from ...models.update_canary_deployment_request import UpdateCanaryDeploymentRequest


class CanaryDeployments:
    """Operations tagged canary_deployments in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateCanaryDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> CanaryDeployment:
        """Start sending a share of a workflow's runs to another version.

        Calls `create_canary_deployment`: `POST /v1/canary-deployments`.
        """
        from . import create_canary_deployment  # noqa: PLC0415

        return create_canary_deployment.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_status(
        self,
        workflow_id: str,
    ) -> CanaryDeployment:
        """Get the active canary of a workflow.

        Calls `get_canary_status`: `GET /v1/workflows/{workflow_id}/canary`.
        """
        from . import get_canary_status  # noqa: PLC0415

        return get_canary_status.sync(
            workflow_id=workflow_id,
            client=self._client,
        )

    def update(
        self,
        workflow_id: str,
        *,
        body: UpdateCanaryDeploymentRequest,
    ) -> CanaryDeployment | None:
        """Change the share of a workflow's runs that go to the canary version.

        Calls `update_canary_deployment`: `PATCH /v1/workflows/{workflow_id}/canary`.
        """
        from . import update_canary_deployment  # noqa: PLC0415

        return update_canary_deployment.sync(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    def rollback(
        self,
        workflow_id: str,
    ) -> CanaryRollbackResult:
        """End a workflow's canary and send every run to the source version.

        Calls `rollback_canary_deployment`: `POST /v1/workflows/{workflow_id}/canary/rollback`.
        """
        from . import rollback_canary_deployment  # noqa: PLC0415

        return rollback_canary_deployment.sync(
            workflow_id=workflow_id,
            client=self._client,
        )


class AsyncCanaryDeployments:
    """Operations tagged canary_deployments in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateCanaryDeploymentRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> CanaryDeployment:
        """Start sending a share of a workflow's runs to another version.

        Calls `create_canary_deployment`: `POST /v1/canary-deployments`.
        """
        from . import create_canary_deployment  # noqa: PLC0415

        return await create_canary_deployment.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_status(
        self,
        workflow_id: str,
    ) -> CanaryDeployment:
        """Get the active canary of a workflow.

        Calls `get_canary_status`: `GET /v1/workflows/{workflow_id}/canary`.
        """
        from . import get_canary_status  # noqa: PLC0415

        return await get_canary_status.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )

    async def update(
        self,
        workflow_id: str,
        *,
        body: UpdateCanaryDeploymentRequest,
    ) -> CanaryDeployment | None:
        """Change the share of a workflow's runs that go to the canary version.

        Calls `update_canary_deployment`: `PATCH /v1/workflows/{workflow_id}/canary`.
        """
        from . import update_canary_deployment  # noqa: PLC0415

        return await update_canary_deployment.asyncio(
            workflow_id=workflow_id,
            client=self._client,
            body=body,
        )

    async def rollback(
        self,
        workflow_id: str,
    ) -> CanaryRollbackResult:
        """End a workflow's canary and send every run to the source version.

        Calls `rollback_canary_deployment`: `POST /v1/workflows/{workflow_id}/canary/rollback`.
        """
        from . import rollback_canary_deployment  # noqa: PLC0415

        return await rollback_canary_deployment.asyncio(
            workflow_id=workflow_id,
            client=self._client,
        )
