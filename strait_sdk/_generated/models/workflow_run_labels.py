from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.string_map import StringMap


T = TypeVar("T", bound="WorkflowRunLabels")


@_attrs_define
class WorkflowRunLabels:
    labels: None | StringMap
    """ The labels given when the run was triggered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.string_map import StringMap  # noqa: PLC0415

        labels: dict[str, Any] | None
        if isinstance(self.labels, StringMap):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_labels(data: object) -> None | StringMap:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = StringMap.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap, data)

        labels = _parse_labels(d.pop("labels"))

        workflow_run_labels = cls(
            labels=labels,
        )

        workflow_run_labels.additional_properties = d
        return workflow_run_labels

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
