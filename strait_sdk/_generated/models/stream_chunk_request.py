from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_chunk(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chunk = _parse_chunk(d.pop("chunk", UNSET))

        def _parse_stream_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_id = _parse_stream_id(d.pop("stream_id", UNSET))

        def _parse_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        done = _parse_done(d.pop("done", UNSET))

        stream_chunk_request = cls(
            chunk=chunk,
            stream_id=stream_id,
            done=done,
        )

        stream_chunk_request.additional_properties = d
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
