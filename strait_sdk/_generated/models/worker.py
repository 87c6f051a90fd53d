from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        queue_name = d.pop("queue_name")

        hostname = d.pop("hostname")

        version = d.pop("version")

        status = WorkerStatus(d.pop("status"))

        last_seen_at = datetime.datetime.fromisoformat(d.pop("last_seen_at"))

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

        worker = cls(
            id=id,
            project_id=project_id,
            queue_name=queue_name,
            hostname=hostname,
            version=version,
            status=status,
            last_seen_at=last_seen_at,
            registered_at=registered_at,
        )

        worker.additional_properties = d
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
