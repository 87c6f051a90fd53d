from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RunChunkFrame")


@_attrs_define
class RunChunkFrame:
    """A frame of `get-run-chunk-stream`."""

    type_: str
    """ Always `stream_chunk`. """
    chunk: str
    stream_id: str
    """ Which stream of the run, `default` when the job code named none. """
    done: bool
    """ True on the last chunk of the stream. """
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        chunk = self.chunk

        stream_id = self.stream_id

        done = self.done

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "chunk": chunk,
                "stream_id": stream_id,
                "done": done,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]

        chunk = src_dict["chunk"]

        stream_id = src_dict["stream_id"]

        done = src_dict["done"]

        timestamp = src_dict["timestamp"]
        timestamp = datetime.datetime.fromisoformat(timestamp)

        run_chunk_frame = cls(
            type_,
            chunk,
            stream_id,
            done,
            timestamp,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_chunk_frame.additional_properties = _extra
        return run_chunk_frame

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
        "type",
        "chunk",
        "stream_id",
        "done",
        "timestamp",
    }
)
