from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="TriggerRequest")


@_attrs_define
class TriggerRequest:
    payload: Any | Unset = UNSET
    """ Any JSON value; it becomes the body of every dispatch. No payload is stored as `{}`. """
    tags: StringMap | Unset = UNSET
    """ String keys mapped to string values. """
    scheduled_at: datetime.datetime | Unset = UNSET
    """ Start no earlier than this, at most 30 days ahead. """
    priority: int | Unset = UNSET
    dry_run: bool | Unset = UNSET
    """ Validate and answer what would happen, without queueing anything. """
    ttl_secs: int | Unset = UNSET
    concurrency_key: str | Unset = UNSET
    debounce_key: str | Unset = UNSET
    batch_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = self.scheduled_at.isoformat()

        priority = self.priority

        dry_run = self.dry_run

        ttl_secs = self.ttl_secs

        concurrency_key = self.concurrency_key

        debounce_key = self.debounce_key

        batch_key = self.batch_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload
        if tags is not UNSET:
            field_dict["tags"] = tags
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if ttl_secs is not UNSET:
            field_dict["ttl_secs"] = ttl_secs
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if debounce_key is not UNSET:
            field_dict["debounce_key"] = debounce_key
        if batch_key is not UNSET:
            field_dict["batch_key"] = batch_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        payload = d.pop("payload", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: StringMap | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = StringMap.from_dict(_tags)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = datetime.datetime.fromisoformat(_scheduled_at)

        priority = d.pop("priority", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        ttl_secs = d.pop("ttl_secs", UNSET)

        concurrency_key = d.pop("concurrency_key", UNSET)

        debounce_key = d.pop("debounce_key", UNSET)

        batch_key = d.pop("batch_key", UNSET)

        trigger_request = cls(
            payload=payload,
            tags=tags,
            scheduled_at=scheduled_at,
            priority=priority,
            dry_run=dry_run,
            ttl_secs=ttl_secs,
            concurrency_key=concurrency_key,
            debounce_key=debounce_key,
            batch_key=batch_key,
        )

        trigger_request.additional_properties = d
        return trigger_request

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
