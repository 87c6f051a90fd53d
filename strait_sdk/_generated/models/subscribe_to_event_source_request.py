from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_subscription_target_type import (
    MEMBERS_BY_VALUE as _members_of_event_subscription_target_type,
)
from ..models.event_subscription_target_type import EventSubscriptionTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeToEventSourceRequest")


@_attrs_define
class SubscribeToEventSourceRequest:
    target_type: EventSubscriptionTargetType
    target_id: str
    """ The id of the job or workflow to run. """
    filter_expr: Any | Unset = UNSET
    """ A filter that event payloads must pass, any JSON value. """
    enabled: bool | None | Unset = UNSET
    """ Defaults to true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_type = EventSubscriptionTargetType(self.target_type).value

        target_id = self.target_id

        filter_expr = self.filter_expr

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_type": target_type,
                "target_id": target_id,
            }
        )
        if filter_expr is not UNSET:
            field_dict["filter_expr"] = filter_expr
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        target_type = src_dict["target_type"]
        target_type = _members_of_event_subscription_target_type.get(
            target_type
        ) or EventSubscriptionTargetType(target_type)

        target_id = src_dict["target_id"]

        filter_expr = _get("filter_expr", UNSET)

        enabled = _get("enabled", UNSET)

        subscribe_to_event_source_request = cls(
            target_type,
            target_id,
            filter_expr,
            enabled,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            subscribe_to_event_source_request.additional_properties = _extra
        return subscribe_to_event_source_request

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
        "target_type",
        "target_id",
        "filter_expr",
        "enabled",
    }
)
