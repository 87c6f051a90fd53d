from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        id = d.pop("id")

        workflow_id = d.pop("workflow_id")

        project_id = d.pop("project_id")

        source_version = d.pop("source_version")

        target_version = d.pop("target_version")

        traffic_pct = d.pop("traffic_pct")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        auto_promote_config = d.pop("auto_promote_config", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        canary_deployment = cls(
            id=id,
            workflow_id=workflow_id,
            project_id=project_id,
            source_version=source_version,
            target_version=target_version,
            traffic_pct=traffic_pct,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            auto_promote_config=auto_promote_config,
            completed_at=completed_at,
        )

        canary_deployment.additional_properties = d
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
