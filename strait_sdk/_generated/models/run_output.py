from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunOutput")


@_attrs_define
class RunOutput:
    id: str
    run_id: str
    output_key: str
    value: Any
    """ The output, any JSON value. """
    created_at: datetime.datetime
    schema: Any | Unset = UNSET
    """ The JSON Schema the value was checked against, when one was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id = self.run_id

        output_key = self.output_key

        value = self.value

        created_at = self.created_at.isoformat()

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "run_id": run_id,
                "output_key": output_key,
                "value": value,
                "created_at": created_at,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        run_id = src_dict["run_id"]

        output_key = src_dict["output_key"]

        value = src_dict["value"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        schema = _get("schema", UNSET)

        run_output = cls(
            id,
            run_id,
            output_key,
            value,
            created_at,
            schema,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_output.additional_properties = _extra
        return run_output

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
        "id",
        "run_id",
        "output_key",
        "value",
        "created_at",
        "schema",
    }
)
