from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_subscription_target_type import (
    MEMBERS_BY_VALUE as _members_of_event_subscription_target_type,
)
from ..models.event_subscription_target_type import EventSubscriptionTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSubscription")


@_attrs_define
class EventSubscription:
    """A job or workflow that runs for events of a source."""

    id: str
    source_id: str
    target_type: EventSubscriptionTargetType
    target_id: str
    enabled: bool
    created_at: datetime.datetime
    filter_expr: Any | Unset = UNSET
    """ The filter that event payloads must pass, as given at creation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        target_type = EventSubscriptionTargetType(self.target_type).value

        target_id = self.target_id

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        filter_expr = self.filter_expr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_id": source_id,
                "target_type": target_type,
                "target_id": target_id,
                "enabled": enabled,
                "created_at": created_at,
            }
        )
        if filter_expr is not UNSET:
            field_dict["filter_expr"] = filter_expr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        source_id = src_dict["source_id"]

        target_type = src_dict["target_type"]
        target_type = _members_of_event_subscription_target_type.get(
            target_type
        ) or EventSubscriptionTargetType(target_type)

        target_id = src_dict["target_id"]

        enabled = src_dict["enabled"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        filter_expr = _get("filter_expr", UNSET)

        event_subscription = cls(
            id,
            source_id,
            target_type,
            target_id,
            enabled,
            created_at,
            filter_expr,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_subscription.additional_properties = _extra
        return event_subscription

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
        "id",
        "source_id",
        "target_type",
        "target_id",
        "enabled",
        "created_at",
        "filter_expr",
    }
)
