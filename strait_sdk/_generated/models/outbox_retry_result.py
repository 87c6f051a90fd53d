from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutboxRetryResult")


@_attrs_define
class OutboxRetryResult:
    outbox_id: str
    """ The quarantined row. """
    retry_outbox_id: str
    """ The new row that carries the retry. """
    ok: bool
    """ Always `true`, because failures return an error status instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outbox_id = self.outbox_id

        retry_outbox_id = self.retry_outbox_id

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outbox_id": outbox_id,
                "retry_outbox_id": retry_outbox_id,
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        outbox_id = src_dict["outbox_id"]

        retry_outbox_id = src_dict["retry_outbox_id"]

        ok = src_dict["ok"]

        outbox_retry_result = cls(
            outbox_id,
            retry_outbox_id,
            ok,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            outbox_retry_result.additional_properties = _extra
        return outbox_retry_result

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
        "outbox_id",
        "retry_outbox_id",
        "ok",
    }
)
