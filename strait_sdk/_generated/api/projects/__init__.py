"""Resource clients for the operations tagged projects: `client.projects` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...._resource_mixins import AsyncProjectsMixin, ProjectsMixin
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.create_project_request import CreateProjectRequest
    from ...models.project import Project
    from ...models.project_settings import ProjectSettings
    from ...models.update_project_settings_request import UpdateProjectSettingsRequest


class Projects(ProjectsMixin):
    """Operations tagged projects in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list(
        self,
        *,
        org_id: str,
    ) -> builtins.list[Project]:
        """List the projects of an organization.

        Calls `list_projects`: `GET /v1/projects`.
        """
        from . import list_projects  # noqa: PLC0415

        return list_projects.sync(
            client=self._client,
            org_id=org_id,
        )

    def create(
        self,
        *,
        body: CreateProjectRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Project:
        """Create a project in an organization.

        Calls `create_project`: `POST /v1/projects`.
        """
        from . import create_project  # noqa: PLC0415

        return create_project.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get(
        self,
        project_id: str,
    ) -> Project:
        """Get a project by its id.

        Calls `get_project`: `GET /v1/projects/{project_id}`.
        """
        from . import get_project  # noqa: PLC0415

        return get_project.sync(
            project_id=project_id,
            client=self._client,
        )

    def delete(
        self,
        project_id: str,
    ) -> None:
        """Delete a project.

        Calls `delete_project`: `DELETE /v1/projects/{project_id}`.
        """
        from . import delete_project  # noqa: PLC0415

        return delete_project.sync(
            project_id=project_id,
            client=self._client,
        )

    def get_settings(
        self,
        project_id: str,
    ) -> ProjectSettings:
        """Get a project's plan tier and API key policy.

        Calls `get_project_settings`: `GET /v1/projects/{project_id}/settings`.
        """
        from . import get_project_settings  # noqa: PLC0415

        return get_project_settings.sync(
            project_id=project_id,
            client=self._client,
        )

    def update_settings(
        self,
        project_id: str,
        *,
        body: UpdateProjectSettingsRequest,
    ) -> ProjectSettings:
        """Change a project's API key policy.

        Calls `update_project_settings`: `PUT /v1/projects/{project_id}/settings`.
        """
        from . import update_project_settings  # noqa: PLC0415

        return update_project_settings.sync(
            project_id=project_id,
            client=self._client,
            body=body,
        )


class AsyncProjects(AsyncProjectsMixin):
    """Operations tagged projects in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list(
        self,
        *,
        org_id: str,
    ) -> builtins.list[Project]:
        """List the projects of an organization.

        Calls `list_projects`: `GET /v1/projects`.
        """
        from . import list_projects  # noqa: PLC0415

        return await list_projects.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def create(
        self,
        *,
        body: CreateProjectRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> Project:
        """Create a project in an organization.

        Calls `create_project`: `POST /v1/projects`.
        """
        from . import create_project  # noqa: PLC0415

        return await create_project.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get(
        self,
        project_id: str,
    ) -> Project:
        """Get a project by its id.

        Calls `get_project`: `GET /v1/projects/{project_id}`.
        """
        from . import get_project  # noqa: PLC0415

        return await get_project.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def delete(
        self,
        project_id: str,
    ) -> None:
        """Delete a project.

        Calls `delete_project`: `DELETE /v1/projects/{project_id}`.
        """
        from . import delete_project  # noqa: PLC0415

        return await delete_project.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def get_settings(
        self,
        project_id: str,
    ) -> ProjectSettings:
        """Get a project's plan tier and API key policy.

        Calls `get_project_settings`: `GET /v1/projects/{project_id}/settings`.
        """
        from . import get_project_settings  # noqa: PLC0415

        return await get_project_settings.asyncio(
            project_id=project_id,
            client=self._client,
        )

    async def update_settings(
        self,
        project_id: str,
        *,
        body: UpdateProjectSettingsRequest,
    ) -> ProjectSettings:
        """Change a project's API key policy.

        Calls `update_project_settings`: `PUT /v1/projects/{project_id}/settings`.
        """
        from . import update_project_settings  # noqa: PLC0415

        return await update_project_settings.asyncio(
            project_id=project_id,
            client=self._client,
            body=body,
        )
