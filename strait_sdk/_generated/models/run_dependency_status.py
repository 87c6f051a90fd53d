from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import MEMBERS_BY_VALUE as _members_of_run_status
from ..models.run_status import RunStatus

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
        run_id = src_dict["run_id"]

        job_id = src_dict["job_id"]

        status = src_dict["status"]
        status = _members_of_run_status.get(status) or RunStatus(status)

        dependencies = src_dict["dependencies"]
        dependencies = [JobDependency.from_dict(item) for item in dependencies]

        dependencies_satisfied = src_dict["dependencies_satisfied"]

        run_dependency_status = cls(
            run_id,
            job_id,
            status,
            dependencies,
            dependencies_satisfied,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_dependency_status.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "run_id",
        "job_id",
        "status",
        "dependencies",
        "dependencies_satisfied",
    }
)

from ..models.job_dependency import JobDependency
