from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_health_window import MEMBERS_BY_VALUE as _members_of_job_health_window
from ..models.job_health_window import JobHealthWindow

T = TypeVar("T", bound="JobHealth")


@_attrs_define
class JobHealth:
    """Counts and durations of a job's runs created since `since`."""

    job_id: str
    window: JobHealthWindow
    """ A look-back window of one hour, one day, seven days or thirty days. """
    since: datetime.datetime
    """ The start of the window. """
    total_runs: int
    completed_runs: int
    failed_runs: int
    timed_out_runs: int
    crashed_runs: int
    canceled_runs: int
    expired_runs: int
    success_rate: float
    avg_duration_secs: float
    p95_duration_secs: float
    p99_duration_secs: float
    health_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        window = JobHealthWindow(self.window).value

        since = self.since.isoformat()

        total_runs = self.total_runs

        completed_runs = self.completed_runs

        failed_runs = self.failed_runs

        timed_out_runs = self.timed_out_runs

        crashed_runs = self.crashed_runs

        canceled_runs = self.canceled_runs

        expired_runs = self.expired_runs

        success_rate = self.success_rate

        avg_duration_secs = self.avg_duration_secs

        p95_duration_secs = self.p95_duration_secs

        p99_duration_secs = self.p99_duration_secs

        health_score = self.health_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "window": window,
                "since": since,
                "total_runs": total_runs,
                "completed_runs": completed_runs,
                "failed_runs": failed_runs,
                "timed_out_runs": timed_out_runs,
                "crashed_runs": crashed_runs,
                "canceled_runs": canceled_runs,
                "expired_runs": expired_runs,
                "success_rate": success_rate,
                "avg_duration_secs": avg_duration_secs,
                "p95_duration_secs": p95_duration_secs,
                "p99_duration_secs": p99_duration_secs,
                "health_score": health_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_id = src_dict["job_id"]

        window = src_dict["window"]
        window = _members_of_job_health_window.get(window) or JobHealthWindow(window)

        since = src_dict["since"]
        since = datetime.datetime.fromisoformat(since)

        total_runs = src_dict["total_runs"]

        completed_runs = src_dict["completed_runs"]

        failed_runs = src_dict["failed_runs"]

        timed_out_runs = src_dict["timed_out_runs"]

        crashed_runs = src_dict["crashed_runs"]

        canceled_runs = src_dict["canceled_runs"]

        expired_runs = src_dict["expired_runs"]

        success_rate = src_dict["success_rate"]

        avg_duration_secs = src_dict["avg_duration_secs"]

        p95_duration_secs = src_dict["p95_duration_secs"]

        p99_duration_secs = src_dict["p99_duration_secs"]

        health_score = src_dict["health_score"]

        job_health = cls(
            job_id,
            window,
            since,
            total_runs,
            completed_runs,
            failed_runs,
            timed_out_runs,
            crashed_runs,
            canceled_runs,
            expired_runs,
            success_rate,
            avg_duration_secs,
            p95_duration_secs,
            p99_duration_secs,
            health_score,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            job_health.additional_properties = _extra
        return job_health

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
        "job_id",
        "window",
        "since",
        "total_runs",
        "completed_runs",
        "failed_runs",
        "timed_out_runs",
        "crashed_runs",
        "canceled_runs",
        "expired_runs",
        "success_rate",
        "avg_duration_secs",
        "p95_duration_secs",
        "p99_duration_secs",
        "health_score",
    }
)
