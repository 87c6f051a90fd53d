from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStatusChangeFrame")


@_attrs_define
class RunStatusChangeFrame:
    """A frame of `stream-run` sent when the run moves from one status to another."""

    type_: str
    """ Always `status_change`. """
    run_id: str
    job_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    """ The previous status. """
    to: None | str | Unset = UNSET
    """ The new status. """
    error: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        run_id = self.run_id

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if error is not UNSET:
            field_dict["error"] = error
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]

        run_id = src_dict["run_id"]

        job_id = _get("job_id", UNSET)

        project_id = _get("project_id", UNSET)

        from_ = _get("from", UNSET)

        to = _get("to", UNSET)

        error = _get("error", UNSET)

        timestamp = _get("timestamp", UNSET)
        if isinstance(timestamp, str):
            try:
                timestamp = datetime.datetime.fromisoformat(timestamp)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        run_status_change_frame = cls(
            type_,
            run_id,
            job_id,
            project_id,
            from_,
            to,
            error,
            timestamp,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            run_status_change_frame.additional_properties = _extra
        return run_status_change_frame

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
        "type",
        "run_id",
        "job_id",
        "project_id",
        "from",
        "to",
        "error",
        "timestamp",
    }
)
