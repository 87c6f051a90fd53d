from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSpendingLimitRequest")


@_attrs_define
class UpdateSpendingLimitRequest:
    limit_microusd: int
    """ The limit in millionths of a US dollar. """
    action: str
    """ What happens at the limit, `reject` or `notify`; other values answer 400. """
    overage_enabled: bool | None | Unset = UNSET
    """ Whether spend may go past the plan's included usage; unchanged when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_microusd = self.limit_microusd

        action = self.action

        overage_enabled: bool | None | Unset
        if isinstance(self.overage_enabled, Unset):
            overage_enabled = UNSET
        else:
            overage_enabled = self.overage_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_microusd": limit_microusd,
                "action": action,
            }
        )
        if overage_enabled is not UNSET:
            field_dict["overage_enabled"] = overage_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        limit_microusd = src_dict["limit_microusd"]

        action = src_dict["action"]

        overage_enabled = _get("overage_enabled", UNSET)

        update_spending_limit_request = cls(
            limit_microusd,
            action,
            overage_enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            update_spending_limit_request.additional_properties = _extra
        return update_spending_limit_request

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
        "limit_microusd",
        "action",
        "overage_enabled",
    }
)
