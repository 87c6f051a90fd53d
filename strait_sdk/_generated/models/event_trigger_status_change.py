from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventTriggerStatusChange")


@_attrs_define
class EventTriggerStatusChange:
    """The data of every frame of `stream-event-trigger` after the first. The first frame carries a
    whole `EventTrigger` instead.

    """

    id: str
    event_key: str
    status: str
    """ `waiting`, `received`, `timed_out` or `canceled`. """
    project_id: str
    environment_id: str
    """ Empty for a trigger outside any environment. """
    source_type: str
    """ `job_run` or `workflow_step`. """
    received_at: datetime.datetime | None
    error: str
    """ Empty unless the trigger failed or was canceled. """
    timestamp: datetime.datetime
    """ When the server published the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_key = self.event_key

        status = self.status

        project_id = self.project_id

        environment_id = self.environment_id

        source_type = self.source_type

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        error = self.error

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_key": event_key,
                "status": status,
                "project_id": project_id,
                "environment_id": environment_id,
                "source_type": source_type,
                "received_at": received_at,
                "error": error,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        event_key = src_dict["event_key"]

        status = src_dict["status"]

        project_id = src_dict["project_id"]

        environment_id = src_dict["environment_id"]

        source_type = src_dict["source_type"]

        received_at = src_dict["received_at"]
        if isinstance(received_at, str):
            try:
                received_at = datetime.datetime.fromisoformat(received_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error = src_dict["error"]

        timestamp = src_dict["timestamp"]
        timestamp = datetime.datetime.fromisoformat(timestamp)

        event_trigger_status_change = cls(
            id,
            event_key,
            status,
            project_id,
            environment_id,
            source_type,
            received_at,
            error,
            timestamp,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            event_trigger_status_change.additional_properties = _extra
        return event_trigger_status_change

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
        "event_key",
        "status",
        "project_id",
        "environment_id",
        "source_type",
        "received_at",
        "error",
        "timestamp",
    }
)
