from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addon_summary import AddonSummary
    from ..models.billing_period import BillingPeriod
    from ..models.usage_alert import UsageAlert
    from ..models.usage_dimensions import UsageDimensions


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
        from ..models.addon_summary import AddonSummary  # noqa: PLC0415
        from ..models.billing_period import BillingPeriod  # noqa: PLC0415
        from ..models.usage_alert import UsageAlert  # noqa: PLC0415
        from ..models.usage_dimensions import UsageDimensions  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("org_id")

        plan = d.pop("plan")

        period = BillingPeriod.from_dict(d.pop("period"))

        usage = UsageDimensions.from_dict(d.pop("usage"))

        period_spend_microusd = d.pop("period_spend_microusd")

        overage_microusd = d.pop("overage_microusd")

        def _parse_alerts(data: object) -> list[UsageAlert] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alerts_type_0 = []
                _alerts_type_0 = data
                for alerts_type_0_item_data in _alerts_type_0:
                    alerts_type_0_item = UsageAlert.from_dict(alerts_type_0_item_data)

                    alerts_type_0.append(alerts_type_0_item)

                return alerts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UsageAlert] | None | Unset, data)

        alerts = _parse_alerts(d.pop("alerts", UNSET))

        def _parse_payment_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        def _parse_grace_period_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grace_period_end = _parse_grace_period_end(d.pop("grace_period_end", UNSET))

        def _parse_active_addons(data: object) -> list[AddonSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                active_addons_type_0 = []
                _active_addons_type_0 = data
                for active_addons_type_0_item_data in _active_addons_type_0:
                    active_addons_type_0_item = AddonSummary.from_dict(
                        active_addons_type_0_item_data
                    )

                    active_addons_type_0.append(active_addons_type_0_item)

                return active_addons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AddonSummary] | None | Unset, data)

        active_addons = _parse_active_addons(d.pop("active_addons", UNSET))

        def _parse_enterprise_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        enterprise_tier = _parse_enterprise_tier(d.pop("enterprise_tier", UNSET))

        def _parse_contract_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_end_date = _parse_contract_end_date(d.pop("contract_end_date", UNSET))

        def _parse_overage_discount_pct(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overage_discount_pct = _parse_overage_discount_pct(d.pop("overage_discount_pct", UNSET))

        def _parse_sla_uptime_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sla_uptime_pct = _parse_sla_uptime_pct(d.pop("sla_uptime_pct", UNSET))

        current_usage = cls(
            org_id=org_id,
            plan=plan,
            period=period,
            usage=usage,
            period_spend_microusd=period_spend_microusd,
            overage_microusd=overage_microusd,
            alerts=alerts,
            payment_status=payment_status,
            grace_period_end=grace_period_end,
            active_addons=active_addons,
            enterprise_tier=enterprise_tier,
            contract_end_date=contract_end_date,
            overage_discount_pct=overage_discount_pct,
            sla_uptime_pct=sla_uptime_pct,
        )

        current_usage.additional_properties = d
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
