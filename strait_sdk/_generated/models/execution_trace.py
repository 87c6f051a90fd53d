from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionTrace")


@_attrs_define
class ExecutionTrace:
    """Where the time of the last dispatch went, in milliseconds."""

    queue_wait_ms: int | None | Unset = UNSET
    dequeue_ms: int | None | Unset = UNSET
    connect_ms: int | None | Unset = UNSET
    ttfb_ms: int | None | Unset = UNSET
    transfer_ms: int | None | Unset = UNSET
    total_ms: int | None | Unset = UNSET
    dispatch_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_wait_ms: int | None | Unset
        if isinstance(self.queue_wait_ms, Unset):
            queue_wait_ms = UNSET
        else:
            queue_wait_ms = self.queue_wait_ms

        dequeue_ms: int | None | Unset
        if isinstance(self.dequeue_ms, Unset):
            dequeue_ms = UNSET
        else:
            dequeue_ms = self.dequeue_ms

        connect_ms: int | None | Unset
        if isinstance(self.connect_ms, Unset):
            connect_ms = UNSET
        else:
            connect_ms = self.connect_ms

        ttfb_ms: int | None | Unset
        if isinstance(self.ttfb_ms, Unset):
            ttfb_ms = UNSET
        else:
            ttfb_ms = self.ttfb_ms

        transfer_ms: int | None | Unset
        if isinstance(self.transfer_ms, Unset):
            transfer_ms = UNSET
        else:
            transfer_ms = self.transfer_ms

        total_ms: int | None | Unset
        if isinstance(self.total_ms, Unset):
            total_ms = UNSET
        else:
            total_ms = self.total_ms

        dispatch_ms: int | None | Unset
        if isinstance(self.dispatch_ms, Unset):
            dispatch_ms = UNSET
        else:
            dispatch_ms = self.dispatch_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_wait_ms is not UNSET:
            field_dict["queue_wait_ms"] = queue_wait_ms
        if dequeue_ms is not UNSET:
            field_dict["dequeue_ms"] = dequeue_ms
        if connect_ms is not UNSET:
            field_dict["connect_ms"] = connect_ms
        if ttfb_ms is not UNSET:
            field_dict["ttfb_ms"] = ttfb_ms
        if transfer_ms is not UNSET:
            field_dict["transfer_ms"] = transfer_ms
        if total_ms is not UNSET:
            field_dict["total_ms"] = total_ms
        if dispatch_ms is not UNSET:
            field_dict["dispatch_ms"] = dispatch_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        queue_wait_ms = _get("queue_wait_ms", UNSET)

        dequeue_ms = _get("dequeue_ms", UNSET)

        connect_ms = _get("connect_ms", UNSET)

        ttfb_ms = _get("ttfb_ms", UNSET)

        transfer_ms = _get("transfer_ms", UNSET)

        total_ms = _get("total_ms", UNSET)

        dispatch_ms = _get("dispatch_ms", UNSET)

        execution_trace = cls(
            queue_wait_ms,
            dequeue_ms,
            connect_ms,
            ttfb_ms,
            transfer_ms,
            total_ms,
            dispatch_ms,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            execution_trace.additional_properties = _extra
        return execution_trace

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
        "queue_wait_ms",
        "dequeue_ms",
        "connect_ms",
        "ttfb_ms",
        "transfer_ms",
        "total_ms",
        "dispatch_ms",
    }
)
