from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurgeEventTriggersResult")


@_attrs_define
class PurgeEventTriggersResult:
    """`dry_run` and `would_delete` for a dry run, `deleted` otherwise."""

    dry_run: bool | None | Unset = UNSET
    would_delete: int | None | Unset = UNSET
    deleted: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        would_delete: int | None | Unset
        if isinstance(self.would_delete, Unset):
            would_delete = UNSET
        else:
            would_delete = self.would_delete

        deleted: int | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if would_delete is not UNSET:
            field_dict["would_delete"] = would_delete
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        dry_run = _get("dry_run", UNSET)

        would_delete = _get("would_delete", UNSET)

        deleted = _get("deleted", UNSET)

        purge_event_triggers_result = cls(
            dry_run,
            would_delete,
            deleted,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            purge_event_triggers_result.additional_properties = _extra
        return purge_event_triggers_result

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
        "dry_run",
        "would_delete",
        "deleted",
    }
)
