"""Resource clients for the operations tagged billing: `client.billing` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.anomaly_alert import AnomalyAlert
    from ...models.anomaly_config import AnomalyConfig
    from ...models.billing_update_result import BillingUpdateResult
    from ...models.current_usage import CurrentUsage
    from ...models.downgrade_impact import DowngradeImpact
    from ...models.email_preferences import EmailPreferences
    from ...models.org_limit_check import OrgLimitCheck
    from ...models.plan_catalog import PlanCatalog
    from ...models.plan_tier import PlanTier
    from ...models.project_budget import ProjectBudget
    from ...models.project_cost import ProjectCost
    from ...models.spending_limit import SpendingLimit
    from ...models.update_anomaly_config_request import UpdateAnomalyConfigRequest
    from ...models.update_email_preferences_request import UpdateEmailPreferencesRequest
    from ...models.update_project_budget_request import UpdateProjectBudgetRequest
    from ...models.update_spending_limit_request import UpdateSpendingLimitRequest
    from ...models.usage_export_format import UsageExportFormat
    from ...models.usage_forecast import UsageForecast
    from ...models.usage_history_entry import UsageHistoryEntry


class Billing:
    """Operations tagged billing in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def get_anomaly_config(
        self,
        *,
        org_id: str,
    ) -> AnomalyConfig:
        """Get the spike thresholds of an organization's spending alerts.

        Calls `get_anomaly_config`: `GET /v1/anomaly-config`.
        """
        from . import get_anomaly_config  # noqa: PLC0415

        return get_anomaly_config.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_anomaly_config(
        self,
        *,
        body: UpdateAnomalyConfigRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set the spike thresholds of an organization's spending alerts.

        Calls `update_anomaly_config`: `PUT /v1/anomaly-config`.
        """
        from . import update_anomaly_config  # noqa: PLC0415

        return update_anomaly_config.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def check_org_limit(
        self,
        *,
        user_id: str,
        plan_tier: PlanTier | Unset = UNSET,
    ) -> OrgLimitCheck:
        """Check whether a user may create another organization on a plan.

        Calls `check_org_limit`: `GET /v1/billing/check-org-limit`.
        """
        from . import check_org_limit  # noqa: PLC0415

        return check_org_limit.sync(
            client=self._client,
            user_id=user_id,
            plan_tier=plan_tier,
        )

    def get_downgrade_preview(
        self,
        *,
        org_id: str,
        target_tier: PlanTier,
    ) -> DowngradeImpact:
        """Show which resources exceed the limits of a lower plan.

        Calls `get_downgrade_preview`: `GET /v1/downgrade-preview`.
        """
        from . import get_downgrade_preview  # noqa: PLC0415

        return get_downgrade_preview.sync(
            client=self._client,
            org_id=org_id,
            target_tier=target_tier,
        )

    def list_plans(
        self,
    ) -> PlanCatalog:
        """List the plans with their prices, limits and features.

        Calls `list_plans`: `GET /v1/plans`.
        """
        from . import list_plans  # noqa: PLC0415

        return list_plans.sync(
            client=self._client,
        )

    def get_project_budget(
        self,
        *,
        project_id: str,
    ) -> ProjectBudget:
        """Get a project's monthly budget and its spend this month.

        Calls `get_project_budget`: `GET /v1/project-budget`.
        """
        from . import get_project_budget  # noqa: PLC0415

        return get_project_budget.sync(
            client=self._client,
            project_id=project_id,
        )

    def update_project_budget(
        self,
        *,
        body: UpdateProjectBudgetRequest,
    ) -> BillingUpdateResult:
        """Set a project's monthly budget and what happens when spend reaches it.

        Calls `update_project_budget`: `PUT /v1/project-budget`.
        """
        from . import update_project_budget  # noqa: PLC0415

        return update_project_budget.sync(
            client=self._client,
            body=body,
        )

    def get_spending_limit(
        self,
        *,
        org_id: str,
    ) -> SpendingLimit:
        """Get an organization's spending limit and its spend in the current period.

        Calls `get_spending_limit`: `GET /v1/spending-limit`.
        """
        from . import get_spending_limit  # noqa: PLC0415

        return get_spending_limit.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_spending_limit(
        self,
        *,
        body: UpdateSpendingLimitRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set an organization's spending limit and what happens when spend reaches it.

        Calls `update_spending_limit`: `PUT /v1/spending-limit`.
        """
        from . import update_spending_limit  # noqa: PLC0415

        return update_spending_limit.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def get_anomaly_alerts(
        self,
        *,
        org_id: str,
    ) -> builtins.list[AnomalyAlert]:
        """List spending spikes detected for an organization.

        Calls `get_anomaly_alerts`: `GET /v1/usage/anomalies`.
        """
        from . import get_anomaly_alerts  # noqa: PLC0415

        return get_anomaly_alerts.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_current_usage(
        self,
        *,
        org_id: str,
    ) -> CurrentUsage:
        """Get an organization's usage and spend in the current billing period.

        Calls `get_current_usage`: `GET /v1/usage/current`.
        """
        from . import get_current_usage  # noqa: PLC0415

        return get_current_usage.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_email_preferences(
        self,
        *,
        org_id: str,
    ) -> EmailPreferences:
        """Get whether an organization receives the monthly usage email.

        Calls `get_email_preferences`: `GET /v1/usage/email-preferences`.
        """
        from . import get_email_preferences  # noqa: PLC0415

        return get_email_preferences.sync(
            client=self._client,
            org_id=org_id,
        )

    def update_email_preferences(
        self,
        *,
        body: UpdateEmailPreferencesRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Turn an organization's monthly usage email on or off.

        Calls `update_email_preferences`: `PUT /v1/usage/email-preferences`.
        """
        from . import update_email_preferences  # noqa: PLC0415

        return update_email_preferences.sync(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    def export_usage(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
        format_: UsageExportFormat | Unset = UNSET,
    ) -> str:
        """Download an organization's usage as a CSV or PDF file.

        Calls `export_usage`: `GET /v1/usage/export`.
        """
        from . import export_usage  # noqa: PLC0415

        return export_usage.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
            format_=format_,
        )

    def get_usage_forecast(
        self,
        *,
        org_id: str,
    ) -> UsageForecast:
        """Project an organization's monthly runs and spend from the last seven days.

        Calls `get_usage_forecast`: `GET /v1/usage/forecast`.
        """
        from . import get_usage_forecast  # noqa: PLC0415

        return get_usage_forecast.sync(
            client=self._client,
            org_id=org_id,
        )

    def get_usage_history(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[UsageHistoryEntry]:
        """Get an organization's runs and spend per day.

        Calls `get_usage_history`: `GET /v1/usage/history`.
        """
        from . import get_usage_history  # noqa: PLC0415

        return get_usage_history.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )

    def get_project_costs(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[ProjectCost]:
        """Get runs and spend per project of an organization.

        Calls `get_project_costs`: `GET /v1/usage/projects`.
        """
        from . import get_project_costs  # noqa: PLC0415

        return get_project_costs.sync(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )


class AsyncBilling:
    """Operations tagged billing in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def get_anomaly_config(
        self,
        *,
        org_id: str,
    ) -> AnomalyConfig:
        """Get the spike thresholds of an organization's spending alerts.

        Calls `get_anomaly_config`: `GET /v1/anomaly-config`.
        """
        from . import get_anomaly_config  # noqa: PLC0415

        return await get_anomaly_config.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_anomaly_config(
        self,
        *,
        body: UpdateAnomalyConfigRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set the spike thresholds of an organization's spending alerts.

        Calls `update_anomaly_config`: `PUT /v1/anomaly-config`.
        """
        from . import update_anomaly_config  # noqa: PLC0415

        return await update_anomaly_config.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def check_org_limit(
        self,
        *,
        user_id: str,
        plan_tier: PlanTier | Unset = UNSET,
    ) -> OrgLimitCheck:
        """Check whether a user may create another organization on a plan.

        Calls `check_org_limit`: `GET /v1/billing/check-org-limit`.
        """
        from . import check_org_limit  # noqa: PLC0415

        return await check_org_limit.asyncio(
            client=self._client,
            user_id=user_id,
            plan_tier=plan_tier,
        )

    async def get_downgrade_preview(
        self,
        *,
        org_id: str,
        target_tier: PlanTier,
    ) -> DowngradeImpact:
        """Show which resources exceed the limits of a lower plan.

        Calls `get_downgrade_preview`: `GET /v1/downgrade-preview`.
        """
        from . import get_downgrade_preview  # noqa: PLC0415

        return await get_downgrade_preview.asyncio(
            client=self._client,
            org_id=org_id,
            target_tier=target_tier,
        )

    async def list_plans(
        self,
    ) -> PlanCatalog:
        """List the plans with their prices, limits and features.

        Calls `list_plans`: `GET /v1/plans`.
        """
        from . import list_plans  # noqa: PLC0415

        return await list_plans.asyncio(
            client=self._client,
        )

    async def get_project_budget(
        self,
        *,
        project_id: str,
    ) -> ProjectBudget:
        """Get a project's monthly budget and its spend this month.

        Calls `get_project_budget`: `GET /v1/project-budget`.
        """
        from . import get_project_budget  # noqa: PLC0415

        return await get_project_budget.asyncio(
            client=self._client,
            project_id=project_id,
        )

    async def update_project_budget(
        self,
        *,
        body: UpdateProjectBudgetRequest,
    ) -> BillingUpdateResult:
        """Set a project's monthly budget and what happens when spend reaches it.

        Calls `update_project_budget`: `PUT /v1/project-budget`.
        """
        from . import update_project_budget  # noqa: PLC0415

        return await update_project_budget.asyncio(
            client=self._client,
            body=body,
        )

    async def get_spending_limit(
        self,
        *,
        org_id: str,
    ) -> SpendingLimit:
        """Get an organization's spending limit and its spend in the current period.

        Calls `get_spending_limit`: `GET /v1/spending-limit`.
        """
        from . import get_spending_limit  # noqa: PLC0415

        return await get_spending_limit.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_spending_limit(
        self,
        *,
        body: UpdateSpendingLimitRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Set an organization's spending limit and what happens when spend reaches it.

        Calls `update_spending_limit`: `PUT /v1/spending-limit`.
        """
        from . import update_spending_limit  # noqa: PLC0415

        return await update_spending_limit.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def get_anomaly_alerts(
        self,
        *,
        org_id: str,
    ) -> builtins.list[AnomalyAlert]:
        """List spending spikes detected for an organization.

        Calls `get_anomaly_alerts`: `GET /v1/usage/anomalies`.
        """
        from . import get_anomaly_alerts  # noqa: PLC0415

        return await get_anomaly_alerts.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_current_usage(
        self,
        *,
        org_id: str,
    ) -> CurrentUsage:
        """Get an organization's usage and spend in the current billing period.

        Calls `get_current_usage`: `GET /v1/usage/current`.
        """
        from . import get_current_usage  # noqa: PLC0415

        return await get_current_usage.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_email_preferences(
        self,
        *,
        org_id: str,
    ) -> EmailPreferences:
        """Get whether an organization receives the monthly usage email.

        Calls `get_email_preferences`: `GET /v1/usage/email-preferences`.
        """
        from . import get_email_preferences  # noqa: PLC0415

        return await get_email_preferences.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def update_email_preferences(
        self,
        *,
        body: UpdateEmailPreferencesRequest,
        org_id: str,
    ) -> BillingUpdateResult:
        """Turn an organization's monthly usage email on or off.

        Calls `update_email_preferences`: `PUT /v1/usage/email-preferences`.
        """
        from . import update_email_preferences  # noqa: PLC0415

        return await update_email_preferences.asyncio(
            client=self._client,
            body=body,
            org_id=org_id,
        )

    async def export_usage(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
        format_: UsageExportFormat | Unset = UNSET,
    ) -> str:
        """Download an organization's usage as a CSV or PDF file.

        Calls `export_usage`: `GET /v1/usage/export`.
        """
        from . import export_usage  # noqa: PLC0415

        return await export_usage.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
            format_=format_,
        )

    async def get_usage_forecast(
        self,
        *,
        org_id: str,
    ) -> UsageForecast:
        """Project an organization's monthly runs and spend from the last seven days.

        Calls `get_usage_forecast`: `GET /v1/usage/forecast`.
        """
        from . import get_usage_forecast  # noqa: PLC0415

        return await get_usage_forecast.asyncio(
            client=self._client,
            org_id=org_id,
        )

    async def get_usage_history(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[UsageHistoryEntry]:
        """Get an organization's runs and spend per day.

        Calls `get_usage_history`: `GET /v1/usage/history`.
        """
        from . import get_usage_history  # noqa: PLC0415

        return await get_usage_history.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )

    async def get_project_costs(
        self,
        *,
        org_id: str,
        from_: str,
        to: str,
    ) -> builtins.list[ProjectCost]:
        """Get runs and spend per project of an organization.

        Calls `get_project_costs`: `GET /v1/usage/projects`.
        """
        from . import get_project_costs  # noqa: PLC0415

        return await get_project_costs.asyncio(
            client=self._client,
            org_id=org_id,
            from_=from_,
            to=to,
        )
