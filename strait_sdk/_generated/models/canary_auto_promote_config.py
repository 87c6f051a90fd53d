from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CanaryAutoPromoteConfig")


@_attrs_define
class CanaryAutoPromoteConfig:
    """Settings for raising the canary's traffic automatically. Durations are Go `time.Duration`
    values on the wire: integers in nanoseconds.

    """

    enabled: bool
    steps: list[int]
    """ The traffic percentages to move through, in order. """
    interval: int
    """ The time between two steps, in nanoseconds. """
    failure_rate_threshold: float
    """ The failure rate of canary runs above which promotion stops. """
    latency_p99_threshold: int
    """ The 99th percentile latency of canary runs above which promotion stops, in nanoseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        steps = self.steps

        interval = self.interval

        failure_rate_threshold = self.failure_rate_threshold

        latency_p99_threshold = self.latency_p99_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "steps": steps,
                "interval": interval,
                "failure_rate_threshold": failure_rate_threshold,
                "latency_p99_threshold": latency_p99_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]

        steps = src_dict["steps"]

        interval = src_dict["interval"]

        failure_rate_threshold = src_dict["failure_rate_threshold"]

        latency_p99_threshold = src_dict["latency_p99_threshold"]

        canary_auto_promote_config = cls(
            enabled,
            steps,
            interval,
            failure_rate_threshold,
            latency_p99_threshold,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            canary_auto_promote_config.additional_properties = _extra
        return canary_auto_promote_config

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
        "enabled",
        "steps",
        "interval",
        "failure_rate_threshold",
        "latency_p99_threshold",
    }
)
