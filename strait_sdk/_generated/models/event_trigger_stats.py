from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventTriggerStats")


@_attrs_define
class EventTriggerStats:
    total_count: int
    waiting_count: int
    received_count: int
    timed_out_count: int
    canceled_count: int
    avg_wait_duration_secs: float
    """ The mean time between a trigger's creation and its event, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        waiting_count = self.waiting_count

        received_count = self.received_count

        timed_out_count = self.timed_out_count

        canceled_count = self.canceled_count

        avg_wait_duration_secs = self.avg_wait_duration_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "waiting_count": waiting_count,
                "received_count": received_count,
                "timed_out_count": timed_out_count,
                "canceled_count": canceled_count,
                "avg_wait_duration_secs": avg_wait_duration_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total_count = src_dict["total_count"]

        waiting_count = src_dict["waiting_count"]

        received_count = src_dict["received_count"]

        timed_out_count = src_dict["timed_out_count"]

        canceled_count = src_dict["canceled_count"]

        avg_wait_duration_secs = src_dict["avg_wait_duration_secs"]

        event_trigger_stats = cls(
            total_count,
            waiting_count,
            received_count,
            timed_out_count,
            canceled_count,
            avg_wait_duration_secs,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_trigger_stats.additional_properties = _extra
        return event_trigger_stats

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
        "total_count",
        "waiting_count",
        "received_count",
        "timed_out_count",
        "canceled_count",
        "avg_wait_duration_secs",
    }
)
