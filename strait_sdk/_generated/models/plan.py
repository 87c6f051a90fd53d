from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        _get = src_dict.get
        tier = src_dict["tier"]

        display_name = src_dict["display_name"]

        price_monthly_usd = src_dict["price_monthly_usd"]

        price_annual_usd = src_dict["price_annual_usd"]

        max_orgs_per_user = src_dict["max_orgs_per_user"]

        max_projects_per_org = src_dict["max_projects_per_org"]

        max_members_per_org = src_dict["max_members_per_org"]

        max_runs_per_month = src_dict["max_runs_per_month"]

        max_concurrent_runs = src_dict["max_concurrent_runs"]

        retention_days = src_dict["retention_days"]

        max_webhook_subs_per_project = src_dict["max_webhook_subs_per_project"]

        max_log_drains_per_org = src_dict["max_log_drains_per_org"]

        max_notification_channels = src_dict["max_notification_channels"]

        has_rbac = src_dict["has_rbac"]

        has_audit_logs = src_dict["has_audit_logs"]

        has_sla = src_dict["has_sla"]

        has_log_streaming = src_dict["has_log_streaming"]

        has_canary_deployments = src_dict["has_canary_deployments"]

        has_approval_gates = src_dict["has_approval_gates"]

        has_sub_workflows = src_dict["has_sub_workflows"]

        has_job_chaining = src_dict["has_job_chaining"]

        has_compensating_txns = src_dict["has_compensating_txns"]

        requires_credit_card = src_dict["requires_credit_card"]

        overage_per_k_runs_microusd = src_dict["overage_per_k_runs_microusd"]

        overage_default_enabled = src_dict["overage_default_enabled"]

        default_spending_cap_microusd = src_dict["default_spending_cap_microusd"]

        support_level = src_dict["support_level"]

        max_environments = src_dict["max_environments"]

        max_scheduled_jobs = src_dict["max_scheduled_jobs"]

        cron_min_interval_sec = src_dict["cron_min_interval_sec"]

        max_webhook_endpoints = src_dict["max_webhook_endpoints"]

        max_workflow_dag_steps = src_dict["max_workflow_dag_steps"]

        api_rate_limit = src_dict["api_rate_limit"]

        worker_connections = src_dict["worker_connections"]

        roadmap_features = src_dict["roadmap_features"]

        rbac_level = _get("rbac_level", UNSET)

        plan = cls(
            tier,
            display_name,
            price_monthly_usd,
            price_annual_usd,
            max_orgs_per_user,
            max_projects_per_org,
            max_members_per_org,
            max_runs_per_month,
            max_concurrent_runs,
            retention_days,
            max_webhook_subs_per_project,
            max_log_drains_per_org,
            max_notification_channels,
            has_rbac,
            has_audit_logs,
            has_sla,
            has_log_streaming,
            has_canary_deployments,
            has_approval_gates,
            has_sub_workflows,
            has_job_chaining,
            has_compensating_txns,
            requires_credit_card,
            overage_per_k_runs_microusd,
            overage_default_enabled,
            default_spending_cap_microusd,
            support_level,
            max_environments,
            max_scheduled_jobs,
            cron_min_interval_sec,
            max_webhook_endpoints,
            max_workflow_dag_steps,
            api_rate_limit,
            worker_connections,
            roadmap_features,
            rbac_level,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            plan.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "tier",
        "display_name",
        "price_monthly_usd",
        "price_annual_usd",
        "max_orgs_per_user",
        "max_projects_per_org",
        "max_members_per_org",
        "max_runs_per_month",
        "max_concurrent_runs",
        "retention_days",
        "max_webhook_subs_per_project",
        "max_log_drains_per_org",
        "max_notification_channels",
        "has_rbac",
        "has_audit_logs",
        "has_sla",
        "has_log_streaming",
        "has_canary_deployments",
        "has_approval_gates",
        "has_sub_workflows",
        "has_job_chaining",
        "has_compensating_txns",
        "requires_credit_card",
        "overage_per_k_runs_microusd",
        "overage_default_enabled",
        "default_spending_cap_microusd",
        "support_level",
        "max_environments",
        "max_scheduled_jobs",
        "cron_min_interval_sec",
        "max_webhook_endpoints",
        "max_workflow_dag_steps",
        "api_rate_limit",
        "worker_connections",
        "roadmap_features",
        "rbac_level",
    }
)
