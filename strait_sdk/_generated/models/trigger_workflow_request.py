from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerWorkflowRequest")


@_attrs_define
class TriggerWorkflowRequest:
    project_id: None | str | Unset = UNSET
    payload: Any | Unset = UNSET
    """ Any JSON value handed to the run. """
    triggered_by: None | str | Unset = UNSET
    """ A label for how the run started; `manual` when absent. """
    labels: None | StringMap | Unset = UNSET
    tags: None | StringMap | Unset = UNSET
    step_overrides: list[StepOverride] | None | Unset = UNSET
    """ Steps to turn off (or on) for this run only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        payload = self.payload

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, StringMap):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringMap):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        step_overrides: list[dict[str, Any]] | None | Unset
        if isinstance(self.step_overrides, Unset):
            step_overrides = UNSET
        elif isinstance(self.step_overrides, list):
            step_overrides = []
            for step_overrides_type_0_item_data in self.step_overrides:
                step_overrides_type_0_item = step_overrides_type_0_item_data.to_dict()
                step_overrides.append(step_overrides_type_0_item)

        else:
            step_overrides = self.step_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if labels is not UNSET:
            field_dict["labels"] = labels
        if tags is not UNSET:
            field_dict["tags"] = tags
        if step_overrides is not UNSET:
            field_dict["step_overrides"] = step_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        project_id = _get("project_id", UNSET)

        payload = _get("payload", UNSET)

        triggered_by = _get("triggered_by", UNSET)

        labels = _get("labels", UNSET)
        if isinstance(labels, dict):
            try:
                labels = StringMap.from_dict(labels)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tags = _get("tags", UNSET)
        if isinstance(tags, dict):
            try:
                tags = StringMap.from_dict(tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        step_overrides = _get("step_overrides", UNSET)
        if isinstance(step_overrides, list):
            try:
                step_overrides = [StepOverride.from_dict(item) for item in step_overrides]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        trigger_workflow_request = cls(
            project_id,
            payload,
            triggered_by,
            labels,
            tags,
            step_overrides,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            trigger_workflow_request.additional_properties = _extra
        return trigger_workflow_request

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
        "project_id",
        "payload",
        "triggered_by",
        "labels",
        "tags",
        "step_overrides",
    }
)

from ..models.step_override import StepOverride
from ..models.string_map import StringMap
