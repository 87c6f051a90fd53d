from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamChunkRequest")


@_attrs_define
class StreamChunkRequest:
    chunk: None | str | Unset = UNSET
    stream_id: None | str | Unset = UNSET
    """ Which stream of the run; `default` when absent. """
    done: bool | None | Unset = UNSET
    """ Marks the last chunk of the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk: None | str | Unset
        if isinstance(self.chunk, Unset):
            chunk = UNSET
        else:
            chunk = self.chunk

        stream_id: None | str | Unset
        if isinstance(self.stream_id, Unset):
            stream_id = UNSET
        else:
            stream_id = self.stream_id

        done: bool | None | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk is not UNSET:
            field_dict["chunk"] = chunk
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id
        if done is not UNSET:
            field_dict["done"] = done

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        chunk = _get("chunk", UNSET)

        stream_id = _get("stream_id", UNSET)

        done = _get("done", UNSET)

        stream_chunk_request = cls(
            chunk,
            stream_id,
            done,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            stream_chunk_request.additional_properties = _extra
        return stream_chunk_request

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
        "chunk",
        "stream_id",
        "done",
    }
)
