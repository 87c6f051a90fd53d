from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerRequest")


@_attrs_define
class TriggerRequest:
    payload: Any | Unset = UNSET
    """ Any JSON value; it becomes the body of every dispatch. No payload is stored as `{}`. """
    tags: None | StringMap | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ Start no earlier than this, at most 30 days ahead. """
    priority: int | None | Unset = UNSET
    dry_run: bool | None | Unset = UNSET
    """ Validate and answer what would happen, without queueing anything. """
    ttl_secs: int | None | Unset = UNSET
    concurrency_key: None | str | Unset = UNSET
    debounce_key: None | str | Unset = UNSET
    batch_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

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

        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

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

        debounce_key: None | str | Unset
        if isinstance(self.debounce_key, Unset):
            debounce_key = UNSET
        else:
            debounce_key = self.debounce_key

        batch_key: None | str | Unset
        if isinstance(self.batch_key, Unset):
            batch_key = UNSET
        else:
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
        _get = src_dict.get
        payload = _get("payload", UNSET)

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        scheduled_at = _get("scheduled_at", UNSET)
        if isinstance(scheduled_at, str):
            try:
                scheduled_at = datetime.datetime.fromisoformat(scheduled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        priority = _get("priority", UNSET)

        dry_run = _get("dry_run", UNSET)

        ttl_secs = _get("ttl_secs", UNSET)

        concurrency_key = _get("concurrency_key", UNSET)

        debounce_key = _get("debounce_key", UNSET)

        batch_key = _get("batch_key", UNSET)

        trigger_request = cls(
            payload,
            tags,
            scheduled_at,
            priority,
            dry_run,
            ttl_secs,
            concurrency_key,
            debounce_key,
            batch_key,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            trigger_request.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "payload",
        "tags",
        "scheduled_at",
        "priority",
        "dry_run",
        "ttl_secs",
        "concurrency_key",
        "debounce_key",
        "batch_key",
    }
)

from ..models.string_map import StringMap
