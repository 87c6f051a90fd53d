from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_activity_frame_action import (
    MEMBERS_BY_VALUE as _members_of_project_activity_frame_action,
)
from ..models.project_activity_frame_action import ProjectActivityFrameAction
from ..models.project_activity_frame_table import (
    MEMBERS_BY_VALUE as _members_of_project_activity_frame_table,
)
from ..models.project_activity_frame_table import ProjectActivityFrameTable
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectActivityFrame")


@_attrs_define
class ProjectActivityFrame:
    """The data of an `activity` frame of `stream-project-activity`."""

    table: ProjectActivityFrameTable
    """ The table of the row that changed. """
    action: ProjectActivityFrameAction
    """ What happened to the row; `read` is a row the change feed sent again without a change, such as in a
    backfill. """
    record: Any
    """ The row as the database stores it, with its column names: a job run, a workflow run or an
    event trigger. For `delete` it is the row that was removed.
     """
    timestamp: str
    """ When the change was committed. """
    changes: Any | Unset = UNSET
    """ On updates, the previous values of the changed columns, when the change feed supplies them. """
    source: None | str | Unset = UNSET
    """ Where the frame came from; `cdc` for the database change feed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table = ProjectActivityFrameTable(self.table).value

        action = ProjectActivityFrameAction(self.action).value

        record = self.record

        timestamp = self.timestamp

        changes = self.changes

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "action": action,
                "record": record,
                "timestamp": timestamp,
            }
        )
        if changes is not UNSET:
            field_dict["changes"] = changes
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        table = src_dict["table"]
        table = _members_of_project_activity_frame_table.get(table) or ProjectActivityFrameTable(
            table
        )

        action = src_dict["action"]
        action = _members_of_project_activity_frame_action.get(
            action
        ) or ProjectActivityFrameAction(action)

        record = src_dict["record"]

        timestamp = src_dict["timestamp"]

        changes = _get("changes", UNSET)

        source = _get("source", UNSET)

        project_activity_frame = cls(
            table,
            action,
            record,
            timestamp,
            changes,
            source,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            project_activity_frame.additional_properties = _extra
        return project_activity_frame

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
        "table",
        "action",
        "record",
        "timestamp",
        "changes",
        "source",
    }
)
