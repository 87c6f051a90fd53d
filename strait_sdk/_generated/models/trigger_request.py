from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        from ..models.string_map import StringMap  # noqa: PLC0415

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
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)
        payload = d.pop("payload", UNSET)

        def _parse_tags(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = StringMap.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dry_run", UNSET))

        def _parse_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_secs = _parse_ttl_secs(d.pop("ttl_secs", UNSET))

        def _parse_concurrency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        concurrency_key = _parse_concurrency_key(d.pop("concurrency_key", UNSET))

        def _parse_debounce_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debounce_key = _parse_debounce_key(d.pop("debounce_key", UNSET))

        def _parse_batch_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_key = _parse_batch_key(d.pop("batch_key", UNSET))

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
