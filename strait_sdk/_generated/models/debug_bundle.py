from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DebugBundle")


@_attrs_define
class DebugBundle:
    """A run and the records it produced, in one response."""

    run: JobRun | None
    events: list[RunEvent]
    checkpoints: list[RunCheckpoint]
    outputs: list[RunOutput]
    resource_snapshots: list[ResourceSnapshot]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run: dict[str, Any] | None
        if isinstance(self.run, JobRun):
            run = self.run.to_dict()
        else:
            run = self.run

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        checkpoints = []
        for checkpoints_item_data in self.checkpoints:
            checkpoints_item = checkpoints_item_data.to_dict()
            checkpoints.append(checkpoints_item)

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        resource_snapshots = []
        for resource_snapshots_item_data in self.resource_snapshots:
            resource_snapshots_item = resource_snapshots_item_data.to_dict()
            resource_snapshots.append(resource_snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
                "events": events,
                "checkpoints": checkpoints,
                "outputs": outputs,
                "resource_snapshots": resource_snapshots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        run = src_dict["run"]
        if isinstance(run, dict):
            try:
                run = JobRun.from_dict(run)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        events = src_dict["events"]
        events = [RunEvent.from_dict(item) for item in events]

        checkpoints = src_dict["checkpoints"]
        checkpoints = [RunCheckpoint.from_dict(item) for item in checkpoints]

        outputs = src_dict["outputs"]
        outputs = [RunOutput.from_dict(item) for item in outputs]

        resource_snapshots = src_dict["resource_snapshots"]
        resource_snapshots = [ResourceSnapshot.from_dict(item) for item in resource_snapshots]

        debug_bundle = cls(
            run,
            events,
            checkpoints,
            outputs,
            resource_snapshots,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            debug_bundle.additional_properties = _extra
        return debug_bundle

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
        "run",
        "events",
        "checkpoints",
        "outputs",
        "resource_snapshots",
    }
)

from ..models.job_run import JobRun
from ..models.resource_snapshot import ResourceSnapshot
from ..models.run_checkpoint import RunCheckpoint
from ..models.run_event import RunEvent
from ..models.run_output import RunOutput
