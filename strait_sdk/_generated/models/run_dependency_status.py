from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus

if TYPE_CHECKING:
    from ..models.job_dependency import JobDependency


T = TypeVar("T", bound="RunDependencyStatus")


@_attrs_define
class RunDependencyStatus:
    run_id: str
    job_id: str
    status: RunStatus
    """ Where a run is in its life. `completed`, `failed`, `timed_out`, `crashed`,
    `system_failed`, `canceled`, `expired` and `dead_letter` are terminal. New values may
    appear; the SDK keeps unknown ones as they are.
     """
    dependencies: list[JobDependency]
    """ The dependencies of the run's job, up to 1,000. """
    dependencies_satisfied: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        job_id = self.job_id

        status = RunStatus(self.status).value

        dependencies = []
        for dependencies_item_data in self.dependencies:
            dependencies_item = dependencies_item_data.to_dict()
            dependencies.append(dependencies_item)

        dependencies_satisfied = self.dependencies_satisfied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "job_id": job_id,
                "status": status,
                "dependencies": dependencies,
                "dependencies_satisfied": dependencies_satisfied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_dependency import JobDependency  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        job_id = d.pop("job_id")

        status = RunStatus(d.pop("status"))

        dependencies = []
        _dependencies = d.pop("dependencies")
        for dependencies_item_data in _dependencies:
            dependencies_item = JobDependency.from_dict(dependencies_item_data)

            dependencies.append(dependencies_item)

        dependencies_satisfied = d.pop("dependencies_satisfied")

        run_dependency_status = cls(
            run_id=run_id,
            job_id=job_id,
            status=status,
            dependencies=dependencies,
            dependencies_satisfied=dependencies_satisfied,
        )

        run_dependency_status.additional_properties = d
        return run_dependency_status

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
