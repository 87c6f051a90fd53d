from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anomaly_severity import MEMBERS_BY_VALUE as _members_of_anomaly_severity
from ..models.anomaly_severity import AnomalySeverity

T = TypeVar("T", bound="AnomalyAlert")


@_attrs_define
class AnomalyAlert:
    org_id: str
    today_spend: int
    avg_7d_spend: int
    """ The mean daily spend of the last seven days. """
    spike_ratio: float
    """ Today's spend divided by the seven-day mean. """
    top_contributor: str
    severity: AnomalySeverity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        today_spend = self.today_spend

        avg_7d_spend = self.avg_7d_spend

        spike_ratio = self.spike_ratio

        top_contributor = self.top_contributor

        severity = AnomalySeverity(self.severity).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "today_spend": today_spend,
                "avg_7d_spend": avg_7d_spend,
                "spike_ratio": spike_ratio,
                "top_contributor": top_contributor,
                "severity": severity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        org_id = src_dict["org_id"]

        today_spend = src_dict["today_spend"]

        avg_7d_spend = src_dict["avg_7d_spend"]

        spike_ratio = src_dict["spike_ratio"]

        top_contributor = src_dict["top_contributor"]

        severity = src_dict["severity"]
        severity = _members_of_anomaly_severity.get(severity) or AnomalySeverity(severity)

        anomaly_alert = cls(
            org_id,
            today_spend,
            avg_7d_spend,
            spike_ratio,
            top_contributor,
            severity,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            anomaly_alert.additional_properties = _extra
        return anomaly_alert

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
        "today_spend",
        "avg_7d_spend",
        "spike_ratio",
        "top_contributor",
        "severity",
    }
)
