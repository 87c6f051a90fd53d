from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_strategy import (
    MEMBERS_BY_VALUE as _members_of_deployment_strategy,
)
from ..models.deployment_strategy import DeploymentStrategy
from ..models.deployment_version_status import (
    MEMBERS_BY_VALUE as _members_of_deployment_version_status,
)
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
    idempotency_replayed: bool | None = _attrs_field(init=False, default=None, eq=False)
    """True when the server returned the stored response of an earlier request with the same
    idempotency key, and False when it carried out this request. None when the value did not
    come from such a call. Read from the `Idempotency-Replayed` header and never sent back.
    """

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
        _get = src_dict.get
        id = src_dict["id"]

        project_id = src_dict["project_id"]

        environment = src_dict["environment"]

        runtime = src_dict["runtime"]

        artifact_uri = src_dict["artifact_uri"]

        status = src_dict["status"]
        status = _members_of_deployment_version_status.get(status) or DeploymentVersionStatus(
            status
        )

        strategy = src_dict["strategy"]
        strategy = _members_of_deployment_strategy.get(strategy) or DeploymentStrategy(strategy)

        created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(created_at)

        updated_at = src_dict["updated_at"]
        updated_at = datetime.datetime.fromisoformat(updated_at)

        manifest = _get("manifest", UNSET)

        checksum = _get("checksum", UNSET)

        canary_percent = _get("canary_percent", UNSET)

        canary_duration = _get("canary_duration", UNSET)

        finalized_at = _get("finalized_at", UNSET)
        if isinstance(finalized_at, str):
            try:
                finalized_at = datetime.datetime.fromisoformat(finalized_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        promoted_at = _get("promoted_at", UNSET)
        if isinstance(promoted_at, str):
            try:
                promoted_at = datetime.datetime.fromisoformat(promoted_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        rollback_from_deployment_id = _get("rollback_from_deployment_id", UNSET)

        created_by = _get("created_by", UNSET)

        updated_by = _get("updated_by", UNSET)

        deployment_version = cls(
            id,
            project_id,
            environment,
            runtime,
            artifact_uri,
            status,
            strategy,
            created_at,
            updated_at,
            manifest,
            checksum,
            canary_percent,
            canary_duration,
            finalized_at,
            promoted_at,
            rollback_from_deployment_id,
            created_by,
            updated_by,
        )

        if not _FIELD_NAMES.issuperset(src_dict):
            _extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            deployment_version.additional_properties = _extra
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


_FIELD_NAMES = frozenset(
    {
        "id",
        "project_id",
        "environment",
        "runtime",
        "artifact_uri",
        "status",
        "strategy",
        "created_at",
        "updated_at",
        "manifest",
        "checksum",
        "canary_percent",
        "canary_duration",
        "finalized_at",
        "promoted_at",
        "rollback_from_deployment_id",
        "created_by",
        "updated_by",
    }
)
