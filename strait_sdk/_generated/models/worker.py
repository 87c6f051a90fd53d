from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_status import MEMBERS_BY_VALUE as _members_of_worker_status
from ..models.worker_status import WorkerStatus

T = TypeVar("T", bound="Worker")


@_attrs_define
class Worker:
    """A process that took runs of worker-mode jobs over a streaming connection."""

    id: str
    project_id: str
    queue_name: str
    """ The first queue the worker registered for. """
    hostname: str
    version: str
    """ The SDK version the worker reported. """
    status: WorkerStatus
    last_seen_at: datetime.datetime
    registered_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        queue_name = self.queue_name

        hostname = self.hostname

        version = self.version

        status = WorkerStatus(self.status).value

        last_seen_at = self.last_seen_at.isoformat()

        registered_at = self.registered_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "queue_name": queue_name,
                "hostname": hostname,
                "version": version,
                "status": status,
                "last_seen_at": last_seen_at,
                "registered_at": registered_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        queue_name = src_dict["queue_name"]

        hostname = src_dict["hostname"]

        version = src_dict["version"]

        status = src_dict["status"]
        status = _members_of_worker_status.get(status) or WorkerStatus(status)

        last_seen_at = src_dict["last_seen_at"]
        last_seen_at = datetime.datetime.fromisoformat(last_seen_at)

        registered_at = src_dict["registered_at"]
        registered_at = datetime.datetime.fromisoformat(registered_at)

        worker = cls(
            id,
            project_id,
            queue_name,
            hostname,
            version,
            status,
            last_seen_at,
            registered_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            worker.additional_properties = _extra
        return worker

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
        "id",
        "project_id",
        "queue_name",
        "hostname",
        "version",
        "status",
        "last_seen_at",
        "registered_at",
    }
)
