from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.active_workflow_version import ActiveWorkflowVersion


T = TypeVar("T", bound="ActiveWorkflowVersions")


@_attrs_define
class ActiveWorkflowVersions:
    workflow_id: str
    versions: list[ActiveWorkflowVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_workflow_version import ActiveWorkflowVersion  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = ActiveWorkflowVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        active_workflow_versions = cls(
            workflow_id=workflow_id,
            versions=versions,
        )

        active_workflow_versions.additional_properties = d
        return active_workflow_versions

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
