from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CanaryDeployment")


@_attrs_define
class CanaryDeployment:
    """A gradual rollout of one workflow version in place of another."""

    id: str
    workflow_id: str
    project_id: str
    source_version: int
    target_version: int
    traffic_pct: int
    status: str
    """ `active`, `completed` or `rolled_back`. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    auto_promote_config: Any | Unset = UNSET
    """ The `auto_promote` settings as stored, when the canary was created with them. """
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        project_id = self.project_id

        source_version = self.source_version

        target_version = self.target_version

        traffic_pct = self.traffic_pct

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        auto_promote_config = self.auto_promote_config

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "project_id": project_id,
                "source_version": source_version,
                "target_version": target_version,
                "traffic_pct": traffic_pct,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if auto_promote_config is not UNSET:
            field_dict["auto_promote_config"] = auto_promote_config
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]

        workflow_id = src_dict["workflow_id"]

        project_id = src_dict["project_id"]

        source_version = src_dict["source_version"]

        target_version = src_dict["target_version"]

        traffic_pct = src_dict["traffic_pct"]

        status = src_dict["status"]

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        auto_promote_config = _get("auto_promote_config", UNSET)

        completed_at = _get("completed_at", UNSET)
        if isinstance(completed_at, str):
            try:
                completed_at = datetime.datetime.fromisoformat(completed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        canary_deployment = cls(
            id,
            workflow_id,
            project_id,
            source_version,
            target_version,
            traffic_pct,
            status,
            created_at,
            updated_at,
            auto_promote_config,
            completed_at,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            canary_deployment.additional_properties = _extra
        return canary_deployment

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
        "workflow_id",
        "project_id",
        "source_version",
        "target_version",
        "traffic_pct",
        "status",
        "created_at",
        "updated_at",
        "auto_promote_config",
        "completed_at",
    }
)
