from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """A plan's prices and limits. A limit of -1 means unlimited."""

    tier: str
    """ The plan's id, such as `free` or `pro`. """
    display_name: str
    price_monthly_usd: int
    """ The monthly price in whole US dollars. """
    price_annual_usd: int
    """ The yearly price in whole US dollars. """
    max_orgs_per_user: int
    max_projects_per_org: int
    max_members_per_org: int
    max_runs_per_month: int
    max_concurrent_runs: int
    retention_days: int
    max_webhook_subs_per_project: int
    max_log_drains_per_org: int
    max_notification_channels: int
    has_rbac: bool
    has_audit_logs: bool
    has_sla: bool
    has_log_streaming: bool
    has_canary_deployments: bool
    has_approval_gates: bool
    has_sub_workflows: bool
    has_job_chaining: bool
    has_compensating_txns: bool
    requires_credit_card: bool
    overage_per_k_runs_microusd: int
    """ The price of each 1,000 runs over the plan, in millionths of a US dollar. """
    overage_default_enabled: bool
    default_spending_cap_microusd: int
    support_level: str
    max_environments: int
    max_scheduled_jobs: int
    cron_min_interval_sec: int
    """ The shortest interval between two runs of a cron schedule, in seconds. """
    max_webhook_endpoints: int
    max_workflow_dag_steps: int
    api_rate_limit: int
    """ API requests allowed per minute. """
    worker_connections: int
    roadmap_features: list[str] | None
    rbac_level: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        display_name = self.display_name

        price_monthly_usd = self.price_monthly_usd

        price_annual_usd = self.price_annual_usd

        max_orgs_per_user = self.max_orgs_per_user

        max_projects_per_org = self.max_projects_per_org

        max_members_per_org = self.max_members_per_org

        max_runs_per_month = self.max_runs_per_month

        max_concurrent_runs = self.max_concurrent_runs

        retention_days = self.retention_days

        max_webhook_subs_per_project = self.max_webhook_subs_per_project

        max_log_drains_per_org = self.max_log_drains_per_org

        max_notification_channels = self.max_notification_channels

        has_rbac = self.has_rbac

        has_audit_logs = self.has_audit_logs

        has_sla = self.has_sla

        has_log_streaming = self.has_log_streaming

        has_canary_deployments = self.has_canary_deployments

        has_approval_gates = self.has_approval_gates

        has_sub_workflows = self.has_sub_workflows

        has_job_chaining = self.has_job_chaining

        has_compensating_txns = self.has_compensating_txns

        requires_credit_card = self.requires_credit_card

        overage_per_k_runs_microusd = self.overage_per_k_runs_microusd

        overage_default_enabled = self.overage_default_enabled

        default_spending_cap_microusd = self.default_spending_cap_microusd

        support_level = self.support_level

        max_environments = self.max_environments

        max_scheduled_jobs = self.max_scheduled_jobs

        cron_min_interval_sec = self.cron_min_interval_sec

        max_webhook_endpoints = self.max_webhook_endpoints

        max_workflow_dag_steps = self.max_workflow_dag_steps

        api_rate_limit = self.api_rate_limit

        worker_connections = self.worker_connections

        roadmap_features: list[str] | None
        if isinstance(self.roadmap_features, list):
            roadmap_features = self.roadmap_features

        else:
            roadmap_features = self.roadmap_features

        rbac_level: None | str | Unset
        if isinstance(self.rbac_level, Unset):
            rbac_level = UNSET
        else:
            rbac_level = self.rbac_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "display_name": display_name,
                "price_monthly_usd": price_monthly_usd,
                "price_annual_usd": price_annual_usd,
                "max_orgs_per_user": max_orgs_per_user,
                "max_projects_per_org": max_projects_per_org,
                "max_members_per_org": max_members_per_org,
                "max_runs_per_month": max_runs_per_month,
                "max_concurrent_runs": max_concurrent_runs,
                "retention_days": retention_days,
                "max_webhook_subs_per_project": max_webhook_subs_per_project,
                "max_log_drains_per_org": max_log_drains_per_org,
                "max_notification_channels": max_notification_channels,
                "has_rbac": has_rbac,
                "has_audit_logs": has_audit_logs,
                "has_sla": has_sla,
                "has_log_streaming": has_log_streaming,
                "has_canary_deployments": has_canary_deployments,
                "has_approval_gates": has_approval_gates,
                "has_sub_workflows": has_sub_workflows,
                "has_job_chaining": has_job_chaining,
                "has_compensating_txns": has_compensating_txns,
                "requires_credit_card": requires_credit_card,
                "overage_per_k_runs_microusd": overage_per_k_runs_microusd,
                "overage_default_enabled": overage_default_enabled,
                "default_spending_cap_microusd": default_spending_cap_microusd,
                "support_level": support_level,
                "max_environments": max_environments,
                "max_scheduled_jobs": max_scheduled_jobs,
                "cron_min_interval_sec": cron_min_interval_sec,
                "max_webhook_endpoints": max_webhook_endpoints,
                "max_workflow_dag_steps": max_workflow_dag_steps,
                "api_rate_limit": api_rate_limit,
                "worker_connections": worker_connections,
                "roadmap_features": roadmap_features,
            }
        )
        if rbac_level is not UNSET:
            field_dict["rbac_level"] = rbac_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier = d.pop("tier")

        display_name = d.pop("display_name")

        price_monthly_usd = d.pop("price_monthly_usd")

        price_annual_usd = d.pop("price_annual_usd")

        max_orgs_per_user = d.pop("max_orgs_per_user")

        max_projects_per_org = d.pop("max_projects_per_org")

        max_members_per_org = d.pop("max_members_per_org")

        max_runs_per_month = d.pop("max_runs_per_month")

        max_concurrent_runs = d.pop("max_concurrent_runs")

        retention_days = d.pop("retention_days")

        max_webhook_subs_per_project = d.pop("max_webhook_subs_per_project")

        max_log_drains_per_org = d.pop("max_log_drains_per_org")

        max_notification_channels = d.pop("max_notification_channels")

        has_rbac = d.pop("has_rbac")

        has_audit_logs = d.pop("has_audit_logs")

        has_sla = d.pop("has_sla")

        has_log_streaming = d.pop("has_log_streaming")

        has_canary_deployments = d.pop("has_canary_deployments")

        has_approval_gates = d.pop("has_approval_gates")

        has_sub_workflows = d.pop("has_sub_workflows")

        has_job_chaining = d.pop("has_job_chaining")

        has_compensating_txns = d.pop("has_compensating_txns")

        requires_credit_card = d.pop("requires_credit_card")

        overage_per_k_runs_microusd = d.pop("overage_per_k_runs_microusd")

        overage_default_enabled = d.pop("overage_default_enabled")

        default_spending_cap_microusd = d.pop("default_spending_cap_microusd")

        support_level = d.pop("support_level")

        max_environments = d.pop("max_environments")

        max_scheduled_jobs = d.pop("max_scheduled_jobs")

        cron_min_interval_sec = d.pop("cron_min_interval_sec")

        max_webhook_endpoints = d.pop("max_webhook_endpoints")

        max_workflow_dag_steps = d.pop("max_workflow_dag_steps")

        api_rate_limit = d.pop("api_rate_limit")

        worker_connections = d.pop("worker_connections")

        def _parse_roadmap_features(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roadmap_features_type_0 = cast(list[str], data)

                return roadmap_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        roadmap_features = _parse_roadmap_features(d.pop("roadmap_features"))

        def _parse_rbac_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rbac_level = _parse_rbac_level(d.pop("rbac_level", UNSET))

        plan = cls(
            tier=tier,
            display_name=display_name,
            price_monthly_usd=price_monthly_usd,
            price_annual_usd=price_annual_usd,
            max_orgs_per_user=max_orgs_per_user,
            max_projects_per_org=max_projects_per_org,
            max_members_per_org=max_members_per_org,
            max_runs_per_month=max_runs_per_month,
            max_concurrent_runs=max_concurrent_runs,
            retention_days=retention_days,
            max_webhook_subs_per_project=max_webhook_subs_per_project,
            max_log_drains_per_org=max_log_drains_per_org,
            max_notification_channels=max_notification_channels,
            has_rbac=has_rbac,
            has_audit_logs=has_audit_logs,
            has_sla=has_sla,
            has_log_streaming=has_log_streaming,
            has_canary_deployments=has_canary_deployments,
            has_approval_gates=has_approval_gates,
            has_sub_workflows=has_sub_workflows,
            has_job_chaining=has_job_chaining,
            has_compensating_txns=has_compensating_txns,
            requires_credit_card=requires_credit_card,
            overage_per_k_runs_microusd=overage_per_k_runs_microusd,
            overage_default_enabled=overage_default_enabled,
            default_spending_cap_microusd=default_spending_cap_microusd,
            support_level=support_level,
            max_environments=max_environments,
            max_scheduled_jobs=max_scheduled_jobs,
            cron_min_interval_sec=cron_min_interval_sec,
            max_webhook_endpoints=max_webhook_endpoints,
            max_workflow_dag_steps=max_workflow_dag_steps,
            api_rate_limit=api_rate_limit,
            worker_connections=worker_connections,
            roadmap_features=roadmap_features,
            rbac_level=rbac_level,
        )

        plan.additional_properties = d
        return plan

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
