from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentUsage")


@_attrs_define
class CurrentUsage:
    org_id: str
    plan: str
    """ The organization's plan tier. """
    period: BillingPeriod
    usage: UsageDimensions
    period_spend_microusd: int
    """ Spend in the current period, in millionths of a US dollar. """
    overage_microusd: int
    """ The part of the spend over the plan, in millionths of a US dollar. """
    alerts: list[UsageAlert] | None | Unset = UNSET
    """ Limits that the organization is close to or has reached. """
    payment_status: None | str | Unset = UNSET
    """ Set when a payment failed. API-key callers never receive it. """
    grace_period_end: None | str | Unset = UNSET
    """ An RFC 3339 time. API-key callers never receive it. """
    active_addons: list[AddonSummary] | None | Unset = UNSET
    enterprise_tier: None | str | Unset = UNSET
    """ Enterprise plans only. """
    contract_end_date: None | str | Unset = UNSET
    """ `YYYY-MM-DD`; enterprise plans only. """
    overage_discount_pct: int | None | Unset = UNSET
    """ Enterprise plans only. """
    sla_uptime_pct: float | None | Unset = UNSET
    """ Enterprise plans only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        plan = self.plan

        period = self.period.to_dict()

        usage = self.usage.to_dict()

        period_spend_microusd = self.period_spend_microusd

        overage_microusd = self.overage_microusd

        alerts: list[dict[str, Any]] | None | Unset
        if isinstance(self.alerts, Unset):
            alerts = UNSET
        elif isinstance(self.alerts, list):
            alerts = []
            for alerts_type_0_item_data in self.alerts:
                alerts_type_0_item = alerts_type_0_item_data.to_dict()
                alerts.append(alerts_type_0_item)

        else:
            alerts = self.alerts

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        grace_period_end: None | str | Unset
        if isinstance(self.grace_period_end, Unset):
            grace_period_end = UNSET
        else:
            grace_period_end = self.grace_period_end

        active_addons: list[dict[str, Any]] | None | Unset
        if isinstance(self.active_addons, Unset):
            active_addons = UNSET
        elif isinstance(self.active_addons, list):
            active_addons = []
            for active_addons_type_0_item_data in self.active_addons:
                active_addons_type_0_item = active_addons_type_0_item_data.to_dict()
                active_addons.append(active_addons_type_0_item)

        else:
            active_addons = self.active_addons

        enterprise_tier: None | str | Unset
        if isinstance(self.enterprise_tier, Unset):
            enterprise_tier = UNSET
        else:
            enterprise_tier = self.enterprise_tier

        contract_end_date: None | str | Unset
        if isinstance(self.contract_end_date, Unset):
            contract_end_date = UNSET
        else:
            contract_end_date = self.contract_end_date

        overage_discount_pct: int | None | Unset
        if isinstance(self.overage_discount_pct, Unset):
            overage_discount_pct = UNSET
        else:
            overage_discount_pct = self.overage_discount_pct

        sla_uptime_pct: float | None | Unset
        if isinstance(self.sla_uptime_pct, Unset):
            sla_uptime_pct = UNSET
        else:
            sla_uptime_pct = self.sla_uptime_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "plan": plan,
                "period": period,
                "usage": usage,
                "period_spend_microusd": period_spend_microusd,
                "overage_microusd": overage_microusd,
            }
        )
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if grace_period_end is not UNSET:
            field_dict["grace_period_end"] = grace_period_end
        if active_addons is not UNSET:
            field_dict["active_addons"] = active_addons
        if enterprise_tier is not UNSET:
            field_dict["enterprise_tier"] = enterprise_tier
        if contract_end_date is not UNSET:
            field_dict["contract_end_date"] = contract_end_date
        if overage_discount_pct is not UNSET:
            field_dict["overage_discount_pct"] = overage_discount_pct
        if sla_uptime_pct is not UNSET:
            field_dict["sla_uptime_pct"] = sla_uptime_pct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        org_id = src_dict["org_id"]

        plan = src_dict["plan"]

        period = src_dict["period"]
        period = BillingPeriod.from_dict(period)

        usage = src_dict["usage"]
        usage = UsageDimensions.from_dict(usage)

        period_spend_microusd = src_dict["period_spend_microusd"]

        overage_microusd = src_dict["overage_microusd"]

        alerts = _get("alerts", UNSET)
        if isinstance(alerts, list):
            try:
                alerts = [UsageAlert.from_dict(item) for item in alerts]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payment_status = _get("payment_status", UNSET)

        grace_period_end = _get("grace_period_end", UNSET)

        active_addons = _get("active_addons", UNSET)
        if isinstance(active_addons, list):
            try:
                active_addons = [AddonSummary.from_dict(item) for item in active_addons]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        enterprise_tier = _get("enterprise_tier", UNSET)

        contract_end_date = _get("contract_end_date", UNSET)

        overage_discount_pct = _get("overage_discount_pct", UNSET)

        sla_uptime_pct = _get("sla_uptime_pct", UNSET)

        current_usage = cls(
            org_id,
            plan,
            period,
            usage,
            period_spend_microusd,
            overage_microusd,
            alerts,
            payment_status,
            grace_period_end,
            active_addons,
            enterprise_tier,
            contract_end_date,
            overage_discount_pct,
            sla_uptime_pct,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            current_usage.additional_properties = _extra
        return current_usage

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
        "org_id",
        "plan",
        "period",
        "usage",
        "period_spend_microusd",
        "overage_microusd",
        "alerts",
        "payment_status",
        "grace_period_end",
        "active_addons",
        "enterprise_tier",
        "contract_end_date",
        "overage_discount_pct",
        "sla_uptime_pct",
    }
)

from ..models.addon_summary import AddonSummary
from ..models.billing_period import BillingPeriod
from ..models.usage_alert import UsageAlert
from ..models.usage_dimensions import UsageDimensions
