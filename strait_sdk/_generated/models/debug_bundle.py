from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.resource_snapshot import ResourceSnapshot
    from ..models.run_checkpoint import RunCheckpoint
    from ..models.run_event import RunEvent
    from ..models.run_output import RunOutput


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
        from ..models.job_run import JobRun  # noqa: PLC0415

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
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.resource_snapshot import ResourceSnapshot  # noqa: PLC0415
        from ..models.run_checkpoint import RunCheckpoint  # noqa: PLC0415
        from ..models.run_event import RunEvent  # noqa: PLC0415
        from ..models.run_output import RunOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_run(data: object) -> JobRun | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_0 = JobRun.from_dict(data)

                return run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRun | None, data)

        run = _parse_run(d.pop("run"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = RunEvent.from_dict(events_item_data)

            events.append(events_item)

        checkpoints = []
        _checkpoints = d.pop("checkpoints")
        for checkpoints_item_data in _checkpoints:
            checkpoints_item = RunCheckpoint.from_dict(checkpoints_item_data)

            checkpoints.append(checkpoints_item)

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = RunOutput.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        resource_snapshots = []
        _resource_snapshots = d.pop("resource_snapshots")
        for resource_snapshots_item_data in _resource_snapshots:
            resource_snapshots_item = ResourceSnapshot.from_dict(resource_snapshots_item_data)

            resource_snapshots.append(resource_snapshots_item)

        debug_bundle = cls(
            run=run,
            events=events,
            checkpoints=checkpoints,
            outputs=outputs,
            resource_snapshots=resource_snapshots,
        )

        debug_bundle.additional_properties = d
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
