from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowVersionDiff")


@_attrs_define
class WorkflowVersionDiff:
    from_version_id: str
    to_version_id: str
    added_steps: list[str]
    """ The `step_ref` values only the `to` version has, in no particular order. """
    removed_steps: list[str]
    """ The `step_ref` values only the `from` version has, in no particular order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_version_id = self.from_version_id

        to_version_id = self.to_version_id

        added_steps = self.added_steps

        removed_steps = self.removed_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_version_id": from_version_id,
                "to_version_id": to_version_id,
                "added_steps": added_steps,
                "removed_steps": removed_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from_version_id = src_dict["from_version_id"]

        to_version_id = src_dict["to_version_id"]

        added_steps = src_dict["added_steps"]

        removed_steps = src_dict["removed_steps"]

        workflow_version_diff = cls(
            from_version_id,
            to_version_id,
            added_steps,
            removed_steps,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            workflow_version_diff.additional_properties = _extra
        return workflow_version_diff

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
        "from_version_id",
        "to_version_id",
        "added_steps",
        "removed_steps",
    }
)
