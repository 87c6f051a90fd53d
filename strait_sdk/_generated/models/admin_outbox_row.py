from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminOutboxRow")


@_attrs_define
class AdminOutboxRow:
    """A request to queue a run that the outbox flusher gave up on."""

    id: str
    project_id: str
    job_id: str
    priority: int
    created_at: datetime.datetime
    consumed_at: datetime.datetime
    """ When the outbox flusher finished with the row, which for these rows means it failed. """
    error: str
    """ Why the run could not be queued. """
    payload: Any | Unset = UNSET
    """ The trigger payload, any JSON value. """
    metadata: Any | Unset = UNSET
    """ Run metadata stored with the request, any JSON value. """
    idempotency_key: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    retry_of_outbox_id: None | str | Unset = UNSET
    """ The row this one copies, for rows written by `admin-retry-outbox`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        job_id = self.job_id

        priority = self.priority

        created_at = self.created_at.isoformat()

        consumed_at = self.consumed_at.isoformat()

        error = self.error

        payload = self.payload

        metadata = self.metadata

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        retry_of_outbox_id: None | str | Unset
        if isinstance(self.retry_of_outbox_id, Unset):
            retry_of_outbox_id = UNSET
        else:
            retry_of_outbox_id = self.retry_of_outbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "job_id": job_id,
                "priority": priority,
                "created_at": created_at,
                "consumed_at": consumed_at,
                "error": error,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if retry_of_outbox_id is not UNSET:
            field_dict["retry_of_outbox_id"] = retry_of_outbox_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        job_id = src_dict["job_id"]

        priority = src_dict["priority"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        consumed_at = src_dict["consumed_at"]
        consumed_at = datetime.datetime.fromisoformat(consumed_at)

        error = src_dict["error"]

        payload = _get("payload", UNSET)

        metadata = _get("metadata", UNSET)

        idempotency_key = _get("idempotency_key", UNSET)

        scheduled_at = _get("scheduled_at", UNSET)
        if isinstance(scheduled_at, str):
            try:
                scheduled_at = datetime.datetime.fromisoformat(scheduled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        retry_of_outbox_id = _get("retry_of_outbox_id", UNSET)

        admin_outbox_row = cls(
            id,
            project_id,
            job_id,
            priority,
            created_at,
            consumed_at,
            error,
            payload,
            metadata,
            idempotency_key,
            scheduled_at,
            retry_of_outbox_id,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            admin_outbox_row.additional_properties = _extra
        return admin_outbox_row

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
        "job_id",
        "priority",
        "created_at",
        "consumed_at",
        "error",
        "payload",
        "metadata",
        "idempotency_key",
        "scheduled_at",
        "retry_of_outbox_id",
    }
)
