from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTriggerItem")


@_attrs_define
class BulkTriggerItem:
    """One run of a bulk trigger. Every field is optional."""

    payload: Any | Unset = UNSET
    """ Any JSON value, checked against the job's `payload_schema`. """
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ Start no earlier than this, at most 30 days ahead. """
    priority: int | None | Unset = UNSET
    """ A priority above 0 is checked against the plan (402 when the plan does not allow it). """
    idempotency_key: None | str | Unset = UNSET
    """ When a run of this job already has this key, the item reports that run instead. """
    tags: None | StringMap | Unset = UNSET
    ttl_secs: int | None | Unset = UNSET
    concurrency_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        ttl_secs: int | None | Unset
        if isinstance(self.ttl_secs, Unset):
            ttl_secs = UNSET
        else:
            ttl_secs = self.ttl_secs

        concurrency_key: None | str | Unset
        if isinstance(self.concurrency_key, Unset):
            concurrency_key = UNSET
        else:
            concurrency_key = self.concurrency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ttl_secs is not UNSET:
            field_dict["ttl_secs"] = ttl_secs
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        payload = _get("payload", UNSET)

        scheduled_at = _get("scheduled_at", UNSET)
        if isinstance(scheduled_at, str):
            try:
                scheduled_at = datetime.datetime.fromisoformat(scheduled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        priority = _get("priority", UNSET)

        idempotency_key = _get("idempotency_key", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        ttl_secs = _get("ttl_secs", UNSET)

        concurrency_key = _get("concurrency_key", UNSET)

        bulk_trigger_item = cls(
            payload,
            scheduled_at,
            priority,
            idempotency_key,
            tags,
            ttl_secs,
            concurrency_key,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            bulk_trigger_item.additional_properties = _extra
        return bulk_trigger_item

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
        "payload",
        "scheduled_at",
        "priority",
        "idempotency_key",
        "tags",
        "ttl_secs",
        "concurrency_key",
    }
)

from ..models.string_map import StringMap
