from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageHistoryEntry")


@_attrs_define
class UsageHistoryEntry:
    date: str
    """ `YYYY-MM-DD`. """
    runs_count: int
    spend_microusd: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        runs_count = self.runs_count

        spend_microusd = self.spend_microusd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "runs_count": runs_count,
                "spend_microusd": spend_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        date = src_dict["date"]

        runs_count = src_dict["runs_count"]

        spend_microusd = src_dict["spend_microusd"]

        usage_history_entry = cls(
            date,
            runs_count,
            spend_microusd,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            usage_history_entry.additional_properties = _extra
        return usage_history_entry

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
        "date",
        "runs_count",
        "spend_microusd",
    }
)
