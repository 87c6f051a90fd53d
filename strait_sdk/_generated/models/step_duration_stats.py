from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StepDurationStats")


@_attrs_define
class StepDurationStats:
    step_ref: str
    """ The step's reference within the workflow. """
    avg_ms: float
    p95_ms: float
    count: int
    failure_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_ref = self.step_ref

        avg_ms = self.avg_ms

        p95_ms = self.p95_ms

        count = self.count

        failure_rate = self.failure_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_ref": step_ref,
                "avg_ms": avg_ms,
                "p95_ms": p95_ms,
                "count": count,
                "failure_rate": failure_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        step_ref = src_dict["step_ref"]

        avg_ms = src_dict["avg_ms"]

        p95_ms = src_dict["p95_ms"]

        count = src_dict["count"]

        failure_rate = src_dict["failure_rate"]

        step_duration_stats = cls(
            step_ref,
            avg_ms,
            p95_ms,
            count,
            failure_rate,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            step_duration_stats.additional_properties = _extra
        return step_duration_stats

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
        "step_ref",
        "avg_ms",
        "p95_ms",
        "count",
        "failure_rate",
    }
)
