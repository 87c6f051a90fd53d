"""Resource clients for the operations tagged export: `client.export` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.export_jobs_format import ExportJobsFormat
    from ...models.export_runs_format import ExportRunsFormat
    from ...models.export_workflows_format import ExportWorkflowsFormat
    from ...models.job import Job
    from ...models.job_run import JobRun
    from ...models.workflow import Workflow


class Export:
    """Operations tagged export in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def jobs(
        self,
        *,
        format_: ExportJobsFormat | Unset = UNSET,
    ) -> builtins.list[Job]:
        """Export every job of the project.

        Calls `export_jobs`: `GET /v1/export/jobs`.
        """
        from . import export_jobs  # noqa: PLC0415

        return export_jobs.sync(
            client=self._client,
            format_=format_,
        )

    def runs(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: ExportRunsFormat | Unset = UNSET,
    ) -> builtins.list[JobRun]:
        """Export the project's runs created in a time window.

        Calls `export_runs`: `GET /v1/export/runs`.
        """
        from . import export_runs  # noqa: PLC0415

        return export_runs.sync(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
        )

    def workflows(
        self,
        *,
        format_: ExportWorkflowsFormat | Unset = UNSET,
    ) -> builtins.list[Workflow]:
        """Export every workflow of the project, without their steps.

        Calls `export_workflows`: `GET /v1/export/workflows`.
        """
        from . import export_workflows  # noqa: PLC0415

        return export_workflows.sync(
            client=self._client,
            format_=format_,
        )


class AsyncExport:
    """Operations tagged export in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def jobs(
        self,
        *,
        format_: ExportJobsFormat | Unset = UNSET,
    ) -> builtins.list[Job]:
        """Export every job of the project.

        Calls `export_jobs`: `GET /v1/export/jobs`.
        """
        from . import export_jobs  # noqa: PLC0415

        return await export_jobs.asyncio(
            client=self._client,
            format_=format_,
        )

    async def runs(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        format_: ExportRunsFormat | Unset = UNSET,
    ) -> builtins.list[JobRun]:
        """Export the project's runs created in a time window.

        Calls `export_runs`: `GET /v1/export/runs`.
        """
        from . import export_runs  # noqa: PLC0415

        return await export_runs.asyncio(
            client=self._client,
            from_=from_,
            to=to,
            format_=format_,
        )

    async def workflows(
        self,
        *,
        format_: ExportWorkflowsFormat | Unset = UNSET,
    ) -> builtins.list[Workflow]:
        """Export every workflow of the project, without their steps.

        Calls `export_workflows`: `GET /v1/export/workflows`.
        """
        from . import export_workflows  # noqa: PLC0415

        return await export_workflows.asyncio(
            client=self._client,
            format_=format_,
        )
