from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_strategy import DeploymentStrategy
from ..models.deployment_version_status import DeploymentVersionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentVersion")


@_attrs_define
class DeploymentVersion:
    """A build artifact registered for one environment of a project."""

    id: str
    project_id: str
    environment: str
    runtime: str
    artifact_uri: str
    status: DeploymentVersionStatus
    strategy: DeploymentStrategy
    created_at: datetime.datetime
    updated_at: datetime.datetime
    manifest: Any | Unset = UNSET
    """ The manifest as given at creation, any JSON value; `{}` when none was given. """
    checksum: None | str | Unset = UNSET
    canary_percent: int | None | Unset = UNSET
    canary_duration: int | None | Unset = UNSET
    """ The canary phase's length in nanoseconds (a Go `time.Duration`). """
    finalized_at: datetime.datetime | None | Unset = UNSET
    promoted_at: datetime.datetime | None | Unset = UNSET
    rollback_from_deployment_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        environment = self.environment

        runtime = self.runtime

        artifact_uri = self.artifact_uri

        status = DeploymentVersionStatus(self.status).value

        strategy = DeploymentStrategy(self.strategy).value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        manifest = self.manifest

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        canary_percent: int | None | Unset
        if isinstance(self.canary_percent, Unset):
            canary_percent = UNSET
        else:
            canary_percent = self.canary_percent

        canary_duration: int | None | Unset
        if isinstance(self.canary_duration, Unset):
            canary_duration = UNSET
        else:
            canary_duration = self.canary_duration

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        promoted_at: None | str | Unset
        if isinstance(self.promoted_at, Unset):
            promoted_at = UNSET
        elif isinstance(self.promoted_at, datetime.datetime):
            promoted_at = self.promoted_at.isoformat()
        else:
            promoted_at = self.promoted_at

        rollback_from_deployment_id: None | str | Unset
        if isinstance(self.rollback_from_deployment_id, Unset):
            rollback_from_deployment_id = UNSET
        else:
            rollback_from_deployment_id = self.rollback_from_deployment_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "environment": environment,
                "runtime": runtime,
                "artifact_uri": artifact_uri,
                "status": status,
                "strategy": strategy,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if canary_percent is not UNSET:
            field_dict["canary_percent"] = canary_percent
        if canary_duration is not UNSET:
            field_dict["canary_duration"] = canary_duration
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if promoted_at is not UNSET:
            field_dict["promoted_at"] = promoted_at
        if rollback_from_deployment_id is not UNSET:
            field_dict["rollback_from_deployment_id"] = rollback_from_deployment_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        project_id = d.pop("project_id")

        environment = d.pop("environment")

        runtime = d.pop("runtime")

        artifact_uri = d.pop("artifact_uri")

        status = DeploymentVersionStatus(d.pop("status"))

        strategy = DeploymentStrategy(d.pop("strategy"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        manifest = d.pop("manifest", UNSET)

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum = _parse_checksum(d.pop("checksum", UNSET))

        def _parse_canary_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canary_percent = _parse_canary_percent(d.pop("canary_percent", UNSET))

        def _parse_canary_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canary_duration = _parse_canary_duration(d.pop("canary_duration", UNSET))

        def _parse_finalized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        def _parse_promoted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promoted_at_type_0 = datetime.datetime.fromisoformat(data)

                return promoted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promoted_at = _parse_promoted_at(d.pop("promoted_at", UNSET))

        def _parse_rollback_from_deployment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rollback_from_deployment_id = _parse_rollback_from_deployment_id(
            d.pop("rollback_from_deployment_id", UNSET)
        )

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        deployment_version = cls(
            id=id,
            project_id=project_id,
            environment=environment,
            runtime=runtime,
            artifact_uri=artifact_uri,
            status=status,
            strategy=strategy,
            created_at=created_at,
            updated_at=updated_at,
            manifest=manifest,
            checksum=checksum,
            canary_percent=canary_percent,
            canary_duration=canary_duration,
            finalized_at=finalized_at,
            promoted_at=promoted_at,
            rollback_from_deployment_id=rollback_from_deployment_id,
            created_by=created_by,
            updated_by=updated_by,
        )

        deployment_version.additional_properties = d
        return deployment_version

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
