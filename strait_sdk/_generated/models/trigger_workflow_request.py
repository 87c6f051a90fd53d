from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_override import StepOverride
    from ..models.string_map import StringMap


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
        from ..models.string_map import StringMap  # noqa: PLC0415

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
        from ..models.step_override import StepOverride  # noqa: PLC0415
        from ..models.string_map import StringMap  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        payload = d.pop("payload", UNSET)

        def _parse_triggered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_by = _parse_triggered_by(d.pop("triggered_by", UNSET))

        def _parse_labels(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = StringMap.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_tags(data: object) -> None | StringMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = StringMap.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringMap | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_step_overrides(data: object) -> list[StepOverride] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                step_overrides_type_0 = []
                _step_overrides_type_0 = data
                for step_overrides_type_0_item_data in _step_overrides_type_0:
                    step_overrides_type_0_item = StepOverride.from_dict(
                        step_overrides_type_0_item_data
                    )

                    step_overrides_type_0.append(step_overrides_type_0_item)

                return step_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepOverride] | None | Unset, data)

        step_overrides = _parse_step_overrides(d.pop("step_overrides", UNSET))

        trigger_workflow_request = cls(
            project_id=project_id,
            payload=payload,
            triggered_by=triggered_by,
            labels=labels,
            tags=tags,
            step_overrides=step_overrides,
        )

        trigger_workflow_request.additional_properties = d
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
